import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../lib/api-client';
import { renderMessage } from '../../lib/messages';

/**
 * Puts the server's field errors (`details: [{ field, code, params }]`) onto the form fields they name,
 * in the UI language.
 * Returns the field paths it matched; when none, the caller shows the message as an alert.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
): string[] {
  if (!(error instanceof ApiError)) return [];
  const matched: string[] = [];
  for (const detail of error.details) {
    const field = detail.field.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
    const root = field.split('.')[0] ?? '';
    if (!knownFields.includes(root)) continue;
    setError(
      field as Path<T>,
      { type: 'server', message: renderMessage(detail) },
      { shouldFocus: matched.length === 0 },
    );
    matched.push(field);
  }
  return matched;
}
