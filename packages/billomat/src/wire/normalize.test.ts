import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../schemas/client';
import { InvoiceSchema } from '../schemas/invoice';
import { normalizeList, pageAttributes } from './normalize';
import invoiceFixture from '../__fixtures__/invoices-get-response.json';
import clientFixture from '../__fixtures__/clients-get-response.json';

type Obj = Record<string, unknown>;

/** Every way billomat (or its XML-to-JSON layer) may spell a collection of `items` under `key`. */
function encodeNested(key: string, items: Obj[], variant: number): unknown {
  if (items.length === 0) return [undefined, '', null, {}, { [key]: [] }][variant % 5];
  if (items.length === 1 && variant % 2 === 0) return { [key]: items[0] };
  return { [key]: items };
}

const item = fc.record({ id: fc.integer({ min: 1, max: 1e6 }).map(String), name: fc.string() });

describe('normalizeList', () => {
  it('decodes object-for-one, missing key, "" and null wrappers to the same array', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), fc.nat(), (items, variant) => {
        expect(normalizeList(encodeNested('tax', items, variant), 'tax')).toEqual(items);
      }),
    );
  });

  it('reads @page/@per_page/@total strings next to the item key', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 1000 }), fc.nat(), (page, perPage, total) => {
        const wrapper = {
          client: [],
          '@page': String(page),
          '@per_page': String(perPage),
          '@total': String(total),
        };
        expect(pageAttributes(wrapper)).toEqual({ page, perPage, total });
      }),
    );
  });
});

const tax = fc.record({
  name: fc.constantFrom('MwSt', 'USt', 'Steuerfrei'),
  rate: fc.constantFrom('19', '7', '0', '19.0'),
  amount: fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2).replace(/\.?0+$/, '')),
  amount_plain: fc.constantFrom('2.28', '271.225'),
  amount_net: fc.constantFrom('12', '1427.5'),
  amount_gross: fc.constantFrom('14.28', '1698.73'),
});

describe('nested collections inside real records', () => {
  it('an invoice decodes to the same clean value whatever the spelling of taxes.tax', () => {
    fc.assert(
      fc.property(fc.array(tax, { maxLength: 4 }), fc.nat(), fc.nat(), (taxes, v1, v2) => {
        const a = InvoiceSchema.parse({ ...invoiceFixture.invoice, taxes: encodeNested('tax', taxes, v1) });
        const b = InvoiceSchema.parse({ ...invoiceFixture.invoice, taxes: encodeNested('tax', taxes, v2) });
        expect(a).toEqual(b);
        expect(a.taxes).toHaveLength(taxes.length);
      }),
    );
  });

  it('a client decodes to the same clean value whatever the spelling of its property values', () => {
    const prop = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }).map(String),
      client_property_id: fc.constant('16022'),
      type: fc.constant('TEXTFIELD'),
      name: fc.string(),
      value: fc.string(),
      customfield: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(prop, { maxLength: 4 }), fc.nat(), fc.nat(), (props, v1, v2) => {
        const key = 'client-property-value';
        const a = ClientSchema.parse({
          ...clientFixture.client,
          'client-property-values': encodeNested(key, props, v1),
        });
        const b = ClientSchema.parse({
          ...clientFixture.client,
          'client-property-values': encodeNested(key, props, v2),
        });
        expect(a).toEqual(b);
        expect(a.properties.map((p) => p.value)).toEqual(props.map((p) => p.value));
      }),
    );
  });

  it('numbers instead of numeric strings and unknown extra fields change nothing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).map((k) => `x_${k}`),
          fc.string(),
        ),
        (extra) => {
          const wire = invoiceFixture.invoice;
          const numeric = {
            ...wire,
            ...extra,
            id: 7104183,
            client_id: 3527529,
            total_net: 12,
            total_gross: 14.28,
          };
          expect(InvoiceSchema.parse(numeric)).toEqual(InvoiceSchema.parse(wire));
        },
      ),
    );
  });
});
