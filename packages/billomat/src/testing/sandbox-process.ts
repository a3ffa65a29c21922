import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// The client package must not import the sandbox app (import direction), so contract tests run the
// sandbox as a separate process and talk to it over HTTP only — like the real billomat. The benchmarks
// use it too (`bench/lib/sandbox.ts`).
const sandboxDir = fileURLToPath(new URL('../../../../apps/billomat-sandbox/', import.meta.url));

export interface SandboxProcess {
  url: string;
  baseUrlTemplate: string;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** `startTimeoutMs`: how long the process may take to report it is ready. */
export async function spawnSandbox(
  accounts: object[],
  { startTimeoutMs = 20_000 }: { startTimeoutMs?: number } = {},
): Promise<SandboxProcess> {
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
    { cwd: sandboxDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = await new Promise<{ url: string; baseUrlTemplate: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${stderr}`)), startTimeoutMs);
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

export interface LogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  account: string | null;
  status: number | null;
}
