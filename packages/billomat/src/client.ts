import { Transport } from './http/transport';
import type { RateLimitInfo, RequestGate } from './http/rate-limit';
import { clientsApi } from './resources/clients';
import { invoicesApi } from './resources/invoices';
import { lookupsApi } from './resources/lookups';

export interface BillomatClientOptions {
  billomatId: string;
  apiKey: string;
  /** Default `https://{id}.billomat.net`; `{id}` is replaced by the billomat ID, a URL without it is used as is. */
  baseUrl?: string;
  appId?: string;
  appSecret?: string;
  /** Per request; completion and 1,000-row pages are slow, hence the generous default. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Longest wait for the next rate-limit window before giving up with BillomatRateLimitError. */
  maxRateLimitWaitMs?: number;
  maxRetries?: number;
  retryBaseDelayMs?: number;
  onRateLimit?: (info: RateLimitInfo) => void;
  /** The account's quota shared with other processes (see RequestGate). */
  gate?: RequestGate;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const DEFAULT_BASE_URL = 'https://{id}.billomat.net';

export function createBillomatClient(options: BillomatClientOptions) {
  const transport = new Transport({
    billomatId: options.billomatId,
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    appId: options.appId,
    appSecret: options.appSecret,
    timeoutMs: options.timeoutMs ?? 60_000,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? 60_000,
    maxRetries: options.maxRetries ?? 3,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: options.now ?? Date.now,
    onRateLimit: options.onRateLimit,
    gate: options.gate,
  });
  const lookups = lookupsApi(transport);
  return {
    billomatId: options.billomatId,
    /** Last seen X-Rate-Limit-Remaining / X-Rate-Limit-Reset, or null before the first answer. */
    get rateLimit(): RateLimitInfo | null {
      return transport.rateLimit;
    },
    clients: clientsApi(transport),
    invoices: invoicesApi(transport),
    ...lookups,
  };
}

export type BillomatClient = ReturnType<typeof createBillomatClient>;
