import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, ProjectInput } from '@plainstaff/contracts/projects';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

export const updateProject = ({ id, input }: { id: number; input: ProjectInput }) =>
  api<Project>(`/projects/${id}`, { method: 'PATCH', body: input });

export function useUpdateProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateProject,
    onSuccess: (project) => {
      qc.setQueryData(projectKeys.detail(project.id), project);
      return qc.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
