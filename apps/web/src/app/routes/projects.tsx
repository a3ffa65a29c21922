import { ProjectsPage } from '../../features/projects/components/projects-page';
import { CustomerImportActions } from './customer-import-actions';

// The app composes features: the customer import sits beside the project dialog's "Kunde" select box.
export default function ProjectsRoute() {
  return <ProjectsPage customerActions={<CustomerImportActions />} />;
}
