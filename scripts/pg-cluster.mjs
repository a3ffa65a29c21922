// A throwaway PostgreSQL cluster for the test suite: initdb + pg_ctl in a temp folder on a free port.
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user (runuser).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const hasServerBins = (bin) =>
  fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'pg_ctl'));

/** The folder with initdb/pg_ctl: PG_BIN when set (and nothing else), else PATH, else Debian's layout. */
export function findPgBin() {
  if (process.env.PG_BIN) return hasServerBins(process.env.PG_BIN) ? process.env.PG_BIN : null;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  // Through symlinks (e.g. /usr/local/bin/initdb): the real folder also holds createdb.
  if (which.status === 0 && which.stdout.trim()) return path.dirname(fs.realpathSync(which.stdout.trim()));
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(base, v, 'bin')).find(hasServerBins) ?? null;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const detail = (err) => (err.stderr?.toString().trim() || err.message).trim();

/**
 * Starts a cluster, or returns null when no PostgreSQL is installed. A cluster that is installed but
 * cannot start throws an error carrying PostgreSQL's own words; nothing of it is left behind.
 */
export async function startPgCluster(bin = findPgBin()) {
  if (!bin) return null;
  const isRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'pg.log');
  const port = await freePort();
  const run = (cmd, args) => {
    const exe = path.join(bin, cmd);
    const [c, a] = isRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid')))
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    if (isRoot) execFileSync('chown', ['-R', 'postgres', dir]);
    fs.chmodSync(dir, 0o777);
    run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    // Durability is irrelevant for a test cluster; speed is not.
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', logFile, '-w', 'start']);
  } catch (err) {
    const serverLog = fs.existsSync(logFile)
      ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-10)
      : [];
    try {
      stop();
    } catch {
      // The start already failed; that error is the one to report.
    }
    throw new Error(
      [`PostgreSQL (${bin}) could not start a cluster: ${detail(err)}`, ...serverLog].join('\n'),
      { cause: err },
    );
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    bin,
    /** Creates an empty database on this cluster and returns its URL. */
    createDatabase(name) {
      const own = path.join(bin, 'createdb');
      const createdb = fs.existsSync(own) ? own : 'createdb';
      const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name];
      execFileSync(createdb, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
