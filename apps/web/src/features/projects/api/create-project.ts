import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, ProjectInput } from '@plainstaff/contracts/projects';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

export const createProject = (input: ProjectInput) =>
  api<Project>('/projects', { method: 'POST', body: input });

export function useCreateProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => qc.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
