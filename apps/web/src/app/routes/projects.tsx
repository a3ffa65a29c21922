import { ImportCustomersButton } from '../../features/customer-import/components/import-customers-button';
import { CustomerPicker } from '../../features/customers/components/customer-picker';
import { ProjectsPage } from '../../features/projects/components/projects-page';

// The app composes features: the project dialog's "Kunde" field is the customers feature's picker,
// with the customer import beside it.
export default function ProjectsRoute() {
  return (
    <ProjectsPage
      customerField={(field) => <CustomerPicker {...field} />}
      customerActions={<ImportCustomersButton />}
    />
  );
}
