import { createRequire } from 'node:module';
import { repoPath } from './paths';

// The PostgreSQL side of explain.ts: records the statements (with parameters) the server sends while
// requests run (pg's Client.query is patched in this process), then replays them in order, each data
// statement under EXPLAIN (ANALYZE, BUFFERS) and each BEGIN/COMMIT as sent, so every statement runs in
// a transaction like the one it ran in (PostgreSQL skips foreign-key checks of unchanged keys only for
// rows an earlier transaction wrote). ANALYZE executes writes: the caller resets the data afterwards.
// Repeated reads are explained once.

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
type PgClientCtor = (new (opts: { connectionString: string }) => PgClient) & { prototype: PgClient };

const requireFromServer = createRequire(repoPath('apps/server/package.json'));
const pg = requireFromServer('pg') as { Client: PgClientCtor };

interface Statement {
  sql: string;
  params: unknown[];
}
let recording: Statement[] | null = null;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function query(this: PgClient, sql: string, params?: unknown[]) {
  if (recording && typeof sql === 'string') recording.push({ sql, params: params ?? [] });
  return original.call(this, sql, params);
} as PgClient['query'];

/** The statements sent while `fn` runs, in order. */
export async function recordPg(fn: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

export interface PgPlan {
  sql: string;
  plan: string[];
  analyzed: boolean;
  /** `Seq Scan on bookings` steps: the whole bookings table read. */
  seqScans: string[];
}

export async function explainPg(url: string, statements: Statement[]): Promise<PgPlan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out: PgPlan[] = [];
  const seen = new Set<string>();
  let inTx = false;
  try {
    for (const s of statements) {
      if (/^\s*(begin|commit|rollback)\b/i.test(s.sql)) {
        await client.query(s.sql);
        inTx = /^\s*begin/i.test(s.sql);
        continue;
      }
      const read = /^\s*(select|with)\b/i.test(s.sql);
      if (!/^\s*(select|with|update|insert|delete)\b/i.test(s.sql) || (read && seen.has(s.sql))) continue;
      seen.add(s.sql);
      let analyzed = true;
      let rows: Record<string, unknown>[];
      if (inTx) await client.query('savepoint plan');
      try {
        rows = (await client.query(`explain (analyze, buffers) ${s.sql}`, s.params)).rows;
        if (inTx) await client.query('release savepoint plan');
      } catch {
        if (inTx) await client.query('rollback to savepoint plan');
        analyzed = false;
        rows = (await client.query(`explain ${s.sql}`, s.params)).rows;
      }
      const plan = rows.map((r) => String(r['QUERY PLAN']));
      const seqScans = plan.filter((l) => /Seq Scan on bookings\b/.test(l)).map((l) => l.trim());
      out.push({ sql: s.sql, plan, analyzed, seqScans });
    }
  } finally {
    if (inTx) await client.query('rollback').catch(() => undefined);
    await client.end();
  }
  return out;
}
