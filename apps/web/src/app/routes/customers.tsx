import { ImportCustomersButton } from '../../features/customer-import/components/import-customers-button';
import { CustomersPage } from '../../features/customers/components/customers-page';

// The app composes features: the customer import is an action of the Kunden page.
export default function CustomersRoute() {
  return <CustomersPage actions={<ImportCustomersButton size="input-sm" />} />;
}
