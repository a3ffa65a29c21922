import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from 'billomat-sandbox';
import { TEST_SECRET } from '../../testing/app';
import { DEMO_KEY } from '../../testing/integration';
import { demoUsers } from '../../seed/demo-users';

// Database-independent, so the PostgreSQL project skips this file (*.sqlite.test.ts).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const web = path.join(root, 'apps/web');

/** apps/web/dist when it is built; otherwise a fresh build (vite's build() API) into a temp folder. */
async function builtAssets(): Promise<string> {
  const dist = path.join(web, 'dist');
  if (fs.existsSync(path.join(dist, 'index.html'))) return dist;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-web-dist-'));
  const vite = (await import(pathToFileURL(path.join(web, 'node_modules/vite/dist/node/index.js')).href)) as {
    build(config: object): Promise<unknown>;
  };
  await vite.build({ root: web, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

describe('the built SPA', () => {
  it('holds no API key, server secret, password or source map', { timeout: 180_000 }, async () => {
    const dir = await builtAssets();
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.some((f) => f.name.endsWith('.js'))).toBe(true);
    const secrets = [
      DEMO_KEY,
      DEMO_ACCOUNT.apiKey,
      TEST_SECRET,
      ...demoUsers.map((u) => u.password),
      'api_key_ciphertext',
      'BEGIN PRIVATE KEY',
      'X-BillomatApiKey',
    ];
    for (const f of files) {
      expect(f.name, 'source maps publish the source').not.toMatch(/\.map$/);
      const text = fs.readFileSync(path.join(f.parentPath, f.name), 'latin1');
      for (const s of secrets) expect(text.includes(s), `${f.name} contains ${s}`).toBe(false);
      expect(text, `${f.name} references server code`).not.toMatch(/apps\/server\/src|better-sqlite3/);
    }
  });
});

const pnpm = path.join(root, '.tools/node_modules/.bin/pnpm');

describe('production dependencies', () => {
  it('have no high or critical advisory (when the audit endpoint answers)', { timeout: 60_000 }, async () => {
    let out = '';
    try {
      out = (await promisify(execFile)(pnpm, ['audit', '--prod', '--json'], { cwd: root, timeout: 45_000 }))
        .stdout;
    } catch (err) {
      // pnpm exits non-zero both when it finds advisories and when it cannot ask: tell them apart below.
      out = String((err as { stdout?: string }).stdout ?? '');
    }
    let report: { metadata?: { vulnerabilities?: Record<string, number> } } | null = null;
    try {
      report = JSON.parse(out);
    } catch {
      report = null;
    }
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) {
      console.warn(
        '\n⚠ pnpm audit --prod: NOT CHECKED — the advisory endpoint did not answer from here ' +
          '(see docs/reliability.md). Run `pnpm audit --prod` where the registry is reachable.\n',
      );
      return;
    }
    console.warn(`pnpm audit --prod: ${JSON.stringify(counts)}`);
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  });
});
