import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { demoCustomers } from './demo-core-data';

/** What the customer import knows of a billomat client (the fields the link needs). */
export interface ImportedClient {
  id: number;
  number: string;
  name: string;
}

/**
 * Hook for the customer import (issue 4): the demo customers are created as manual records with the
 * names and numbers of the sandbox's first clients. When the import brings in those clients it calls
 * this first, so each demo customer BECOMES the imported customer (keeping its projects and bookings)
 * instead of appearing twice. Returns the billomat client ids it linked.
 */
export async function linkDemoCustomers(db: Kysely<Database>, clients: ImportedClient[]): Promise<number[]> {
  const linked: number[] = [];
  for (const demo of demoCustomers) {
    const client = clients.find((c) => c.name === demo.name && c.number === demo.number);
    if (!client) continue;
    const result = await db
      .updateTable('customers')
      .set({ source: 'billomat', billomat_client_id: client.id, billomat_client_number: client.number })
      .where('source', '=', 'manual')
      .where('name', '=', demo.name)
      .where('number', '=', demo.number)
      .where('billomat_client_id', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) linked.push(client.id);
  }
  return linked;
}
