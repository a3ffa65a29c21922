import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildSandboxApp } from './app';
import { SandboxControl } from './control/sandbox-control';
import { DEMO_ACCOUNT } from './demo-account';
import { FaultRegistry } from './http/faults';
import { RateLimiter } from './http/rate-limit';
import { RequestLog } from './http/request-log';
import { attachPersistence } from './state/persistence';
import { SandboxState } from './state/sandbox-state';
import type { AccountConfig } from './state/types';

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Accounts to create; default: only the demo account. */
  accounts?: AccountConfig[];
  includeDemoAccount?: boolean;
  /** Token for `/__sandbox/*`; default: random. */
  controlToken?: string;
  /** JSON file for state across restarts (demo mode). */
  dataFile?: string;
  now?: () => number;
}

export async function startSandbox(opts: SandboxOptions = {}) {
  const state = new SandboxState(opts.now);
  const persistence = opts.dataFile ? attachPersistence(state, opts.dataFile) : null;
  const configs = [
    ...(opts.accounts ?? []),
    ...(opts.includeDemoAccount || !opts.accounts ? [DEMO_ACCOUNT] : []),
  ];
  for (const c of configs) if (!state.account(c.billomatId)) state.addAccount(c);
  const limiter = new RateLimiter(state.now);
  const faults = new FaultRegistry();
  const requestLog = new RequestLog();
  const control = new SandboxControl(state, limiter);
  const controlToken = opts.controlToken ?? randomBytes(16).toString('hex');
  const app = buildSandboxApp({ state, limiter, faults, log: requestLog, control, controlToken });
  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    /** Use as the client's base URL: `{id}` is replaced by the billomat ID. */
    baseUrlTemplate: `${url}/{id}`,
    accounts: control.accounts(),
    controlToken,
    state,
    control,
    faults,
    requestLog,
    limiter,
    app,
    async close() {
      await app.close();
      await persistence?.flush();
    },
  };
}

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
