import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillomatClient } from './client';
import type { CreateInvoiceInput } from './resources/invoice-input';
import { spawnSandbox } from './testing/sandbox-process';
import type { LogEntry, SandboxProcess } from './testing/sandbox-process';
import { ACCOUNTS, FIRST_CLIENT_ID } from './testing/accounts';

let sb: SandboxProcess;
beforeAll(async () => {
  sb = await spawnSandbox([ACCOUNTS.small, ACCOUNTS.noecho, ACCOUNTS.full]);
});
afterAll(async () => {
  await sb?.close();
});

const client = (a: { billomatId: string; apiKey: string } = ACCOUNTS.small) =>
  createBillomatClient({ ...a, baseUrl: sb.baseUrlTemplate });

// The reference's worked example: 12.5 × 95 + 3 × 80 = 1427.50 net, 19 % → 271.23, 1698.73 gross.
const example: CreateInvoiceInput = {
  clientId: FIRST_CLIENT_ID,
  date: '2024-07-01',
  servicePeriod: '01.06.2024 - 30.06.2024',
  dueDays: 14,
  label: 'Projekt Alpha – Juni 2024',
  customfield: 'ps:inv:2024-06:client-1',
  items: [
    {
      title: 'Softwareentwicklung',
      unit: 'Stunde',
      quantityHundredths: 1250,
      unitPriceCents: 9500,
      taxName: 'MwSt',
      taxRateBp: 1900,
    },
    {
      title: 'Projektmanagement',
      unit: 'Stunde',
      quantityHundredths: 300,
      unitPriceCents: 8000,
      taxName: 'MwSt',
      taxRateBp: 1900,
    },
  ],
};

async function caught(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('client against the sandbox: invoices', () => {
  it('creates a draft with nested items in one request, totals to the cent', async () => {
    await sb.control('DELETE', '/log');
    const inv = await client().invoices.create(example);
    const log = await sb.control<LogEntry[]>('GET', '/log?account=small');
    expect(log.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual(['POST /api/invoices 201']);
    expect(inv).toMatchObject({
      status: 'DRAFT',
      isDraft: true,
      number: null,
      totalNetCents: 142750,
      totalGrossCents: 169873,
      dueDate: '2024-07-15',
      customfield: 'ps:inv:2024-06:client-1',
    });
    expect(inv.invoiceNumber).toMatch(/^RE\d+$/);
    expect(inv.taxes).toEqual([
      {
        name: 'MwSt',
        rate: '19',
        amountCents: 27123,
        amountPlain: '271.225',
        netCents: 142750,
        grossCents: 169873,
      },
    ]);
    const items = await client().invoices.items(inv.id);
    expect(items.map((i) => [i.title, i.quantity, i.unitPrice, i.totalNetCents])).toEqual([
      ['Softwareentwicklung', '12.5', '95', 118750],
      ['Projektmanagement', '3', '80', 24000],
    ]);
  });

  it('computes the item reduction example: 5.2 × 10 − 10 → 42.00 net, 49.98 gross', async () => {
    const inv = await client().invoices.create({
      clientId: FIRST_CLIENT_ID,
      items: [
        { title: 'Teil', quantityHundredths: 520, unitPriceCents: 1000, taxRateBp: 1900, reduction: '10' },
      ],
    });
    const [item] = await client().invoices.items(inv.id);
    expect(item).toMatchObject({
      totalNetUnreducedCents: 5200,
      totalNetCents: 4200,
      totalGrossCents: 4998,
      totalGrossUnreducedCents: 6188,
    });
    expect(inv).toMatchObject({ totalNetCents: 4200, totalGrossCents: 4998 });
  });

  it('finds invoices by customfield, status and client; sets the customfield when not echoed', async () => {
    const c = client(ACCOUNTS.noecho);
    const inv = await c.invoices.create({ ...example, customfield: 'ref-no-echo' });
    expect(inv.customfield).toBeNull();
    await c.invoices.setCustomfield(inv.id, 'ref-no-echo');
    const found = await c.invoices.listAll({
      customfield: 'ref-no-echo',
      status: ['DRAFT', 'OPEN'],
      clientId: FIRST_CLIENT_ID,
    });
    expect(found.map((i) => i.id)).toEqual([inv.id]);
    expect(await c.invoices.listAll({ customfield: 'ref-no-echo', status: 'PAID' })).toEqual([]);
  });

  it('completes (final number, OPEN), renders a real PDF, cancels; drafts only deletable', async () => {
    const c = client();
    // Without a date, completion dates the invoice today → OPEN (a past due date would be OVERDUE).
    const inv = await c.invoices.create({ ...example, date: undefined });
    const pdfBefore = await caught(c.invoices.pdf(inv.id));
    expect(pdfBefore).toMatchObject({ kind: 'not_found' });
    await c.invoices.complete(inv.id, { templateId: 670285 });
    const done = await c.invoices.get(inv.id);
    expect(done).toMatchObject({ status: 'OPEN', isDraft: false, templateId: 670285 });
    expect(done.number).toBeGreaterThan(0);
    expect(done.invoiceNumber).toBe(`RE${done.number}`);
    const pdf = await c.invoices.pdf(inv.id);
    expect(pdf.mimetype).toBe('application/pdf');
    const text = Buffer.from(pdf.bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain(`Rechnung ${done.invoiceNumber}`);
    const again = await caught(c.invoices.complete(inv.id));
    expect(again).toMatchObject({ kind: 'validation', status: 400 });
    const del = await caught(c.invoices.delete(inv.id));
    expect(del).toMatchObject({
      kind: 'validation',
      billomatMessages: ['Invoice can only be deleted in status DRAFT.'],
    });
    expect((del as { userMessage: string }).userMessage).toContain(
      'Invoice can only be deleted in status DRAFT.',
    );
    await c.invoices.cancel(inv.id);
    expect((await c.invoices.get(inv.id)).status).toBe('CANCELED');
  });

  it('deletes a draft and sees PAID set through the state API', async () => {
    const c = client();
    const draft = await c.invoices.create(example);
    await c.invoices.delete(draft.id);
    expect(await caught(c.invoices.get(draft.id))).toMatchObject({ kind: 'not_found' });
    const inv = await c.invoices.create(example);
    await c.invoices.complete(inv.id);
    await sb.control('PUT', `/accounts/small/invoices/${inv.id}/status`, { status: 'PAID' });
    expect(await c.invoices.get(inv.id)).toMatchObject({
      status: 'PAID',
      openAmountCents: 0,
      paidAmountCents: 169873,
    });
  });

  it('validation: an unknown client keeps billomat`s message; quota: 403 insufficient capacity', async () => {
    const e = await caught(client().invoices.create({ ...example, clientId: 99 }));
    expect(e).toMatchObject({
      kind: 'validation',
      status: 400,
      billomatMessages: ['client_id 99 is invalid'],
      outcomeUnknown: false,
    });
    const q = await caught(client(ACCOUNTS.full).invoices.create(example));
    expect(q).toMatchObject({ kind: 'quota', status: 403 });
    expect((q as { userMessage: string }).userMessage).toMatch(/Tarif/);
  });
});
