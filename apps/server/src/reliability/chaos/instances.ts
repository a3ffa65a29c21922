import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

// Real server processes for the multi-instance tests and the multi-instance chaos suite: the
// production entry point (src/server.ts, as `pnpm start` runs it), each a separate OS process on the
// same database, killed with SIGKILL when a test says so.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const entry = path.join(serverDir, 'src/server.ts');

// A test or the chaos command that ends (or fails) must not leave server processes behind.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export interface ServerProcess {
  readonly name: string;
  /** http://127.0.0.1:PORT while the process is up. */
  url: string;
  pid: number;
  alive: boolean;
  /** Dies NOW (SIGKILL): no shutdown hook runs, requests in flight are cut. */
  kill(): Promise<void>;
  /** A new process with the same environment (a new port). */
  start(): Promise<void>;
  /** SIGTERM, as an orchestrator stops an instance. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  name: string;
  env: Record<string, string>;
  /** Every stdout line (the JSON log and the start banner), e.g. to count log messages. */
  onLine?: (line: string, name: string) => void;
  startTimeoutMs?: number;
}

/** Starts one server process; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ps-${opts.name}-`));
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const p: ServerProcess = {
    name: opts.name,
    url: '',
    pid: 0,
    alive: false,
    async start() {
      const c = spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: serverDir,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? os.tmpdir(),
          DEMO: '0',
          HOST: '127.0.0.1',
          PORT: '0',
          DATA_DIR: dataDir,
          ...opts.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      children.add(c);
      p.pid = c.pid ?? 0;
      exited = new Promise((resolve) =>
        c.once('exit', () => {
          children.delete(c);
          resolve();
        }),
      );
      void exited.then(() => {
        if (child === c) p.alive = false;
      });
      const stderr: string[] = [];
      c.stderr!.on('data', (d: Buffer) => {
        stderr.push(String(d));
        if (stderr.length > 50) stderr.shift();
      });
      const lines = readline.createInterface({ input: c.stdout! });
      p.url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${opts.name} did not start in time:\n${stderr.join('')}`)),
          opts.startTimeoutMs ?? 60_000,
        );
        c.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`${opts.name} exited with ${code} while starting:\n${stderr.join('')}`));
        });
        lines.on('line', (line) => {
          const m = /läuft auf (http:\/\/\S+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
          opts.onLine?.(line, opts.name);
        });
      });
      p.alive = true;
    },
    async kill() {
      p.alive = false;
      child?.kill('SIGKILL');
      await exited;
    },
    async stop() {
      p.alive = false;
      child?.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await p.start();
  return p;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
  setCookie: string | null;
}

/** One HTTP request to an instance as the SPA sends it (JSON, the session cookie). */
export async function call(
  base: string,
  method: string,
  url: string,
  opts: { body?: unknown; cookie?: string; timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const res = await fetch(base + url, {
    method,
    headers: {
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (an SSE stream, an HTML page): the text
  }
  return { status: res.status, body, setCookie: res.headers.get('set-cookie') };
}
