// billomat's JSON is mechanically translated XML. A collection therefore arrives as
//   { item: [a, b] }   several elements
//   { item: a }        exactly one element (an object, not a list)
//   { }                none at the top level (item key missing, only @page/@per_page/@total)
//   ""                 none in a nested collection (the wrapper collapses to an empty string)
// and some answers use null. Every shape becomes a plain array here and nowhere else.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Items of a `{ "<itemKey>": X }` wrapper, whatever X is; non-object entries are dropped. */
export function normalizeList(wrapper: unknown, itemKey: string): Record<string, unknown>[] {
  if (!isRecord(wrapper)) return [];
  return toArray(wrapper[itemKey]);
}

/** A value that may be one object, a list of objects, "", null or missing. */
export function toArray(value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isRecord);
}

export interface PageAttributes {
  page: number;
  perPage: number;
  total: number;
}

/** The XML list attributes become "@page", "@per_page", "@total" — strings, like every value. */
export function pageAttributes(wrapper: unknown): PageAttributes | null {
  if (!isRecord(wrapper)) return null;
  const num = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && /^\d+$/.test(String(v));
  const { '@page': page, '@per_page': perPage, '@total': total } = wrapper;
  if (!num(page) || !num(perPage) || !num(total)) return null;
  return { page: Number(page), perPage: Number(perPage), total: Number(total) };
}
