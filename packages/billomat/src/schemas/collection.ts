import { z } from 'zod';
import { isRecord, toArray } from '../wire/normalize';

/** A nested collection `{ "<itemKey>": one | many }`, `""`, null or missing → always an array. */
export function collection<T extends z.ZodType>(itemKey: string, item: T) {
  return z
    .unknown()
    .transform((v): unknown[] => (isRecord(v) ? toArray(v[itemKey]) : toArray(v === '' ? undefined : v)))
    .pipe(z.array(item));
}
