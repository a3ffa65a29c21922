import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProjectList } from '@plainstaff/contracts/projects';
import { api } from '../../../lib/api-client';
import { projectKeys, type ProjectListParams } from './project-keys';

export const projectsQueryOptions = (params: ProjectListParams) =>
  queryOptions({
    queryKey: projectKeys.list(params),
    queryFn: ({ signal }) => api<ProjectList>('/projects', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

export function useProjects(params: ProjectListParams) {
  return useQuery(projectsQueryOptions(params));
}
