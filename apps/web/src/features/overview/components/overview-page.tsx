import { Alert, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HelpButton } from '../../../components/ui/help-button';
import { PageHeader } from '../../../components/ui/page-header';
import { messageOf } from '../../../lib/query-client';
import { useOverview } from '../api/get-overview';
import { AgingTable } from './aging-table';
import { FiguresTables } from './figures-tables';
import { InvoiceStatusPanel } from './invoice-status-panel';
import { KpiCards } from './kpi-cards';
import { MonthChart } from './month-chart';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const overview = useOverview();
  const o = overview.data;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={o ? t(`description.${o.scope}`) : undefined}
        actions={<HelpButton topic="uebersicht" />}
      />
      {overview.isError && <Alert color="red">{messageOf(overview.error)}</Alert>}
      {overview.isPending && (
        <Stack>
          <Skeleton h={96} />
          <Skeleton h={300} />
          <Skeleton h={200} />
        </Stack>
      )}
      {o && (
        <>
          <KpiCards overview={o} />
          {o.invoices && <InvoiceStatusPanel invoices={o.invoices} />}
          <MonthChart months={o.months} />
          {o.scope !== 'own' && <AgingTable rows={o.aging} />}
          <FiguresTables projects={o.projects} customers={o.customers} />
        </>
      )}
    </>
  );
}
