import { ImportCustomersButton } from '../../features/customer-import/components/import-customers-button';
import { ProjectsPage } from '../../features/projects/components/projects-page';

// The app composes features: the customer import sits beside the project dialog's "Kunde" select box.
export default function ProjectsRoute() {
  return <ProjectsPage customerActions={<ImportCustomersButton />} />;
}
