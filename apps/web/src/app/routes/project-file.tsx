export { ProjectFilePage as default } from '../../features/projects/components/project-file-page';
