import { Anchor, Button, Group, Paper, Progress, Table, Tabs, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewCustomer, OverviewProject } from '@plainstaff/contracts/overview';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, formatHours, formatPercent } from '../../../lib/format';
import { PROJECTS_CSV_URL } from '../api/overview-keys';
import { MoneyLines } from './money-lines';

function Amount({ money, minutes }: { money: { currency: string; cents: number }[]; minutes: number }) {
  return (
    <>
      <MoneyLines items={money} fw={500} />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatHours(minutes)}
      </Text>
    </>
  );
}

type Row = { currency: string; billableCents: number; invoicedCents: number; unbilledCents: number };

/** A project's figures (one currency) or a customer's (one line per currency). */
function FigureCells({ f }: { f: OverviewProject | OverviewCustomer }) {
  const rows: Row[] = 'money' in f ? f.money : [f];
  const of = (pick: (r: Row) => number) => rows.map((r) => ({ currency: r.currency, cents: pick(r) }));
  return (
    <>
      <Table.Td ta="right">
        <Amount money={of((r) => r.billableCents)} minutes={f.bookedMinutes} />
      </Table.Td>
      <Table.Td ta="right">
        <Amount money={of((r) => r.invoicedCents)} minutes={f.billedMinutes} />
      </Table.Td>
      <Table.Td ta="right">
        <Amount money={of((r) => r.unbilledCents)} minutes={f.unbilledMinutes} />
      </Table.Td>
    </>
  );
}

function Budget({ percent }: { percent: number | null }) {
  const { t } = useTranslation('overview');
  if (percent === null) return <Text c="dimmed">–</Text>;
  return (
    <>
      <Text size="sm">{formatPercent(percent)}</Text>
      <Progress
        value={Math.min(percent, 100)}
        color={percent > 100 ? 'red' : percent > 80 ? 'orange' : 'teal'}
        size="sm"
        aria-label={t('tables.budgetUsed', { percent: formatPercent(percent) })}
      />
    </>
  );
}

function Head({ first, children, after }: { first: string; children?: ReactNode; after?: ReactNode }) {
  const { t } = useTranslation('overview');
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{first}</Table.Th>
        {children}
        <Table.Th ta="right">{t('tables.booked')}</Table.Th>
        <Table.Th ta="right">{t('tables.billed')}</Table.Th>
        <Table.Th ta="right">{t('tables.unbilled')}</Table.Th>
        {after}
      </Table.Tr>
    </Table.Thead>
  );
}

function ProjectsTable({ projects }: { projects: OverviewProject[] }) {
  const { t } = useTranslation('overview');
  if (projects.length === 0) return <EmptyState title={t('tables.empty')} />;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" aria-label={t('tables.projects')}>
        <Head
          first={t('tables.project')}
          after={
            <>
              <Table.Th>{t('tables.budget')}</Table.Th>
              <Table.Th>{t('tables.lastInvoice')}</Table.Th>
            </>
          }
        >
          <Table.Th>{t('tables.customer')}</Table.Th>
        </Head>
        <Table.Tbody>
          {projects.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/projekte/${p.id}`} size="sm">
                  {p.number} {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.customerName}</Table.Td>
              <FigureCells f={p} />
              <Table.Td w={110}>
                <Budget percent={p.budgetUsedPercent} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.lastInvoiceDate) || '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CustomersTable({ customers }: { customers: OverviewCustomer[] }) {
  const { t } = useTranslation('overview');
  if (customers.length === 0) return <EmptyState title={t('tables.empty')} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={t('tables.customers')}>
        <Head first={t('tables.customer')} after={<Table.Th>{t('tables.lastInvoice')}</Table.Th>}>
          <Table.Th ta="right">{t('tables.projectCount')}</Table.Th>
        </Head>
        <Table.Tbody>
          {customers.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td ta="right">{c.projectCount}</Table.Td>
              <FigureCells f={c} />
              <Table.Td>{formatDate(c.lastInvoiceDate) || '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function FiguresTables({
  projects,
  customers,
}: {
  projects: OverviewProject[];
  customers: OverviewCustomer[];
}) {
  const { t } = useTranslation('overview');
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Tabs defaultValue="projects">
        <Group justify="space-between" mb="sm">
          <Tabs.List>
            <Tabs.Tab value="projects">{t('tables.projects')}</Tabs.Tab>
            <Tabs.Tab value="customers">{t('tables.customers')}</Tabs.Tab>
          </Tabs.List>
          <Button
            component="a"
            href={PROJECTS_CSV_URL}
            download
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
          >
            {t('tables.csv')}
          </Button>
        </Group>
        <Tabs.Panel value="projects">
          <ProjectsTable projects={projects} />
        </Tabs.Panel>
        <Tabs.Panel value="customers">
          <CustomersTable customers={customers} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
