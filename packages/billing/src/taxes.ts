import { sumSafe } from './arithmetic';
import { vatCents } from './rule';
import type { InvoiceLine } from './types';

export interface TaxTotal {
  /** Basis points, 1900 = 19 %. */
  rateBp: number;
  netCents: number;
  vatCents: number;
}

/**
 * VAT as billomat computes it: line nets are summed per rate first, then the tax of each rate is
 * rounded once (half up) — not per line, which could differ by a cent per line. Sorted by rate.
 */
export function taxTotals(lines: readonly InvoiceLine[]): TaxTotal[] {
  const netsByRate = new Map<number, number[]>();
  for (const line of lines) {
    const nets = netsByRate.get(line.taxRateBasisPoints) ?? [];
    nets.push(line.totalNetCents);
    netsByRate.set(line.taxRateBasisPoints, nets);
  }
  return [...netsByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rateBp, nets]) => {
      const netCents = sumSafe(nets);
      return { rateBp, netCents, vatCents: vatCents(netCents, rateBp) };
    });
}

export interface InvoiceTotals {
  taxes: TaxTotal[];
  totalNetCents: number;
  totalVatCents: number;
  totalGrossCents: number;
}

/** Steps 4–5 of the rule: VAT per rate, net = Σ line amounts, gross = net + Σ VAT. */
export function invoiceTotals(lines: readonly InvoiceLine[]): InvoiceTotals {
  const taxes = taxTotals(lines);
  const totalNetCents = sumSafe(taxes.map((tax) => tax.netCents));
  const totalVatCents = sumSafe(taxes.map((tax) => tax.vatCents));
  return { taxes, totalNetCents, totalVatCents, totalGrossCents: sumSafe([totalNetCents, totalVatCents]) };
}
