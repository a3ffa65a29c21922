import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../lib/api-client';

/**
 * Puts the server's field errors (`details: [{ field, message }]`) onto the form fields they name.
 * Returns true when at least one field was matched; otherwise the caller shows the message as an alert.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let matched = false;
  for (const detail of error.details) {
    const field = detail.field.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
    const root = field.split('.')[0] ?? '';
    if (!knownFields.includes(root)) continue;
    setError(field as Path<T>, { type: 'server', message: detail.message }, { shouldFocus: !matched });
    matched = true;
  }
  return matched;
}
