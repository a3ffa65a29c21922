import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';

const accounts = [{ billomatId: 'acme', apiKey: KEY, clientCount: 2 }];
const body = (extra: Record<string, unknown> = {}) => ({
  invoice: {
    client_id: '3527529',
    customfield: 'ref-42',
    ...extra,
    'invoice-items': { 'invoice-item': [{ title: 'A', quantity: '1', unit_price: '100', tax_rate: '19' }] },
  },
});

describe('invoice lifecycle', () => {
  it('DRAFT → complete (200, empty) → OPEN with final number; re-complete and delete are 400', () =>
    withSandbox({ accounts }, async (sb) => {
      const a = (await call(sb, '/acme/api/invoices', { method: 'POST', body: body() })).json.invoice;
      const b = (await call(sb, '/acme/api/invoices', { method: 'POST', body: body() })).json.invoice;
      expect([a.invoice_number, b.invoice_number, a.number]).toEqual(['RE1', 'RE1', '']);
      const done = await call(sb, `/acme/api/invoices/${b.id}/complete`, {
        method: 'PUT',
        body: { complete: { template_id: 670286 } },
      });
      expect([done.status, done.text]).toEqual([200, '']);
      const got = (await call(sb, `/acme/api/invoices/${b.id}`)).json.invoice;
      expect(got).toMatchObject({
        status: 'OPEN',
        number: '1',
        invoice_number: 'RE1',
        template_id: '670286',
      });
      expect(got.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((await call(sb, `/acme/api/invoices/${a.id}`)).json.invoice.invoice_number).toBe('RE2');
      const again = await call(sb, `/acme/api/invoices/${b.id}/complete`, { method: 'PUT' });
      expect(again.status).toBe(400);
      expect(again.json.errors.error).toMatch(/not a draft/);
      expect((await call(sb, `/acme/api/invoices/${b.id}`, { method: 'DELETE' })).status).toBe(400);
      expect((await call(sb, `/acme/api/invoices/${a.id}`, { method: 'DELETE' })).status).toBe(200);
      expect(
        (await call(sb, `/acme/api/invoice-items?invoice_id=${a.id}`)).json['invoice-items']['@total'],
      ).toBe('0');
    }));

  it('PDF after completion: JSON base64 and raw with format=pdf', () =>
    withSandbox({ accounts }, async (sb) => {
      const inv = (await call(sb, '/acme/api/invoices', { method: 'POST', body: body() })).json.invoice;
      expect((await call(sb, `/acme/api/invoices/${inv.id}/pdf`)).status).toBe(404);
      await call(sb, `/acme/api/invoices/${inv.id}/complete`, { method: 'PUT', body: { complete: {} } });
      const pdf = (await call(sb, `/acme/api/invoices/${inv.id}/pdf`)).json.pdf;
      expect(pdf).toMatchObject({ mimetype: 'application/pdf', filename: 'Rechnung_RE1.pdf' });
      const bytes = Buffer.from(pdf.base64file, 'base64');
      expect(String(bytes.length)).toBe(pdf.filesize);
      const raw = await fetch(`${sb.url}/acme/api/invoices/${inv.id}/pdf?format=pdf`, {
        headers: { 'X-BillomatApiKey': KEY },
      });
      expect(raw.headers.get('content-type')).toBe('application/pdf');
      const rawBytes = Buffer.from(await raw.arrayBuffer());
      expect(rawBytes.equals(bytes)).toBe(true);
      const text = bytes.toString('latin1');
      const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
      expect(text.slice(startxref, startxref + 4)).toBe('xref');
    }));

  it('customfield: echoed and searchable; not echoed when the account says so; PUT sets it', () =>
    withSandbox(
      {
        accounts: [
          ...accounts,
          { billomatId: 'quiet', apiKey: KEY, clientCount: 1, echoCustomfieldOnCreate: false },
        ],
      },
      async (sb) => {
        const inv = (await call(sb, '/acme/api/invoices', { method: 'POST', body: body() })).json.invoice;
        expect(inv.customfield).toBe('ref-42');
        const found = (await call(sb, '/acme/api/invoices?customfield=REF-4&status=OPEN,DRAFT')).json
          .invoices;
        expect(found.invoice.id).toBe(inv.id);
        const quiet = (await call(sb, '/quiet/api/invoices', { method: 'POST', body: body() })).json.invoice;
        expect(quiet.customfield).toBe('');
        const put = await call(sb, `/quiet/api/invoices/${quiet.id}/customfield`, {
          method: 'PUT',
          body: { invoice: { customfield: 'ref-42' } },
        });
        expect(put.json).toEqual({ invoice: { id: quiet.id, customfield: 'ref-42' } });
        expect((await call(sb, `/quiet/api/invoices/${quiet.id}/customfield`)).json.invoice.customfield).toBe(
          'ref-42',
        );
      },
    ));

  it('cancel, payments → PAID, and 400s for a missing client or root element', () =>
    withSandbox({ accounts }, async (sb) => {
      const inv = (await call(sb, '/acme/api/invoices', { method: 'POST', body: body() })).json.invoice;
      expect(
        (
          await call(sb, '/acme/api/invoice-payments', {
            method: 'POST',
            body: { 'invoice-payment': { invoice_id: inv.id, amount: 1 } },
          })
        ).status,
      ).toBe(400);
      await call(sb, `/acme/api/invoices/${inv.id}/complete`, { method: 'PUT', body: { complete: {} } });
      const pay = await call(sb, '/acme/api/invoice-payments', {
        method: 'POST',
        body: { 'invoice-payment': { invoice_id: inv.id, amount: '119' } },
      });
      expect(pay.status).toBe(201);
      expect((await call(sb, `/acme/api/invoices/${inv.id}`)).json.invoice).toMatchObject({
        status: 'PAID',
        open_amount: '0',
        paid_amount: '119',
      });
      expect((await call(sb, `/acme/api/invoices/${inv.id}/cancel`, { method: 'PUT' })).status).toBe(200);
      expect((await call(sb, `/acme/api/invoices/${inv.id}`)).json.invoice.status).toBe('CANCELED');
      expect(
        (await call(sb, '/acme/api/invoices', { method: 'POST', body: body({ client_id: 1 }) })).status,
      ).toBe(400);
      expect((await call(sb, '/acme/api/invoices', { method: 'POST', body: { client_id: 1 } })).status).toBe(
        400,
      );
      expect((await call(sb, '/acme/api/invoice-items')).status).toBe(400);
    }));
});
