import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- plain .mjs helper of the test driver
import { postgresProjectEnabled } from './postgres.mjs';

// Issue 20: in CI a PostgreSQL that is missing or cannot start fails the run; elsewhere it is a warning.
// PG_BIN points the check at a bogus PostgreSQL, so nothing here installs or starts a real one.
const script = path.join(import.meta.dirname, 'postgres.mjs');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-fake-pg-'));
  // As root the cluster runs as the `postgres` user, who must be able to run the bogus binaries too.
  fs.chmodSync(dir, 0o755);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

function brokenPostgres() {
  for (const name of ['initdb', 'pg_ctl']) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\necho "${name}: simulated failure" >&2\nexit 1\n`, {
      mode: 0o755,
    });
  }
}

function check(env: Record<string, string>) {
  const { CI: _ci, PG_BIN: _bin, PG_TESTS: _tests, ...inherited } = process.env;
  return spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...inherited, ...env } });
}

describe('PostgreSQL check of the test driver', () => {
  it('fails with CI=true when PostgreSQL cannot start, and says what to do', () => {
    brokenPostgres();
    const res = check({ CI: 'true', PG_BIN: dir });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('could not start a cluster');
    expect(res.stderr).toContain('CI=true: the PostgreSQL half of the tests is required, so this run FAILS');
    expect(res.stderr).toContain('apt-get update && apt-get install -y postgresql');
  });

  it('fails with CI=true when PostgreSQL is missing (PG_BIN names an empty folder: no install)', () => {
    const res = check({ CI: 'true', PG_BIN: dir });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('PostgreSQL not found');
    expect(res.stdout).not.toContain('apt-get');
  });

  it('only warns without CI, and the SQLite half runs alone', () => {
    brokenPostgres();
    const res = check({ PG_BIN: dir });
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('could not start a cluster');
    expect(res.stderr).toContain('is SKIPPED; only SQLite runs here');
  });
});

describe('the PostgreSQL project of vitest.config.ts', () => {
  it('is an error with CI=true when PostgreSQL is missing, even when PG_TESTS=skip asks to skip it', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('PG_BIN', dir);
    vi.stubEnv('PG_TESTS', 'skip');
    expect(() => postgresProjectEnabled()).toThrow(/PostgreSQL not found[\s\S]*this run FAILS/);
  });

  it('is left out with a warning without CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('CI', '');
    vi.stubEnv('PG_BIN', dir);
    expect(postgresProjectEnabled()).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is SKIPPED'));
    warn.mockRestore();
  });
});
