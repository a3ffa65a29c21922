import { ZERO, div, fmt, mul, parseDec, pct, round } from '../wire/decimal';
import type { Dec } from '../wire/decimal';
import type { Rec } from '../state/types';
import { itemTotals, parseReduction } from './totals';

interface TaxGroup {
  name: string;
  rate: Dec;
  base: Dec;
}

const SCALE = 10n ** 12n;

/**
 * billomat's rule: every item's total is rounded to the cent first (what the item shows); taxes are
 * computed per (name, rate) on the sum of those rounded totals and then rounded — billomat's worked
 * example: 1427.5 net × 19 % = 271.225 → 271.23, gross 1698.73. Three items of 0.33 × 95.50 are
 * 3 × 31.52 = 94.56, not round(3 × 31.515) = 94.55.
 */
export function invoiceTotals(
  invoice: Rec,
  items: Rec[],
  rounding: 'per-item' | 'per-invoice' = 'per-item',
): { fields: Rec; taxes: Rec[] } {
  const gross = invoice.net_gross === 'GROSS';
  const groups = new Map<string, TaxGroup>();
  for (const item of items) {
    const t = itemTotals(item, invoice.net_gross ?? 'NET');
    const rate = parseDec(item.tax_rate) ?? ZERO;
    const key = `${item.tax_name ?? ''}|${rate}`;
    const g = groups.get(key) ?? { name: item.tax_name ?? '', rate, base: ZERO };
    const amount = gross ? t.gross : t.net;
    g.base += rounding === 'per-item' ? round(amount, 2) : amount;
    groups.set(key, g);
  }
  const unreduced = [...groups.values()].reduce((s, g) => s + g.base, ZERO);
  const reduction = parseReduction(invoice.reduction);
  const totalReduction = !reduction
    ? ZERO
    : reduction.percent
      ? pct(unreduced, reduction.value)
      : reduction.value;
  const factor = unreduced === ZERO ? SCALE : div(unreduced - totalReduction, unreduced);
  let net = ZERO;
  let grossSum = ZERO;
  let netUnreduced = ZERO;
  let grossUnreduced = ZERO;
  const taxes: Rec[] = [];
  for (const g of groups.values()) {
    const split = (base: Dec) => {
      const tax = gross ? div(mul(base, g.rate), 100n * SCALE + g.rate) : pct(base, g.rate);
      return gross ? { n: base - tax, tax, gr: base } : { n: base, tax, gr: base + tax };
    };
    const u = split(g.base);
    netUnreduced += round(u.n, 2);
    grossUnreduced += round(u.n, 2) + round(u.tax, 2);
    const r = split(mul(g.base, factor));
    net += round(r.n, 2);
    grossSum += round(r.n, 2) + round(r.tax, 2);
    taxes.push(taxRec(g, r.n, r.tax, r.gr));
  }
  const fields: Rec = {
    total_net: fmt(net),
    total_gross: fmt(grossSum),
    total_reduction: fmt(round(totalReduction, 2)),
    total_net_unreduced: fmt(netUnreduced),
    total_gross_unreduced: fmt(grossUnreduced),
  };
  return { fields, taxes };
}

function taxRec(g: TaxGroup, n: Dec, tax: Dec, gr: Dec): Rec {
  const plain = (d: Dec) => fmt(d, 6);
  const r2 = (d: Dec) => fmt(round(d, 2));
  return {
    name: g.name,
    rate: fmt(g.rate),
    amount: r2(tax),
    amount_plain: plain(tax),
    amount_rounded: r2(tax),
    amount_net: r2(n),
    amount_net_plain: plain(n),
    amount_net_rounded: r2(n),
    amount_gross: r2(gr),
    amount_gross_plain: plain(gr),
    amount_gross_rounded: r2(gr),
  };
}
