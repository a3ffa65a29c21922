import { Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { HelpButton } from '../../../components/ui/help-button';
import { PageHeader } from '../../../components/ui/page-header';
import { useActiveBillingRun } from '../api/get-active-billing-run';
import { NewRunPanel } from './new-run-panel';
import { ReportDetail } from './report-detail';
import { ReportsList } from './reports-list';
import { RunProgress } from './run-progress';
import { ScheduleCard } from './schedule-card';

/** Administration › Abrechnungslauf: new run (or the running one), schedule, reports (`?bericht=ID`). */
export function BillingRunPage() {
  const { t } = useTranslation('billing-runs');
  const [params, setParams] = useSearchParams();
  const active = useActiveBillingRun();
  const report = Number(params.get('bericht')) || null;
  const open = (id: number | null) => setParams(id ? { bericht: String(id) } : {});
  const run = active.data?.run ?? null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<HelpButton topic="abrechnungslauf" />}
      />
      {report !== null ? (
        <ReportDetail runId={report} onBack={() => open(null)} />
      ) : (
        <>
          {active.isPending && <Skeleton h={160} mb="lg" />}
          {run && <RunProgress run={run} />}
          {active.data && !run && <NewRunPanel onStarted={() => void active.refetch()} />}
          <ScheduleCard />
          <ReportsList onOpen={open} />
        </>
      )}
    </>
  );
}
