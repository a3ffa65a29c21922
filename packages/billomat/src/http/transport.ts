import { BillomatError, BillomatRateLimitError } from '../errors';
import { rateLimitMessage, userMessage } from '../messages';
import { billomatMessages } from './error-body';
import { errorForStatus } from './map-error';
import { nextQuarterHour, readRateLimit, resetFromMessage } from './rate-limit';
import type { RateLimitInfo, RequestGate } from './rate-limit';
import { buildQuery } from './query';
import type { QueryValue } from './query';

export interface TransportOptions {
  billomatId: string;
  apiKey: string;
  baseUrl: string;
  appId?: string;
  appSecret?: string;
  timeoutMs: number;
  fetch: typeof fetch;
  maxRateLimitWaitMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onRateLimit?: (info: RateLimitInfo) => void;
  gate?: RequestGate;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A 404 here means the account (sub-domain) does not exist. */
  accountLevel?: boolean;
}

export interface RawResponse {
  status: number;
  text: string;
}

// Connection never established: the request cannot have been executed.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class Transport {
  rateLimit: RateLimitInfo | null = null;
  private blockedUntil: number | null = null;

  constructor(private readonly o: TransportOptions) {}

  private url(spec: RequestSpec): string {
    const base = this.o.baseUrl.replace('{id}', encodeURIComponent(this.o.billomatId)).replace(/\/+$/, '');
    return `${base}/api${spec.path}${buildQuery(spec.query)}`;
  }

  private headers(spec: RequestSpec): Record<string, string> {
    const h: Record<string, string> = { Accept: 'application/json', 'X-BillomatApiKey': this.o.apiKey };
    if (spec.body !== undefined) h['Content-Type'] = 'application/json';
    if (this.o.appId && this.o.appSecret)
      Object.assign(h, { 'X-AppId': this.o.appId, 'X-AppSecret': this.o.appSecret });
    return h;
  }

  /** Waits for the next window when it is near enough; otherwise gives up with the reset time. */
  private async waitUntil(resetAt: Date, request: string, billomatMessages: string[] = []): Promise<void> {
    const ms = resetAt.getTime() - this.o.now() + 250;
    if (ms <= 0) return;
    if (ms > this.o.maxRateLimitWaitMs) {
      throw new BillomatRateLimitError(resetAt, {
        status: 429,
        request,
        billomatMessages,
        userMessage: rateLimitMessage(resetAt),
      });
    }
    await this.o.sleep(ms);
  }

  async request(spec: RequestSpec): Promise<RawResponse> {
    const write = spec.method !== 'GET';
    const label = `${spec.method} /api${spec.path}`;
    let failures = 0;
    let limited = 0;
    for (;;) {
      if (this.blockedUntil !== null && this.blockedUntil > this.o.now()) {
        await this.waitUntil(new Date(this.blockedUntil), label);
      }
      this.blockedUntil = null;
      // Every request sent counts against the account's quota, also a retry.
      const slot = this.o.gate ? await this.o.gate.acquire() : { ok: true as const };
      if (!slot.ok) {
        await this.waitUntil(slot.resetAt, label);
        continue;
      }
      let outcome: RawResponse | BillomatError;
      try {
        outcome = await this.once(spec, label, write);
      } catch (e) {
        if (!(e instanceof BillomatError)) throw e;
        outcome = e;
      }
      if (outcome instanceof BillomatError) {
        // Only reads are repeated: a write with an unclear outcome could create a duplicate.
        if (write || failures >= this.o.maxRetries) throw outcome;
        await this.o.sleep(this.o.retryBaseDelayMs * 2 ** failures++);
        continue;
      }
      if (outcome.status === 429) {
        const messages = billomatMessages(outcome.text);
        const resetAt =
          this.rateLimit?.resetAt ??
          resetFromMessage(messages, this.o.now()) ??
          nextQuarterHour(this.o.now());
        await this.o.gate?.limited(resetAt);
        // A 429 was not executed, so even a POST may be sent again.
        if (limited++ >= this.o.maxRetries) {
          throw new BillomatRateLimitError(resetAt, {
            status: 429,
            request: label,
            billomatMessages: messages,
            userMessage: rateLimitMessage(resetAt),
          });
        }
        await this.waitUntil(resetAt, label, messages);
        continue;
      }
      if (outcome.status >= 500 && !write && failures < this.o.maxRetries) {
        await this.o.sleep(this.o.retryBaseDelayMs * 2 ** failures++);
        continue;
      }
      if (outcome.status >= 300) {
        throw errorForStatus(outcome.status, outcome.text, {
          request: label,
          write,
          accountLevel: spec.accountLevel ?? false,
          billomatId: this.o.billomatId,
        });
      }
      return outcome;
    }
  }

  private async once(spec: RequestSpec, label: string, write: boolean): Promise<RawResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
    let sent = false;
    try {
      const res = await this.o.fetch(this.url(spec), {
        method: spec.method,
        headers: this.headers(spec),
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
      });
      sent = true;
      await this.noteRateLimit(res.headers);
      const text = new TextDecoder().decode(await res.arrayBuffer());
      return { status: res.status, text };
    } catch (e) {
      const timedOut = controller.signal.aborted;
      const code = (e as { cause?: { code?: string } }).cause?.code;
      const outcomeUnknown = write && (sent || timedOut || !NOT_SENT.has(code ?? ''));
      const kind = timedOut ? 'timeout' : 'network';
      throw new BillomatError(kind, {
        request: label,
        outcomeUnknown,
        userMessage: userMessage(kind, { outcomeUnknown }),
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private async noteRateLimit(headers: Headers): Promise<void> {
    const info = readRateLimit(headers);
    if (!info) return;
    this.rateLimit = info;
    if (info.remaining === 0) this.blockedUntil = info.resetAt.getTime();
    this.o.onRateLimit?.(info);
    await this.o.gate?.observe(info);
  }
}
