import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AccountConfig, FaultSpec, RequestLogEntry } from 'billomat-sandbox';
import { createBillomatClient, type BillomatClient } from '@plainstaff/billomat';
import { repoPath } from './paths';
import { cpuNow } from './stats';

/** Every benchmark talks to billomat with this much latency per request (issue 11). */
export const LATENCY_MS = 20;

/**
 * The sandbox runs in its own process, like billomat on its own machine: its CPU time (rendering
 * 1,000 clients per page) must not be charged to our process, and our decoding may overlap with its
 * work the way it overlaps with a remote server's. Requests are counted from its request log.
 */
export interface BenchSandbox {
  url: string;
  baseUrlTemplate: string;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function spawnSandbox(accounts: AccountConfig[]): Promise<BenchSandbox> {
  const token = randomBytes(16).toString('hex');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main.ts',
      '--port',
      '0',
      '--accounts-json',
      JSON.stringify(accounts),
      '--control-token',
      token,
    ],
    { cwd: repoPath('apps/billomat-sandbox'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = await new Promise<{ url: string; baseUrlTemplate: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${stderr}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = /SANDBOX_READY (.*)/.exec(out);
      if (line?.[1]) {
        clearTimeout(timer);
        resolve(JSON.parse(line[1]) as { url: string; baseUrlTemplate: string });
      }
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${stderr}`)));
  });
  return {
    ...ready,
    async control<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${ready.url}/__sandbox${path}`, {
        method,
        headers: {
          'x-sandbox-token': token,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`sandbox control ${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

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
