import { createRequire } from 'node:module';
import { repoPath } from './paths';

// Records every SQL statement the server prepares (better-sqlite3 is patched in this process), so the
// query plans of what a route really ran can be checked with EXPLAIN QUERY PLAN afterwards.

interface Stmt {
  all(...params: unknown[]): unknown[];
}
interface SqliteDb {
  prepare(sql: string): Stmt;
  close(): void;
}
type SqliteCtor = (new (file: string, opts?: { readonly?: boolean }) => SqliteDb) & { prototype: SqliteDb };

const requireFromServer = createRequire(repoPath('apps/server/package.json'));
const Sqlite = requireFromServer('better-sqlite3') as SqliteCtor;

let recording: Set<string> | null = null;
const original = Sqlite.prototype.prepare;
Sqlite.prototype.prepare = function prepare(this: SqliteDb, sql: string) {
  recording?.add(sql);
  return original.call(this, sql);
};

/** The distinct SQL statements prepared while `fn` runs. */
export async function recordSql(fn: () => Promise<unknown>): Promise<string[]> {
  recording = new Set();
  try {
    await fn();
    return [...recording];
  } finally {
    recording = null;
  }
}

export interface Plan {
  sql: string;
  plan: string[];
  /**
   * Plan steps that read a whole table without an index (`SCAN t` without `USING … INDEX`); scans of
   * a CTE or subquery the statement builds itself are not counted.
   */
  fullScans: string[];
}

/** EXPLAIN QUERY PLAN with every parameter bound to NULL (the plan's shape does not depend on values). */
export function explain(file: string, statements: string[]): Plan[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    return statements
      .filter((s) => /^\s*(select|with|update|insert|delete)\b/i.test(s))
      .map((sql) => {
        const params = (sql.match(/\?/g) ?? []).map(() => null);
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
        const plan = rows.map((r) => r.detail);
        // A CTE or subquery the plan builds (CO-ROUTINE / MATERIALIZE) is read whole by design.
        const built = new Set(
          plan.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(d)?.slice(1) ?? []),
        );
        const fullScans = plan.filter((d) => {
          const name = /^SCAN (\S+)/.exec(d)?.[1];
          if (!name || name.startsWith('(') || built.has(name)) return false;
          return !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(d);
        });
        return { sql, plan, fullScans };
      });
  } finally {
    db.close();
  }
}
