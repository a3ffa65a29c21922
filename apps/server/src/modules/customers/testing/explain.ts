import type { CompiledQuery, Kysely, KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import type { Database } from '../../../db/database';
import type { Dialect } from '../../../db/connect';

/**
 * A view of `db` that records the statements it really executes (subqueries are compiled into them,
 * not recorded on their own), to explain them with their own parameters afterwards.
 */
export function recordingDb(db: Kysely<Database>) {
  const seen = new Map<QueryId, RootOperationNode>();
  const executed: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      seen.set(queryId, node);
      return node;
    },
    transformResult: async ({ queryId, result }) => {
      const node = seen.get(queryId);
      if (node) executed.push(node);
      return result;
    },
  };
  return {
    db: db.withPlugin(plugin),
    /** The SELECT statements executed since the last call, compiled with their parameters. */
    take(): CompiledQuery[] {
      const out = executed
        .filter((n) => n.kind === 'SelectQueryNode')
        .map((n) => db.getExecutor().compileQuery(n, { queryId: 'explain' } as QueryId));
      executed.length = 0;
      seen.clear();
      return out;
    },
  };
}

/** Plan lines: SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN text, line by line. */
export async function explain(
  db: Kysely<Database>,
  dialect: Dialect,
  query: CompiledQuery,
): Promise<string[]> {
  const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
  const { rows } = await db.executeQuery<Record<string, string>>({ ...query, sql: prefix + query.sql });
  return rows.map((r) => (dialect === 'sqlite' ? r.detail! : r['QUERY PLAN']!).trim());
}

/** Steps that read all of a table: SQLite's `SCAN x` (by any alias), PostgreSQL's `Seq Scan on x`. */
export function fullScans(plan: string[], table: string, aliases: string[] = []): string[] {
  const sqliteScan = new RegExp(`^SCAN (${[table, ...aliases].join('|')})\\b`);
  const pgScan = new RegExp(`Seq Scan on ${table}\\b`);
  return plan.filter((line) => sqliteScan.test(line) || pgScan.test(line));
}

/**
 * Steps that reach customers other than one by one through the primary key. An index range is not
 * enough: `SEARCH customers USING INDEX customers_archived_name_idx (archived=?)` walks every active
 * customer, although SQLite calls it a search.
 */
export function customersNotByKey(plan: string[]): string[] {
  return plan.filter((line) => {
    if (/^(SCAN|SEARCH) customers\b/.test(line)) return !/USING INTEGER PRIMARY KEY \(rowid=\?\)$/.test(line);
    if (/Seq Scan on customers\b/.test(line)) return true;
    const index = /Scan (?:using|on) (customers_\w+)/.exec(line);
    return index !== null && index[1] !== 'customers_pkey';
  });
}
