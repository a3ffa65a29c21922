import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import type { ExportOptions } from '@plainstaff/contracts/exports';
import { useExportPreview } from '../api/get-export-preview';

const PREVIEW_DEBOUNCE_MS = 400;

/**
 * The preview of the options as they are now, asked for once typing and clicking pause. `current`
 * says whether the preview on screen is the one of these options (only then may they be exported).
 */
export function useInvoicePreview(projectId: number, options: ExportOptions | null) {
  const stamp = JSON.stringify(options);
  const [debouncedStamp] = useDebouncedValue(stamp, PREVIEW_DEBOUNCE_MS);
  const debounced = useMemo(() => JSON.parse(debouncedStamp) as ExportOptions | null, [debouncedStamp]);
  const preview = useExportPreview(projectId, debounced);
  const current = stamp === debouncedStamp && !preview.isFetching && !preview.isPlaceholderData;
  return { preview, current };
}
