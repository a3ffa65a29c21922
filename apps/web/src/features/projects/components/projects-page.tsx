import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Project, ProjectStatus } from '@plainstaff/contracts/projects';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { PagedTable } from '../../../components/ui/paged-table';
import { usePage } from '../../../lib/use-page';
import { useCanManageProjects } from '../api/get-me';
import { projectQueryOptions } from '../api/get-project';
import { useProjects } from '../api/get-projects';
import { useQueryClient } from '@tanstack/react-query';
import { BudgetUse, ProjectStatusBadge, UnbilledBadge } from './project-badges';
import type { CustomerField } from './project-dialog/customer-field';
import { ProjectDialog } from './project-dialog/project-dialog';

const PAGE_SIZE = 25;
type StatusFilter = 'all' | ProjectStatus;

/**
 * `customerField`: the dialog's "Kunde" field (the app plugs in the customer picker); `customerActions`:
 * beside it (the app puts the customer import there).
 */
export function ProjectsPage({
  customerField,
  customerActions,
}: {
  customerField: CustomerField;
  customerActions?: ReactNode;
}) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const canManage = useCanManageProjects();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<StatusFilter>('all');
  const { page, setPage, resetting } = usePage();
  const [dialog, setDialog] = useState<{ project: Project | null } | null>(null);
  const projects = useProjects({
    search: debounced || undefined,
    status: status === 'all' ? undefined : status,
    page,
    pageSize: PAGE_SIZE,
  });

  const edit = async (id: number) => setDialog({ project: await qc.fetchQuery(projectQueryOptions(id)) });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ project: null })}>
              {t('new')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" gap="md">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('list.searchPlaceholder')}
            aria-label={t('list.search')}
            value={search}
            onChange={(e) => resetting(setSearch)(e.currentTarget.value)}
            w={300}
          />
          <SegmentedControl
            aria-label={t('field.status')}
            value={status}
            onChange={(v) => resetting(setStatus)(v as StatusFilter)}
            data={[
              { value: 'all', label: t('list.allStatuses') },
              { value: 'planned', label: t('status.planned') },
              { value: 'running', label: t('status.running') },
              { value: 'completed', label: t('status.completed') },
            ]}
          />
        </Group>
        <PagedTable
          pending={projects.isPending}
          data={projects.data}
          empty={
            <EmptyState title={t('list.emptyTitle')}>
              {debounced || status !== 'all' ? t('list.emptyFilter') : t('list.emptyHint')}
            </EmptyState>
          }
          minWidth={900}
          tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
          head={
            <>
              <Table.Th>{t('list.project')}</Table.Th>
              <Table.Th>{t('field.customer')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('list.budgetUse')}</Table.Th>
              <Table.Th>{t('list.unbilled')}</Table.Th>
              {canManage && <Table.Th w={50} aria-label={t('list.actions')} />}
            </>
          }
          row={(p) => (
            <Table.Tr
              key={p.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(`/projekte/${p.id}`)}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/projekte/${p.id}`}
                  fw={500}
                  size="sm"
                  onClick={(e) => e.stopPropagation()}
                >
                  {p.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {p.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.customerName}</Text>
              </Table.Td>
              <Table.Td>
                <ProjectStatusBadge status={p.status} />
              </Table.Td>
              <Table.Td>
                <BudgetUse percent={p.summary.budgetUsedPercent} />
              </Table.Td>
              <Table.Td>
                <UnbilledBadge summary={p.summary} currency={p.currency} />
              </Table.Td>
              {canManage && (
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Tooltip label={t('edit')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('editNamed', { name: p.name })}
                      onClick={() => void edit(p.id)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              )}
            </Table.Tr>
          )}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          summary={(from, to, total) => t('list.pager', { from, to, total })}
        />
      </Paper>
      <ProjectDialog
        project={dialog?.project ?? null}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        customerField={customerField}
        customerActions={customerActions}
        onSaved={(saved) => {
          if (!dialog?.project) void navigate(`/projekte/${saved.id}`);
        }}
      />
    </>
  );
}
