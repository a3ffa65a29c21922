import { useParams } from 'react-router';
import { ImportCustomersButton } from '../../features/customer-import/components/import-customers-button';
import { InvoicesTab, InvoicesTabLabel } from '../../features/exports/components/invoices-tab';
import { ProjectFilePage } from '../../features/projects/components/project-file-page';

// The app composes features: the exports feature's Rechnungen tab, the customer import in the dialog.
export default function ProjectFileRoute() {
  const id = Number(useParams().id);
  return (
    <ProjectFilePage
      invoicesTab={{ label: <InvoicesTabLabel />, panel: <InvoicesTab projectId={id} /> }}
      customerActions={<ImportCustomersButton />}
    />
  );
}
