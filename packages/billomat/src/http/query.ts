export type QueryValue = string | number | boolean | undefined | null;

/** billomat wants `order_by=date+DESC` with a literal "+", which URLSearchParams would encode. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    const v = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    const encoded = encodeURIComponent(v);
    parts.push(
      `${encodeURIComponent(key)}=${key === 'order_by' ? encoded.replace(/%20|%2B/g, '+') : encoded}`,
    );
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
