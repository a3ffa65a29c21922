import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from 'billomat-sandbox';
import { customersService } from '../customers/customers.service';
import { demoCustomers } from '../../seed/demo-core-data';
import { DEMO_BILLOMAT } from '../../seed/demo-sandbox';
import { ORIGIN } from '../../testing/app';
import { seedDemoCustomerImport } from './demo-seed';
import { importHarness, type ImportHarness } from './testing/import';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('linking manual customers to billomat clients', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({ clientCount: 0 });
  });
  afterAll(async () => h.close());

  const manual = (name: string, number = '') =>
    customersService(h.t.app.db, async () => null).create({
      name,
      number,
      address: '',
      email: '',
      vatId: '',
    });

  it('links by normalised name, uses the number only to decide between namesakes, never links on a number alone', async () => {
    const byName = await manual('Müller & Söhne GmbH', 'M-17');
    const twinA = await manual('Zwilling KG', 'Z-1');
    const twinB = await manual('zwilling  kg', 'Z-2');
    const numberOnly = await manual('Ganz Andere GmbH', '3');
    const ambiguousA = await manual('Doppel AG');
    const ambiguousB = await manual('Doppel AG');
    // Shares the word "Müller" with the client above, not the name: found on the index, not linked.
    const sameWord = await manual('Müller Bau GmbH');
    const person = await manual('Erika Mustermann');
    const add = (fields: Record<string, unknown>) => h.sandbox.control.addClient(h.account, fields);
    const c1 = add({ name: 'MÜLLER & SÖHNE GMBH' });
    const c2 = add({ name: 'Zwilling KG', number_pre: 'Z-', number: 2 });
    const c3 = add({ name: 'Neukunde GmbH', number: 3 });
    add({ name: 'Doppel AG' });
    const c4 = add({ first_name: 'Erika', last_name: 'Mustermann' });

    const run = await h.importAll();
    expect(run.summary).toMatchObject({ linked: 3, created: 2, updated: 0, unchanged: 0 });
    const rows = await h.customers();
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(row(byName.id)).toMatchObject({
      source: 'billomat',
      billomat_client_id: Number(c1.id),
      name: 'MÜLLER & SÖHNE GMBH',
    });
    expect(row(twinB.id)).toMatchObject({ source: 'billomat', billomat_client_id: Number(c2.id) });
    expect(row(twinA.id)).toMatchObject({ source: 'manual', billomat_client_id: null });
    expect(row(sameWord.id)).toMatchObject({ source: 'manual', billomat_client_id: null });
    expect(row(person.id)).toMatchObject({ source: 'billomat', billomat_client_id: Number(c4.id) });
    expect(row(numberOnly.id)).toMatchObject({ source: 'manual', name: 'Ganz Andere GmbH' });
    expect(rows.find((r) => r.billomat_client_id === Number(c3.id))).toMatchObject({ name: 'Neukunde GmbH' });
    expect(row(ambiguousA.id).source).toBe('manual');
    expect(row(ambiguousB.id).source).toBe('manual');
    expect(rows.filter((r) => r.name === 'Doppel AG')).toHaveLength(3);
    // A linked customer is read-only from now on (changed in billomat, re-imported).
    const patch = await h.t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${byName.id}`,
      headers: { origin: ORIGIN, cookie: h.cookie },
      payload: { name: 'X', number: '', address: '', email: '', vatId: '' },
    });
    expect(patch.json()).toMatchObject({ code: 'CUSTOMER_READ_ONLY' });
  });
});

describe('demo seeding', () => {
  let sandbox: Sandbox;
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({ clientCount: 0 });
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await h.close();
    await sandbox.close();
  });

  it('makes the core demo customers billomat customers, once', async () => {
    const service = customersService(h.t.app.db, async () => null);
    const ids = [];
    for (const c of demoCustomers) ids.push((await service.create(c)).id);
    const demo = {
      url: sandbox.url,
      baseUrlTemplate: sandbox.baseUrlTemplate,
      demoAccount: DEMO_BILLOMAT,
      close: async () => undefined,
    };
    await seedDemoCustomerImport(h.t.app.db, demo, quiet);
    const rows = await h.customers();
    expect(rows).toHaveLength(40);
    for (const [i, id] of ids.entries()) {
      expect(rows.find((r) => r.id === id)).toMatchObject({
        source: 'billomat',
        name: demoCustomers[i]!.name,
        // billomat's client number (number_pre "KD" + number) replaces the manual one.
        number: `KD${demoCustomers[i]!.number.replace(/^KD/, '')}`,
      });
    }
    const requests = sandbox.requestLog.lastSeq;
    await seedDemoCustomerImport(h.t.app.db, demo, quiet);
    expect(sandbox.requestLog.lastSeq).toBe(requests);
    expect(await h.customers()).toEqual(rows);
  });
});
