import { Alert, Anchor, Breadcrumbs, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HelpButton } from '../../../components/ui/help-button';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { ApiError } from '../../../lib/api-client';
import { useExportProject } from '../api/get-project';
import { BookingGrid } from './booking-grid';
import { ExportActionBar } from './export-action-bar';
import { ExportFilters } from './export-filters';
import { ExportOptions } from './export-options';
import { ExportResult } from './export-result';
import { InvoicePreview } from './invoice-preview';
import { Section } from './section';
import { SelectionSummary } from './selection-summary';
import { useExportFlow } from './use-export-flow';

/** "Neue Rechnung": select bookings, shape the lines, check the preview, export to billomat. */
export function ExportPage() {
  const { t } = useTranslation('exports');
  const projectId = Number(useParams().id);
  const project = useExportProject(projectId);
  const flow = useExportFlow(projectId);

  if (project.isPending)
    return (
      <Stack>
        <Skeleton height={36} width="40%" />
        <Skeleton height={420} />
      </Stack>
    );
  if (project.isError)
    return (
      <Alert color={project.error instanceof ApiError && project.error.status === 404 ? 'gray' : 'red'}>
        {t('page.loadError')}
      </Alert>
    );
  const p = project.data;

  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Breadcrumbs mb="xs" fz="sm">
          <Anchor component={Link} to="/projekte">
            {t('page.projects')}
          </Anchor>
          <Anchor component={Link} to={`/projekte/${p.id}`}>
            {p.number}
          </Anchor>
          <Text size="sm">{t('page.newInvoice')}</Text>
        </Breadcrumbs>
        <PageHeader
          title={t('page.title', { name: p.name })}
          description={t('page.description', { number: p.number, customer: p.customerName })}
          actions={<HelpButton topic="stunden-nach-billomat-exportieren" />}
        />
      </div>

      {flow.result && (
        <ExportResult
          result={flow.result}
          onRetry={flow.retry}
          retrying={flow.retrying}
          onNext={flow.startNext}
        />
      )}

      <Section step={1} title={t('page.stepBookings')}>
        <Stack gap="md">
          <ExportFilters project={p} value={flow.filters} onChange={flow.changeFilters} />
          {flow.setup.isError ? (
            <Alert color="red">{t('grid.loadError')}</Alert>
          ) : !flow.settings ? (
            <TableSkeleton rows={8} />
          ) : (
            <div>
              <BookingGrid
                projectId={p.id}
                filter={flow.filter}
                rounding={flow.settings.rounding}
                selection={flow.selection}
                totals={flow.totals.data}
                currency={p.currency}
              />
              <SelectionSummary
                selection={flow.selection}
                totals={flow.totals.data}
                updating={flow.totals.isPlaceholderData}
                currency={p.currency}
              />
            </div>
          )}
        </Stack>
      </Section>

      {flow.settings && (
        <Section
          step={2}
          title={t('page.stepLines')}
          aside={<HelpButton topic="rechnungspositionen-gestalten" about={t('page.stepLines')} />}
        >
          <ExportOptions value={flow.settings} onChange={flow.changeSettings} />
        </Section>
      )}

      <InvoicePreview
        preview={flow.empty ? undefined : flow.preview.data}
        projectId={p.id}
        empty={flow.empty}
        updating={flow.previewUpdating}
        error={flow.preview.error}
      />

      {flow.exportError && (
        <Alert color={flow.exportError.tone} title={flow.exportError.title} role="alert">
          {flow.exportError.message}
        </Alert>
      )}

      {!(flow.result?.status === 'created' && flow.empty) && (
        <ExportActionBar
          preview={flow.empty ? undefined : flow.preview.data}
          totals={flow.totals.data}
          currency={p.currency}
          disabledReason={flow.disabledReason}
          loading={flow.exporting}
          onExport={flow.runExport}
        />
      )}
    </Stack>
  );
}
