export { BillingRunPage as default } from '../../features/billing-runs/components/billing-run-page';
