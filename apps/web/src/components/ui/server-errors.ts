import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../lib/api-client';

/**
 * Puts the server's field errors (`details: [{ field, message }]`) onto the form fields they name.
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
      { type: 'server', message: detail.message },
      { shouldFocus: matched.length === 0 },
    );
    matched.push(field);
  }
  return matched;
}
