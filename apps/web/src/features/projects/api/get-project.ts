import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '@plainstaff/contracts/projects';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

export const projectQueryOptions = (id: number) =>
  queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => api<Project>(`/projects/${id}`, { signal }),
  });

export function useProject(id: number) {
  return useQuery({ ...projectQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
