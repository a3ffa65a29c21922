import { z } from 'zod';
import { isRecord } from '../wire/normalize';

const empty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * A nested collection `{ "<itemKey>": one | many }`, `""`, null or missing → always an array. Items are
 * not filtered: an element that is not an object fails the item schema (a broken answer).
 */
export function collection<T extends z.ZodType>(itemKey: string, item: T) {
  return z
    .unknown()
    .transform((v): unknown => {
      if (empty(v)) return [];
      const inner = isRecord(v) ? v[itemKey] : v;
      if (empty(inner)) return [];
      return Array.isArray(inner) ? inner : [inner];
    })
    .pipe(z.array(item));
}
