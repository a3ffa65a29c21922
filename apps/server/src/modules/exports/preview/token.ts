import crypto from 'node:crypto';

/** Everything an export depends on besides the selection's content (which the versions cover). */
export interface TokenInputs {
  projectId: number;
  bookings: { id: number; version: number }[];
  options: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** Stable JSON: object keys sorted, so the same inputs always give the same bytes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function previewTokenKey(appSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', appSecret, 'plainstaff', 'export-preview-token', 32));
}

/** HMAC over the sorted (booking id, version) pairs, the options and the project/customer/VAT inputs. */
export function previewToken(key: Buffer, inputs: TokenInputs): string {
  const pairs = [...inputs.bookings].sort((a, b) => a.id - b.id).map((b) => [b.id, b.version]);
  const mac = crypto.createHmac('sha256', key);
  mac.update(canonical({ p: inputs.projectId, b: pairs, o: inputs.options, c: inputs.context }));
  return `v1.${mac.digest('base64url')}`;
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
