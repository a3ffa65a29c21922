export { CustomersPage as default } from '../../features/customers/components/customers-page';
