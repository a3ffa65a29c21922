import { Alert, Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconFileInvoice, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { ApiError } from '../../../lib/api-client';
import { useCanManageProjects } from '../api/get-me';
import { useProject } from '../api/get-project';
import { ProjectStatusBadge } from './project-badges';
import { ProjectBookingsTable } from './project-bookings-table';
import type { CustomerField } from './project-dialog/customer-field';
import { ProjectDialog } from './project-dialog/project-dialog';
import { ProjectFacts } from './project-facts';
import { ProjectSummaryCards } from './project-summary-cards';

/** The Projektakte: a project's data, its figures and its bookings (and invoices, composed by the app). */
export function ProjectFilePage({
  tabs = [],
  customerField,
  customerActions,
}: {
  /** More tabs beside "Buchungen" (e.g. Rechnungen, Exportprofil), composed by the app. */
  tabs?: { value: string; label: ReactNode; panel: ReactNode }[];
  /** The edit dialog's "Kunde" field (the customer picker). */
  customerField: CustomerField;
  /** Beside the edit dialog's "Kunde" field. */
  customerActions?: ReactNode;
}) {
  const { t } = useTranslation('projects');
  const id = Number(useParams().id);
  const project = useProject(id);
  const canManage = useCanManageProjects();
  const [editing, setEditing] = useState(false);
  // The open tab is in the address (`?tab=invoices`), so other pages can link to it.
  const [params, setParams] = useSearchParams();
  const tab = tabs.some((x) => x.value === params.get('tab')) ? params.get('tab')! : 'bookings';
  const showTab = (value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('export');
        if (!value || value === 'bookings') next.delete('tab');
        else next.set('tab', value);
        return next;
      },
      { replace: true },
    );

  if (project.isPending)
    return (
      <Stack>
        <Skeleton height={36} width="40%" />
        <Skeleton height={96} />
        <Skeleton height={240} />
      </Stack>
    );
  if (project.isError)
    return (
      <Alert color={project.error instanceof ApiError && project.error.status === 404 ? 'gray' : 'red'}>
        {project.error instanceof ApiError && project.error.status === 404
          ? t('file.notFound')
          : t('file.loadError')}
      </Alert>
    );
  const p = project.data;

  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/projekte">
          {t('title')}
        </Anchor>
        <Text size="sm">{p.number}</Text>
      </Breadcrumbs>
      <PageHeader
        title={p.name}
        description={
          <Group gap="xs" component="span">
            <span>
              {p.number} · {p.customerName}
            </span>
            <ProjectStatusBadge status={p.status} />
          </Group>
        }
        actions={
          canManage && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
              >
                {t('edit')}
              </Button>
              <Button
                component={Link}
                to={`/projekte/${p.id}/rechnung`}
                leftSection={<IconFileInvoice size={16} />}
              >
                {t('file.newInvoice')}
              </Button>
            </>
          )
        }
      />
      <ProjectSummaryCards project={p} />
      <ProjectFacts project={p} />
      {tabs.length > 0 ? (
        <Tabs value={tab} onChange={showTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="bookings">{t('file.bookings')}</Tabs.Tab>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="bookings">
            <ProjectBookingsTable projectId={p.id} currency={p.currency} />
          </Tabs.Panel>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value}>
              {tab.panel}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <ProjectBookingsTable projectId={p.id} currency={p.currency} />
      )}
      <ProjectDialog
        project={p}
        opened={editing}
        onClose={() => setEditing(false)}
        customerField={customerField}
        customerActions={customerActions}
      />
    </>
  );
}
