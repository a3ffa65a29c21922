import { describe, expect, it } from 'vitest';
import { invoiceTotals } from './invoice-totals';
import { itemTotalFields, itemTotals } from './totals';

const item = (quantity: string, unit_price: string, extra: Record<string, string> = {}) => ({
  quantity,
  unit_price,
  tax_name: 'MwSt',
  tax_rate: '19',
  ...extra,
});

describe('billomat totals (worked examples of the reference)', () => {
  it('12.5 × 95 + 3 × 80 = 1427.50 net, 19 % → 271.23 VAT, 1698.73 gross', () => {
    const { fields, taxes } = invoiceTotals({ net_gross: 'NET' }, [item('12.5', '95.00'), item('3', '80')]);
    expect(fields).toMatchObject({
      total_net: '1427.5',
      total_gross: '1698.73',
      total_net_unreduced: '1427.5',
    });
    expect(taxes).toEqual([
      {
        name: 'MwSt',
        rate: '19',
        amount: '271.23',
        amount_plain: '271.225',
        amount_rounded: '271.23',
        amount_net: '1427.5',
        amount_net_plain: '1427.5',
        amount_net_rounded: '1427.5',
        amount_gross: '1698.73',
        amount_gross_plain: '1698.725',
        amount_gross_rounded: '1698.73',
      },
    ]);
  });

  it('item 5.2 × 10 with reduction 10 → 52 unreduced, 42 net, 61.88 / 49.98 gross', () => {
    const t = itemTotalFields(itemTotals(item('5.2', '10.0', { reduction: '10', tax_rate: '19.0' }), 'NET'));
    expect(t).toEqual({
      total_net_unreduced: '52',
      total_net: '42',
      total_gross_unreduced: '61.88',
      total_gross: '49.98',
    });
  });

  it('captured sample: 1 × 12 at 19 % → 12 / 14.28 with tax 2.28', () => {
    const { fields, taxes } = invoiceTotals({ net_gross: 'NET' }, [item('1', '12', { tax_name: 'Ust' })]);
    expect(fields).toMatchObject({ total_net: '12', total_gross: '14.28' });
    expect(taxes[0]).toMatchObject({ name: 'Ust', amount: '2.28' });
  });

  it('groups taxes per rate, applies a percentage invoice reduction, handles GROSS prices', () => {
    const two = invoiceTotals({ net_gross: 'NET', reduction: '10%' }, [
      item('1', '100'),
      item('2', '50', { tax_rate: '7' }),
    ]);
    expect(two.taxes.map((t) => [t.rate, t.amount_net, t.amount])).toEqual([
      ['19', '90', '17.1'],
      ['7', '90', '6.3'],
    ]);
    expect(two.fields).toMatchObject({ total_net: '180', total_gross: '203.4', total_reduction: '20' });
    const gross = invoiceTotals({ net_gross: 'GROSS' }, [item('1', '119')]);
    expect(gross.fields).toMatchObject({ total_net: '100', total_gross: '119' });
  });

  it('sums the rounded item totals: 3 × 0.33 × 95.50 = 3 × 31.52 = 94.56 (not 94.545 → 94.55)', () => {
    const lines = [item('0.33', '95.5'), item('0.33', '95.5'), item('0.33', '95.5')];
    const { fields, taxes } = invoiceTotals({ net_gross: 'NET' }, lines);
    expect(fields).toMatchObject({ total_net: '94.56', total_gross: '112.53' });
    expect(taxes[0]).toMatchObject({ amount_net: '94.56', amount_plain: '17.9664', amount: '17.97' });
  });

  it('an invoice without items has no taxes', () => {
    expect(invoiceTotals({}, [])).toEqual({
      fields: expect.objectContaining({ total_net: '0', total_gross: '0' }),
      taxes: [],
    });
  });
});
