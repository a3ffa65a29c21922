import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../features/auth/api/me';
import { ExportProfileEditor } from '../../features/billing-runs/components/export-profile-editor';
import { CustomerPicker } from '../../features/customers/components/customer-picker';
import { InvoicesTab, InvoicesTabLabel } from '../../features/exports/components/invoices-tab';
import { ProjectFilePage } from '../../features/projects/components/project-file-page';
import { CustomerImportActions } from './customer-import-actions';

// The app composes features: the exports feature's Rechnungen tab, the billing run's export profile
// (admins and managers), the customer picker as the dialog's "Kunde" field with the import beside it.
export default function ProjectFileRoute() {
  const id = Number(useParams().id);
  const { t } = useTranslation('billing-runs');
  const role = useMe().data?.user.role;
  const tabs: { value: string; label: ReactNode; panel: ReactNode }[] = [
    { value: 'invoices', label: <InvoicesTabLabel />, panel: <InvoicesTab projectId={id} /> },
  ];
  if (role === 'admin' || role === 'manager') {
    tabs.push({ value: 'profile', label: t('profile.title'), panel: <ExportProfileEditor projectId={id} /> });
  }
  return (
    <ProjectFilePage
      tabs={tabs}
      customerField={(field) => <CustomerPicker {...field} />}
      customerActions={<CustomerImportActions />}
    />
  );
}
