import { CustomerPicker } from '../../features/customers/components/customer-picker';
import { ProjectsPage } from '../../features/projects/components/projects-page';
import { CustomerImportActions } from './customer-import-actions';

// The app composes features: the project dialog's "Kunde" field is the customers feature's picker,
// with the customer import (and its help) beside it.
export default function ProjectsRoute() {
  return (
    <ProjectsPage
      customerField={(field) => <CustomerPicker {...field} />}
      customerActions={<CustomerImportActions />}
    />
  );
}
