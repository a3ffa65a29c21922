import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLock, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerSource } from '@plainstaff/contracts/customers';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { PagedTable } from '../../../components/ui/paged-table';
import { usePage } from '../../../lib/use-page';
import { useCustomers } from '../api/get-customers';
import { CustomerBadges } from './customer-badges';
import { CustomerDialog } from './customer-dialog';

const PAGE_SIZE = 25;
type SourceFilter = 'all' | CustomerSource;

/** `actions`: more page actions beside "Neuer Kunde" (the app puts the customer import there). */
export function CustomersPage({ actions }: { actions?: ReactNode } = {}) {
  const { t } = useTranslation('customers');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [source, setSource] = useState<SourceFilter>('all');
  const [includeArchived, setIncludeArchived] = useState(false);
  const { page, setPage, resetting } = usePage();
  const [dialog, setDialog] = useState<{ customer: Customer | null } | null>(null);

  const customers = useCustomers({
    search: debounced || undefined,
    source: source === 'all' ? undefined : source,
    includeArchived: includeArchived ? '1' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {actions}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ customer: null })}>
              {t('new')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" gap="md">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('searchPlaceholder')}
            aria-label={t('search')}
            value={search}
            onChange={(e) => resetting(setSearch)(e.currentTarget.value)}
            w={300}
          />
          <SegmentedControl
            aria-label={t('source.label')}
            value={source}
            onChange={(v) => resetting(setSource)(v as SourceFilter)}
            data={[
              { value: 'all', label: t('source.all') },
              { value: 'manual', label: t('source.manual') },
              { value: 'billomat', label: t('source.billomat') },
            ]}
          />
          <Checkbox
            label={t('includeArchived')}
            checked={includeArchived}
            onChange={(e) => resetting(setIncludeArchived)(e.currentTarget.checked)}
          />
        </Group>
        <PagedTable
          pending={customers.isPending}
          data={customers.data}
          empty={
            <EmptyState title={t('empty.title')}>
              {debounced ? t('empty.search') : t('empty.hint')}
            </EmptyState>
          }
          minWidth={760}
          tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
          head={
            <>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th>{t('column.number')}</Table.Th>
              <Table.Th>{t('column.email')}</Table.Th>
              <Table.Th ta="right">{t('column.projects')}</Table.Th>
              <Table.Th>{t('column.source')}</Table.Th>
              <Table.Th w={60} aria-label={t('column.actions')} />
            </>
          }
          row={(c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                {c.address && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {c.address.replace(/\n/g, ', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.billomatClientNumber ?? c.number}</Table.Td>
              <Table.Td>{c.email}</Table.Td>
              <Table.Td ta="right">{c.projectCount}</Table.Td>
              <Table.Td>
                <CustomerBadges customer={c} />
              </Table.Td>
              <Table.Td>
                {c.source === 'manual' ? (
                  <Tooltip label={t('edit')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('editNamed', { name: c.name })}
                      onClick={() => setDialog({ customer: c })}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : (
                  <Tooltip label={t('importedHint')}>
                    <ActionIcon variant="transparent" color="gray" aria-label={t('importedHint')}>
                      <IconLock size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          )}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          summary={(from, to, total) => t('pager', { from, to, total })}
        />
      </Paper>
      <CustomerDialog
        customer={dialog?.customer ?? null}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
