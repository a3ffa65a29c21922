import type { MoneyFigures, OverviewFigures } from '@plainstaff/contracts/overview';
import type { StateSums } from './overview.repository';

// Sums for the Übersicht that never mix currencies: money is kept per currency code.

/** A project's figures: one currency, so the money is flat. */
export interface FlatFigures extends Omit<MoneyFigures, 'currency'> {
  bookedMinutes: number;
  billedMinutes: number;
  unbilledMinutes: number;
  /** Billed amount of billed bookings under the billing rule (an employee's "Abgerechnet"). */
  billedRuleCents: number;
}

export const zeroFlat = (): FlatFigures => ({
  bookedMinutes: 0,
  billedMinutes: 0,
  unbilledMinutes: 0,
  billableCents: 0,
  invoicedCents: 0,
  unbilledCents: 0,
  billedRuleCents: 0,
});

/** Adds one state × billable sum: billed = state billed; unbilled = billable and not (yet) billed. */
export function addSums(f: FlatFigures, r: StateSums): void {
  f.bookedMinutes += r.minutes;
  if (r.billable === 1) f.billableCents += r.cents;
  if (r.billing_state === 'billed') {
    f.billedMinutes += r.minutes;
    f.billedRuleCents += r.cents;
  } else if (r.billable === 1) {
    f.unbilledMinutes += r.minutes;
    f.unbilledCents += r.cents;
  }
}

type Minutes = Pick<OverviewFigures, 'bookedMinutes' | 'billedMinutes' | 'unbilledMinutes'>;

/** Figures across projects (a customer, all of them): minutes add up, money per currency. */
export class MixedFigures {
  private minutes: Minutes = { bookedMinutes: 0, billedMinutes: 0, unbilledMinutes: 0 };
  private byCurrency = new Map<string, MoneyFigures>();

  add(currency: string, f: Omit<MoneyFigures, 'currency'> & Minutes): void {
    this.minutes.bookedMinutes += f.bookedMinutes;
    this.minutes.billedMinutes += f.billedMinutes;
    this.minutes.unbilledMinutes += f.unbilledMinutes;
    const m = this.byCurrency.get(currency) ?? {
      currency,
      billableCents: 0,
      invoicedCents: 0,
      unbilledCents: 0,
    };
    m.billableCents += f.billableCents;
    m.invoicedCents += f.invoicedCents;
    m.unbilledCents += f.unbilledCents;
    this.byCurrency.set(currency, m);
  }

  figures(): OverviewFigures {
    const money = [...this.byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
    return { ...this.minutes, money };
  }
}
