// billomat's JSON is a mechanical translation of its XML: one element becomes an object, several an
// array, none drops the key (top level) or turns the wrapper into "" (nested). Reproduced verbatim.
export type WireValue = string | WireObject | WireObject[];
export interface WireObject {
  [key: string]: WireValue;
}

export interface PageInfo {
  page: number;
  perPage: number;
  total: number;
}

export function listEnvelope(
  plural: string,
  singular: string,
  items: WireObject[],
  info: PageInfo,
): WireObject {
  const inner: WireObject = {};
  if (items.length === 1) inner[singular] = items[0] as WireObject;
  else if (items.length > 1) inner[singular] = items;
  inner['@page'] = String(info.page);
  inner['@per_page'] = String(info.perPage);
  inner['@total'] = String(info.total);
  return { [plural]: inner };
}

export function nestedCollection(singular: string, items: WireObject[]): WireValue {
  if (items.length === 0) return '';
  return { [singular]: items.length === 1 ? (items[0] as WireObject) : items };
}

export function errorBody(messages: string | string[]): WireObject {
  const list = Array.isArray(messages) ? messages : [messages];
  return { errors: { error: (list.length === 1 ? list[0] : list) as WireValue } as WireObject };
}

/** Request bodies may carry one item as an object or several as an array; both are accepted. */
export function asArray(value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}
