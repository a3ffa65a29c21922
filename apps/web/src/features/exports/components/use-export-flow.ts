import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Export, ExportOptions } from '@plainstaff/contracts/exports';
import { ApiError } from '../../../lib/api-client';
import { messageOf } from '../../../lib/query-client';
import { useCreateExport } from '../api/create-export';
import { exportKeys } from '../api/export-keys';
import { useExportSetup } from '../api/get-export-setup';
import { useSelectionTotals } from '../api/get-selection-totals';
import { useRetryExport } from '../api/retry-export';
import { settingsFromProfile, type ExportSettings } from './export-settings';
import { initialFilters, toExportFilter, type FilterState } from './filter-state';
import { everySelected, isEmptyHere, noneSelected } from './selection';
import { useInvoicePreview } from './use-invoice-preview';
import { useSelection } from './use-selection';

interface ExportProblem {
  tone: 'red' | 'yellow';
  title: string;
  message: string;
}

/** The state machine of the export page: filters → selection → settings → preview → export. */
export function useExportFlow(projectId: number) {
  const { t } = useTranslation('exports');
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<FilterState>(() => initialFilters(params));
  const filter = useMemo(() => toExportFilter(filters), [filters]);
  const selection = useSelection(projectId, filter);
  const setup = useExportSetup(projectId);
  const [edited, setEdited] = useState<ExportSettings | null>(null);
  const initial = useMemo(
    () => (setup.data ? settingsFromProfile(setup.data.profile, setup.data.defaults) : null),
    [setup.data],
  );
  const settings = edited ?? initial;
  const rounding = settings?.rounding ?? 0;
  const totals = useSelectionTotals(projectId, selection.query, rounding, settings !== null);
  const [result, setResult] = useState<Export | null>(null);
  const [exportError, setExportError] = useState<ExportProblem | null>(null);

  // Empty as far as known: nothing named in `only` mode, or the server counted none.
  const empty =
    isEmptyHere(selection.state) || (!totals.isPlaceholderData && totals.data?.selectedCount === 0);
  const options = useMemo<ExportOptions | null>(
    () => (settings && !empty ? { ...settings, selection: selection.query } : null),
    [settings, empty, selection.query],
  );
  const { preview, current: previewCurrent } = useInvoicePreview(projectId, options);

  const create = useCreateExport(projectId);
  const retryMutation = useRetryExport();

  const disabledReason = (() => {
    if (empty) return t('action.selectFirst');
    if (!previewCurrent || !preview.data) return t('action.waitPreview');
    if (preview.data.blockers.length > 0) return t('action.blocked');
    return null;
  })();

  const changeFilters = (next: FilterState) => {
    setFilters(next);
    // A new filter result selects every selectable booking it finds.
    selection.reset(everySelected());
  };

  const finish = (r: Export) => {
    setResult(r);
    if (r.status === 'created') {
      // Keep the exported rows in view, now with their invoice number, and nothing selected.
      setFilters((f) => ({ ...f, state: 'all' }));
      selection.reset(noneSelected());
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const runExport = () => {
    if (!options || !preview.data || disabledReason) return;
    setExportError(null);
    create.mutate(
      { ...options, previewToken: preview.data.previewToken },
      {
        onSuccess: finish,
        onError: (error) => {
          const code = error instanceof ApiError ? error.code : '';
          if (code === 'PREVIEW_OUTDATED') {
            void preview.refetch();
            setExportError({ tone: 'yellow', title: t('error.outdatedTitle'), message: t('error.outdated') });
          } else if (code === 'BOOKINGS_ALREADY_CLAIMED') {
            void qc.invalidateQueries({ queryKey: exportKeys.grid(projectId) });
            setExportError({ tone: 'red', title: t('error.claimedTitle'), message: messageOf(error) });
          } else setExportError({ tone: 'red', title: t('error.title'), message: messageOf(error) });
        },
      },
    );
  };

  return {
    filters,
    filter,
    changeFilters,
    setup,
    selection,
    totals,
    empty,
    settings,
    changeSettings: (patch: Partial<ExportSettings>) =>
      setEdited((s) => {
        const base = s ?? initial;
        return base ? { ...base, ...patch } : s;
      }),
    preview,
    previewUpdating: !previewCurrent,
    disabledReason,
    exporting: create.isPending,
    exportError,
    runExport,
    result,
    retry: () =>
      result &&
      retryMutation.mutate(result.id, {
        onSuccess: finish,
        onError: (error) =>
          setExportError({ tone: 'red', title: t('error.title'), message: messageOf(error) }),
      }),
    retrying: retryMutation.isPending,
    startNext: () => {
      setResult(null);
      if (filters.state === 'open') selection.reset(everySelected());
      else changeFilters({ ...filters, state: 'open' });
    },
  };
}
