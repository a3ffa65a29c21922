import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { repoPath } from './paths';
import { cpuNow } from './stats';
import { notAvailable } from './types';

// A throwaway PostgreSQL cluster per benchmark: scripts/pg-cluster.mjs, the test suite's (initdb +
// pg_ctl in a temp folder, as the `postgres` user when run as root, fsync off), always stopped — also
// when the run is interrupted.

export interface PgCluster {
  url: string;
  port: number;
  createDatabase(name: string): string;
  stop(): void;
}

const running = new Set<PgCluster>();
let hooked = false;
function stopAll() {
  for (const c of running) {
    try {
      c.stop();
    } catch {
      // best effort on the way out
    }
  }
  running.clear();
}
function stopOnExit() {
  if (hooked) return;
  hooked = true;
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopAll();
      process.exit(130);
    });
}

export async function withPostgres<T>(fn: (cluster: PgCluster) => Promise<T>): Promise<T> {
  const url = pathToFileURL(repoPath('scripts/pg-cluster.mjs')).href;
  const { startPgCluster } = (await import(url)) as { startPgCluster(): Promise<PgCluster | null> };
  const cluster = await startPgCluster();
  if (!cluster) return notAvailable('no PostgreSQL installed (initdb, pg_ctl; PG_BIN)');
  running.add(cluster);
  stopOnExit();
  try {
    return await fn(cluster);
  } finally {
    running.delete(cluster);
    cluster.stop();
  }
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The postmaster listening on `port` (its command line carries `-p <port>`). */
function postmasterPid(port: number): number {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = read(`/proc/${entry}/cmdline`).split('\0');
    const p = args.indexOf('-p');
    if (args[0]?.endsWith('postgres') && p > 0 && args[p + 1] === String(port)) return Number(entry);
  }
  throw new Error(`no postmaster on port ${port}`);
}

/**
 * CPU time of this process PLUS the cluster's processes (postmaster and its children: the backends
 * serving the server's pool), in ms. On PostgreSQL the work of a request is split over two processes;
 * their sum is what the request would take on an idle machine (wall time here mostly measures waiting
 * for one of the 2 shared cores). Read from /proc/<pid>/schedstat (nanoseconds on a CPU).
 */
export function pgCpu(port: number): () => number {
  const master = postmasterPid(port);
  const onCpuMs = (pid: number) => Number(read(`/proc/${pid}/schedstat`).split(' ')[0] ?? 0) / 1e6;
  // Summed per process, so a backend that exits (the pool closes idle clients) takes only its last
  // increment with it, and one that starts counts from zero.
  const last = new Map<number, number>();
  let total = 0;
  return () => {
    const node = cpuNow();
    const children = read(`/proc/${master}/task/${master}/children`).trim().split(/\s+/).filter(Boolean);
    for (const pid of [master, ...children.map(Number)]) {
      const ms = onCpuMs(pid);
      total += ms - (last.get(pid) ?? 0);
      last.set(pid, ms);
    }
    return node + total;
  };
}
