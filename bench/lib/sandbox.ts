import type { AccountConfig, FaultSpec, RequestLogEntry } from 'billomat-sandbox';
import { createBillomatClient, type BillomatClient } from '@plainstaff/billomat';
import {
  spawnSandbox as spawnSandboxProcess,
  type SandboxProcess,
} from '@plainstaff/billomat/testing/sandbox-process';
import { cpuNow } from './stats';

/** Every benchmark talks to billomat with this much latency per request (issue 11). */
export const LATENCY_MS = 20;

/**
 * The sandbox runs in its own process, like billomat on its own machine: its CPU time (rendering
 * 1,000 clients per page) must not be charged to our process, and our decoding may overlap with its
 * work the way it overlaps with a remote server's. Requests are counted from its request log.
 */
export type BenchSandbox = SandboxProcess;

export const spawnSandbox = (accounts: AccountConfig[]): Promise<BenchSandbox> =>
  spawnSandboxProcess(accounts, { startTimeoutMs: 60_000 });

/**
 * A sandbox process whose every API request is delayed by `latencyMs`. The quota is raised so the naive
 * baselines (hundreds of requests) measure requests and time, not the rate-limit wait.
 */
export async function latencySandbox(
  accounts: AccountConfig[],
  latencyMs = LATENCY_MS,
): Promise<BenchSandbox> {
  const sandbox = await spawnSandbox(accounts.map((a) => ({ rateLimit: { quota: 1_000_000 }, ...a })));
  const fault: FaultSpec = { kind: 'delay', path: '/api/**', delayMs: latencyMs, times: 0 };
  await sandbox.control('POST', '/faults', fault);
  return sandbox;
}

export function clientFor(
  sandbox: BenchSandbox,
  account: { billomatId: string; apiKey: string },
): BillomatClient {
  return createBillomatClient({ ...account, baseUrl: sandbox.baseUrlTemplate, maxRetries: 0 });
}

/** Counts the sandbox requests of `account` made while `fn` runs (optionally only one path/method). */
export async function countRequests<T>(
  sandbox: BenchSandbox,
  account: string,
  fn: () => Promise<T>,
  filter: { path?: string; method?: string } = {},
): Promise<{ value: T; requests: number; ms: number; cpuMs: number }> {
  await sandbox.control('DELETE', '/log');
  const cpu = cpuNow();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const cpuMs = cpuNow() - cpu;
  const q = new URLSearchParams({ account, ...filter });
  const log = await sandbox.control<RequestLogEntry[]>('GET', `/log?${q.toString()}`);
  return { value, requests: log.length, ms, cpuMs };
}
