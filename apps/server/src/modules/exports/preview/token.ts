import crypto from 'node:crypto';

/**
 * Everything an export depends on: the selection as a query, what it found (count and sums of ids and
 * versions of the selected bookings: a booking added, edited — its version rises — or billed since
 * changes them), the options and the project/customer/VAT inputs.
 */
export interface TokenInputs {
  projectId: number;
  selection: Record<string, unknown>;
  fingerprint: object;
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

/** HMAC over the selection, its fingerprint, the options and the project/customer/VAT inputs. */
export function previewToken(key: Buffer, inputs: TokenInputs): string {
  const mac = crypto.createHmac('sha256', key);
  mac.update(
    canonical({
      p: inputs.projectId,
      s: inputs.selection,
      f: inputs.fingerprint,
      o: inputs.options,
      c: inputs.context,
    }),
  );
  return `v2.${mac.digest('base64url')}`;
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
