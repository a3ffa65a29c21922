import { startSandbox, type AccountConfig, type Sandbox } from 'billomat-sandbox';
import { createBillomatClient, type BillomatClient } from '@plainstaff/billomat';

/** Every benchmark talks to billomat with this much latency per request (issue 11). */
export const LATENCY_MS = 20;

/**
 * An in-process sandbox whose every API request is delayed by `latencyMs`. The quota is raised so the
 * naive baselines (hundreds of requests) measure requests and time, not the rate-limit wait.
 */
export async function latencySandbox(accounts: AccountConfig[], latencyMs = LATENCY_MS): Promise<Sandbox> {
  const sandbox = await startSandbox({
    port: 0,
    accounts: accounts.map((a) => ({ rateLimit: { quota: 1_000_000 }, ...a })),
  });
  sandbox.faults.add({ kind: 'delay', path: '/api/**', delayMs: latencyMs, times: 0 });
  return sandbox;
}

export function clientFor(sandbox: Sandbox, account: { billomatId: string; apiKey: string }): BillomatClient {
  return createBillomatClient({ ...account, baseUrl: sandbox.baseUrlTemplate, maxRetries: 0 });
}

/** Counts the sandbox requests of `account` made while `fn` runs (optionally only one path). */
export async function countRequests<T>(
  sandbox: Sandbox,
  account: string,
  fn: () => Promise<T>,
  filter: { path?: string; method?: string } = {},
): Promise<{ value: T; requests: number; ms: number }> {
  const since = sandbox.requestLog.lastSeq;
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const requests = sandbox.requestLog.list({ account, sinceSeq: since, ...filter }).length;
  return { value, requests, ms };
}
