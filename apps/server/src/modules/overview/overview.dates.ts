import type { AgingBucketKey } from '@plainstaff/contracts/overview';
import { AGING_BUCKETS } from '@plainstaff/contracts/overview';

const DAY_MS = 86_400_000;

/** Today's date where the company is (Europe/Berlin), as ISO text. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM` of the 12 months ending with today's month, oldest first. */
export function last12Months(today: string): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export interface AgingRange {
  bucket: AgingBucketKey;
  /** First and last booking date of the bucket; null = open-ended. */
  from: string | null;
  to: string | null;
}

/**
 * Age = today − booking date in days: 0–30, 31–60, 61–90, > 90. A booking dated after today is 0 days
 * old, so the youngest bucket has no upper bound.
 */
export function agingRanges(today: string): AgingRange[] {
  const edge = (days: number) => addDays(today, -days);
  return [
    { bucket: AGING_BUCKETS[0], from: edge(30), to: null },
    { bucket: AGING_BUCKETS[1], from: edge(60), to: edge(31) },
    { bucket: AGING_BUCKETS[2], from: edge(90), to: edge(61) },
    { bucket: AGING_BUCKETS[3], from: null, to: edge(91) },
  ];
}
