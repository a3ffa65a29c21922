import type { Rec } from './types';

export type Query = Record<string, string | string[] | undefined>;

export function param(q: Query, key: string): string | undefined {
  const v = q[key];
  return Array.isArray(v) ? v[0] : v;
}

/** billomat's text filters are case-insensitive "contains" matches (docs: 'gmbh' finds "… GmbH"). */
export function containsFilter(keys: string[]) {
  return (q: Query) => {
    const active = keys.map((k) => [k, param(q, k)?.toLowerCase()] as const).filter(([, v]) => v);
    return (rec: Rec) => active.every(([k, v]) => (rec[k] ?? '').toLowerCase().includes(v as string));
  };
}

/** `status=OPEN,PAID` and `client_id=1,2` are OR lists of exact values. */
export function inListFilter(keys: string[]) {
  return (q: Query) => {
    const active = keys
      .map((k) => [k, param(q, k)] as const)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, new Set((v as string).split(',').map((s) => s.trim()))] as const);
    return (rec: Rec) => active.every(([k, set]) => set.has(rec[k] ?? ''));
  };
}

// `order_by=date+DESC,id+ASC`: the literal "+" arrives as a space after query decoding.
export function sortRecords(list: Rec[], orderBy: string | undefined): Rec[] {
  const keys = (orderBy ?? '')
    .split(',')
    .map((s) => s.trim().split(/[\s+]+/))
    .filter(([f]) => f);
  // Map insertion order already is ascending id, billomat's default order.
  if (keys.length === 0) return list;
  const cmp = (a: string, b: string) => {
    const na = Number(a);
    const nb = Number(b);
    return a !== '' && b !== '' && !isNaN(na) && !isNaN(nb) ? na - nb : a.localeCompare(b, 'de');
  };
  const sorters = [...keys, ['id', 'ASC']];
  return [...list].sort((x, y) => {
    for (const [field, dir] of sorters) {
      const c = cmp(x[field as string] ?? '', y[field as string] ?? '');
      if (c !== 0) return dir?.toUpperCase() === 'DESC' ? -c : c;
    }
    return 0;
  });
}

/** Paging: page default 1, per_page default 100, clamped to 1…1000. */
export function paging(q: Query): { page: number; perPage: number } {
  const page = Math.max(1, Math.floor(Number(param(q, 'page') ?? '1')) || 1);
  const raw = Math.floor(Number(param(q, 'per_page') ?? '100')) || 100;
  return { page, perPage: Math.min(1000, Math.max(1, raw)) };
}

export function slicePage<T>(list: T[], p: { page: number; perPage: number }): T[] {
  return list.slice((p.page - 1) * p.perPage, p.page * p.perPage);
}
