import dayjs from 'dayjs';

export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'custom' | 'all';
export type DateRange = [string | null, string | null];

const ISO = 'YYYY-MM-DD';

/** The from/to dates of a preset, in the browser's calendar (a month is what people invoice). */
export function presetRange(preset: PeriodPreset, custom: DateRange, today = dayjs()): DateRange {
  if (preset === 'thisMonth') return [today.startOf('month').format(ISO), today.endOf('month').format(ISO)];
  if (preset === 'lastMonth') {
    const last = today.subtract(1, 'month');
    return [last.startOf('month').format(ISO), last.endOf('month').format(ISO)];
  }
  if (preset === 'custom') return custom;
  return [null, null];
}
