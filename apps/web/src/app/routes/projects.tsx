export { ProjectsPage as default } from '../../features/projects/components/projects-page';
