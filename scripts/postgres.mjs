// PostgreSQL for the test suite (issue 20): the server suites and the e2e suite run a second time on a
// throwaway cluster. In CI that half is not optional: PostgreSQL is installed when missing (Debian's
// package, like Chromium) and a PostgreSQL that cannot start fails the run. On a developer's machine a
// missing or broken PostgreSQL is a loud warning and the SQLite half runs alone.
//
// `node scripts/postgres.mjs` runs the same check on its own: exit 1 in CI when PostgreSQL is unusable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './apt.mjs';
import { findPgBin, startPgCluster } from './pg-cluster.mjs';

export function isCI() {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

export const PG_HOW_TO_FIX = [
  'To fix it: install PostgreSQL — as root `apt-get update && apt-get install -y postgresql` (Debian) —',
  'or put initdb/pg_ctl on PATH, or set PG_BIN to the folder that holds them. As root the cluster runs as',
  'the `postgres` user, which Debian’s package creates.',
].join('\n');

export const PG_NOT_FOUND =
  'PostgreSQL not found (initdb/pg_ctl in PG_BIN, PATH or /usr/lib/postgresql/*/bin)';

/** The text for a PostgreSQL problem: a failure in CI, a warning on a developer's machine. */
export function pgProblem(reason, ci = isCI()) {
  return ci
    ? `\n✘ ${reason}\nCI=true: the PostgreSQL half of the tests is required, so this run FAILS.\n${PG_HOW_TO_FIX}\n`
    : `\n⚠ ${reason}\n⚠ The PostgreSQL half of the tests (server suites, e2e) is SKIPPED; only SQLite runs here.\n` +
        `⚠ In CI (CI=true) this fails the run. ${PG_HOW_TO_FIX}\n`;
}

/**
 * Finds PostgreSQL — in CI installing Debian's package when it is missing (not when PG_BIN names a
 * folder: then that folder is the answer) — and starts and stops one throwaway cluster to prove it works.
 */
export async function ensurePostgres({ install = isCI() } = {}) {
  let bin = findPgBin();
  if (!bin && install && !process.env.PG_BIN) {
    aptInstall(['postgresql'], 'PostgreSQL');
    bin = findPgBin();
  }
  if (!bin) return { ok: false, reason: PG_NOT_FOUND };
  try {
    const cluster = await startPgCluster(bin);
    cluster?.stop();
    return { ok: true, bin };
  } catch (err) {
    return { ok: false, bin, reason: err.message };
  }
}

/** For vitest.config.ts (synchronous, no install): whether the PostgreSQL project runs at all. */
export function postgresProjectEnabled() {
  // scripts/test.mjs checked (and warned) already; in CI nothing may switch the PostgreSQL half off.
  if (process.env.PG_TESTS === 'skip' && !isCI()) return false;
  if (findPgBin()) return true;
  if (isCI()) throw new Error(pgProblem(PG_NOT_FOUND));
  console.warn(pgProblem(PG_NOT_FOUND));
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pg = await ensurePostgres();
  if (pg.ok) console.log(`PostgreSQL ok: ${pg.bin}`);
  else if (isCI()) console.error(pgProblem(pg.reason));
  else console.warn(pgProblem(pg.reason));
  process.exit(pg.ok || !isCI() ? 0 : 1);
}
