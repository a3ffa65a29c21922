import { useParams } from 'react-router';
import { InvoicesTab, InvoicesTabLabel } from '../../features/exports/components/invoices-tab';
import { ProjectFilePage } from '../../features/projects/components/project-file-page';

// The app composes features: the project file shows the exports feature's Rechnungen tab.
export default function ProjectFileRoute() {
  const id = Number(useParams().id);
  return (
    <ProjectFilePage invoicesTab={{ label: <InvoicesTabLabel />, panel: <InvoicesTab projectId={id} /> }} />
  );
}
