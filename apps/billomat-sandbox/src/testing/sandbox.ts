import { request } from 'node:http';
import { startSandbox } from '../start-sandbox';
import type { Sandbox, SandboxOptions } from '../start-sandbox';

export const KEY = 'test-key-0123456789abcdef';

export async function withSandbox<T>(opts: SandboxOptions, fn: (sb: Sandbox) => Promise<T>): Promise<T> {
  const sb = await startSandbox({ controlToken: 'ctl', ...opts });
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests index freely into wire JSON
  json: any;
}

/** A raw billomat call as a client would make it (JSON unless told otherwise). */
export async function call(
  sb: Sandbox,
  path: string,
  init: { method?: string; body?: unknown; key?: string | null; json?: boolean; host?: string } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (init.key !== null) headers['X-BillomatApiKey'] = init.key ?? KEY;
  if (init.json !== false) headers.Accept = 'application/json';
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.host) headers.host = init.host;
  if (init.host) return viaHost(sb, path, headers);
  const res = await fetch(`${sb.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** fetch() does not let us set Host, which is how billomat's sub-domains select the account. */
function viaHost(sb: Sandbox, path: string, headers: Record<string, string>) {
  return new Promise<CallResult>((resolve, reject) => {
    const req = request(`${sb.url}${path}`, { headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: new Headers(res.headers as Record<string, string>),
          text,
          json: JSON.parse(text),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}
