import { useDebouncedValue } from '@mantine/hooks';
import type { Export, ExportCandidate, ExportCandidatesQuery } from '@plainstaff/contracts/exports';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { messageOf } from '../../../lib/query-client';
import { useCreateExport } from '../api/create-export';
import { useExportCandidates } from '../api/get-export-candidates';
import { useExportPreview } from '../api/get-export-preview';
import { useRetryExport } from '../api/retry-export';
import type { FilterState } from './export-filters';
import { settingsFromProfile, type ExportSettings } from './export-settings';
import { presetRange } from './period';
import { useSelection } from './use-selection';

const EMPTY: ExportCandidate[] = [];
const PREVIEW_DEBOUNCE_MS = 400;

interface ExportProblem {
  tone: 'red' | 'yellow';
  title: string;
  message: string;
}

function toQuery(f: FilterState): ExportCandidatesQuery {
  const [from, to] = presetRange(f.preset, f.custom);
  return {
    from: from ?? undefined,
    to: to ?? undefined,
    employeeIds: f.employeeIds.length ? f.employeeIds.join(',') : undefined,
    taskIds: f.taskIds.length ? f.taskIds.join(',') : undefined,
    state: f.state,
    billable: '1',
  };
}

/** The state machine of the export page: filters → selection → settings → preview → export. */
export function useExportFlow(projectId: number) {
  const { t } = useTranslation('exports');
  const [params] = useSearchParams();
  // Links from the overview's aging buckets carry the period as ?from=…&to=… (inclusive dates).
  const [filters, setFilters] = useState<FilterState>(() => {
    const from = params.get('from');
    const to = params.get('to');
    const linked = from || to;
    return {
      preset: linked ? 'custom' : 'all',
      custom: [from, to],
      employeeIds: [],
      taskIds: [],
      state: 'open',
    };
  });
  const query = useMemo(() => toQuery(filters), [filters]);
  const candidates = useExportCandidates(projectId, query);
  const rows = candidates.data?.items ?? EMPTY;
  const selection = useSelection(rows);
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [result, setResult] = useState<Export | null>(null);
  const [exportError, setExportError] = useState<ExportProblem | null>(null);
  // A new filter result selects everything selectable; a refetch only drops what is gone.
  const autoSelect = useRef(true);

  const data = candidates.data;
  const { selectAll, retain } = selection;
  useEffect(() => {
    if (!data) return;
    setSettings((s) => s ?? settingsFromProfile(data.profile, data.defaults));
    if (autoSelect.current) {
      autoSelect.current = false;
      selectAll();
    } else retain();
  }, [data, selectAll, retain]);

  const stamp = JSON.stringify({ settings, version: selection.version });
  const [debouncedStamp] = useDebouncedValue(stamp, PREVIEW_DEBOUNCE_MS);
  const debounced = useMemo(
    () => JSON.parse(debouncedStamp) as { settings: ExportSettings | null; version: number },
    [debouncedStamp],
  );
  const preview = useExportPreview(projectId, debounced.settings ?? ({} as ExportSettings), {
    ids: selection.ids,
    version: debounced.version,
    size: debounced.settings ? selection.size : 0,
  });
  const previewCurrent = stamp === debouncedStamp && !preview.isFetching && !preview.isPlaceholderData;

  const create = useCreateExport(projectId);
  const retryMutation = useRetryExport();

  const disabledReason = (() => {
    if (selection.size === 0) return t('action.selectFirst');
    if (!previewCurrent || !preview.data) return t('action.waitPreview');
    if (preview.data.blockers.length > 0) return t('action.blocked');
    return null;
  })();

  const finish = (r: Export) => {
    setResult(r);
    if (r.status === 'created') {
      // Keep the exported rows in view, now with their invoice number.
      setFilters((f) => ({ ...f, state: 'all' }));
      selection.clear();
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const runExport = () => {
    if (!settings || !preview.data || disabledReason) return;
    setExportError(null);
    create.mutate(
      { ...settings, bookingIds: selection.ids(), previewToken: preview.data.previewToken },
      {
        onSuccess: finish,
        onError: (error) => {
          const code = error instanceof ApiError ? error.code : '';
          if (code === 'PREVIEW_OUTDATED') {
            void preview.refetch();
            setExportError({ tone: 'yellow', title: t('error.outdatedTitle'), message: t('error.outdated') });
          } else if (code === 'BOOKINGS_ALREADY_CLAIMED') {
            void candidates.refetch();
            setExportError({ tone: 'red', title: t('error.claimedTitle'), message: messageOf(error) });
          } else setExportError({ tone: 'red', title: t('error.title'), message: messageOf(error) });
        },
      },
    );
  };

  return {
    filters,
    changeFilters: (next: FilterState) => {
      autoSelect.current = true;
      setFilters(next);
    },
    candidates,
    rows,
    selection,
    settings,
    changeSettings: (patch: Partial<ExportSettings>) => setSettings((s) => (s ? { ...s, ...patch } : s)),
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
      if (filters.state === 'open') selection.selectAll();
      else {
        autoSelect.current = true;
        setFilters((f) => ({ ...f, state: 'open' }));
      }
    },
  };
}
