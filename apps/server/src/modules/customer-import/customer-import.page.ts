import type { Insertable, Transaction } from 'kysely';
import type { Client } from '@plainstaff/billomat';
import type { Database } from '../../db/database';
import { nameTerm } from '../customers/customers.search';
import type { CustomersTable } from '../customers/customers.tables';
import { changedFields, mirroredFields, normalName, normalNumber } from './customer-import.mapper';
import {
  importCustomersRepository,
  type ManualRow,
  type RelinkCandidate,
} from './customer-import.repository';

export interface PageCounts {
  created: number;
  updated: number;
  unchanged: number;
  linked: number;
  archived: number;
  /** Held back: another account's customer has the client number; relinked only when confirmed. */
  relinkable: number;
}

export interface PageTarget {
  /** The billomat account imported from: every link written belongs to it. */
  account: string;
  /** The run the held-back relink candidates are recorded for. */
  runId: number;
}

/**
 * Link rule: an unlinked manual customer becomes this billomat client when its name is the same
 * (normalised: case, spacing, punctuation ignored). Several such customers: the one whose number
 * equals the client number; still ambiguous, or a number alone matching: no link (a new customer).
 */
function linker(manual: ManualRow[]) {
  const byName = new Map<string, ManualRow[]>();
  for (const m of manual) {
    const key = normalName(m.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  return (name: string, clientNumber: string): ManualRow | null => {
    const key = normalName(name);
    const same = byName.get(key) ?? [];
    const wanted = normalNumber(clientNumber);
    const byNumber = same.filter((m) => wanted !== '' && normalNumber(m.number) === wanted);
    const pick = same.length === 1 ? same[0] : byNumber.length === 1 ? byNumber[0] : undefined;
    if (!pick) return null;
    byName.set(
      key,
      same.filter((m) => m !== pick),
    );
    return pick;
  };
}

/**
 * A client new to this account whose client number belongs to exactly one customer of another
 * account: that customer is probably the same company, but only the user may say so (issue 19).
 */
async function otherAccountMatches(repo: ReturnType<typeof importCustomersRepository>, clients: Client[]) {
  const rows = await repo.otherAccountsByNumber(clients.map((c) => mirroredFields(c).number));
  const byNumber = new Map<string, number[]>();
  for (const r of rows) {
    const key = r.billomat_client_number ?? '';
    byNumber.set(key, [...(byNumber.get(key) ?? []), r.id]);
  }
  const taken = new Set<number>();
  return (number: string): number | null => {
    const ids = byNumber.get(number) ?? [];
    if (ids.length !== 1 || taken.has(ids[0]!)) return null;
    taken.add(ids[0]!);
    return ids[0]!;
  };
}

/**
 * Upserts one page of clients by (account, billomat client id); an unchanged client causes no write at
 * all. Another account's customers are never touched: a matching client number only holds the client
 * back as a relink candidate.
 */
export async function importPage(
  trx: Transaction<Database>,
  clients: Client[],
  now: string,
  target: PageTarget,
): Promise<PageCounts> {
  const repo = importCustomersRepository(trx, target.account);
  const counts: PageCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    linked: 0,
    archived: 0,
    relinkable: 0,
  };
  const existing = new Map(
    (await repo.byClientIds(clients.map((c) => c.id))).map((r) => [Number(r.billomat_client_id), r]),
  );
  let link: ReturnType<typeof linker> | null = null;
  const fresh = clients.filter((c) => !existing.has(c.id));
  const otherAccount = fresh.length > 0 ? await otherAccountMatches(repo, fresh) : () => null;
  const candidates: RelinkCandidate[] = [];
  const inserts: Insertable<CustomersTable>[] = [];

  for (const client of clients) {
    const next = mirroredFields(client);
    if (next.archived) counts.archived++;
    const row = existing.get(client.id);
    if (row) {
      const patch = changedFields(row, next);
      if (Object.keys(patch).length === 0) counts.unchanged++;
      else {
        await repo.update(row.id, { ...patch, updated_at: now });
        counts.updated++;
      }
      continue;
    }
    const sameNumber = otherAccount(next.number);
    if (sameNumber !== null) {
      candidates.push({ customerId: sameNumber, clientId: client.id, fields: next });
      continue;
    }
    link ??= linker(
      await repo.unlinkedManualWithTerms(fresh.flatMap((c) => nameTerm(mirroredFields(c).name) ?? [])),
    );
    const manual = link(next.name, next.number);
    if (manual) {
      await repo.update(manual.id, {
        ...next,
        source: 'billomat',
        billomat_client_id: client.id,
        billomat_account: target.account,
        updated_at: now,
      });
      counts.linked++;
      continue;
    }
    inserts.push({
      ...next,
      source: 'billomat',
      billomat_client_id: client.id,
      created_at: now,
      updated_at: now,
    });
  }
  await repo.holdCandidates(target.runId, candidates);
  counts.relinkable = candidates.length;
  counts.created = await repo.insertMany(inserts);
  // A row another writer inserted in the meantime is not ours to count as new.
  counts.unchanged += inserts.length - counts.created;
  return counts;
}
