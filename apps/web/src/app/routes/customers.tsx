import { CustomersPage } from '../../features/customers/components/customers-page';
import { CustomerImportActions } from './customer-import-actions';

// The app composes features: the customer import is an action of the Kunden page.
export default function CustomersRoute() {
  return <CustomersPage actions={<CustomerImportActions />} />;
}
