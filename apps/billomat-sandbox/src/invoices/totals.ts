import { ZERO, div, fmt, mul, parseDec, pct, round } from '../wire/decimal';
import type { Dec } from '../wire/decimal';
import type { Rec } from '../state/types';

export interface Reduction {
  value: Dec;
  percent: boolean;
}

/** billomat's `reduction`: "10" is an absolute amount, "10%" a percentage. */
export function parseReduction(raw: string | undefined): Reduction | null {
  const s = (raw ?? '').trim();
  if (s === '') return null;
  const value = parseDec(s.replace(/%$/, ''));
  return value === null ? null : { value, percent: s.endsWith('%') };
}

function reduce(amount: Dec, r: Reduction | null): Dec {
  if (!r) return amount;
  return amount - (r.percent ? pct(amount, r.value) : r.value);
}

const grossOf = (net: Dec, rate: Dec) => net + pct(net, rate);
const netOf = (gross: Dec, rate: Dec) => div(gross * 100n, 100n * 10n ** 12n + rate);

export interface ItemTotals {
  netUnreduced: Dec;
  net: Dec;
  grossUnreduced: Dec;
  gross: Dec;
}

/** Reference example: 5.2 × 10 with reduction 10 → net 42, gross 49.98 (19 %). */
export function itemTotals(item: Rec, netGross: string): ItemTotals {
  const base = mul(parseDec(item.quantity) ?? ZERO, parseDec(item.unit_price) ?? ZERO);
  const rate = parseDec(item.tax_rate) ?? ZERO;
  const reduced = reduce(base, parseReduction(item.reduction));
  if (netGross === 'GROSS') {
    return {
      grossUnreduced: base,
      gross: reduced,
      netUnreduced: netOf(base, rate),
      net: netOf(reduced, rate),
    };
  }
  return {
    netUnreduced: base,
    net: reduced,
    grossUnreduced: grossOf(base, rate),
    gross: grossOf(reduced, rate),
  };
}

export function itemTotalFields(t: ItemTotals): Rec {
  return {
    total_net_unreduced: fmt(round(t.netUnreduced, 2)),
    total_net: fmt(round(t.net, 2)),
    total_gross_unreduced: fmt(round(t.grossUnreduced, 2)),
    total_gross: fmt(round(t.gross, 2)),
  };
}
