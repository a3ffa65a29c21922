import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';

// Durations are whole minutes between 1 minute and 24 hours. Accepted spellings (case-insensitive,
// blanks between number and unit optional):
//   decimal hours  "1,5" "1.5" "1,25" ",5" "2h" "1,5 h" "1,5 Std."   — at most two decimals
//   hours:minutes  "1:30" "0:45" "24:00"                               — minutes 00–59
//   minutes        "90m" "45 min" "45 Minuten"
//   both           "1h 30m" "1h30" "1 Std. 30 Min."                   — minutes 0–59
// Decimal hours with two places are a hundredth of an hour (0,6 min) apart, so they are rounded to the
// nearest whole minute ("1,33" → 80). The result can never tie (hundredths × 3/5 has remainder
// 0, 1/5, … 4/5), so the rounding is unambiguous. A third decimal ("1,555") is rejected instead of being
// rounded silently: it signals a typo or a unit mix-up.

export const MIN_DURATION_MINUTES = 1;
export const MAX_DURATION_MINUTES = 24 * 60;

const HOURS = String.raw`(?:h|std\.?|stunden?)`;
const MINUTES = String.raw`(?:m|min\.?|minuten?)`;
const DECIMAL_HOURS = new RegExp(String.raw`^(\d*)(?:[.,](\d+))?\s*${HOURS}?$`, 'i');
const CLOCK = /^(\d+):(\d{2})$/;
const ONLY_MINUTES = new RegExp(String.raw`^(\d+)\s*${MINUTES}$`, 'i');
const HOURS_AND_MINUTES = new RegExp(String.raw`^(\d+)\s*${HOURS}\s*(\d+)\s*${MINUTES}?$`, 'i');

export type DurationParseResult = { ok: true; minutes: number } | { ok: false; reason: 'format' | 'range' };

function minutesOf(text: string): number | 'format' {
  const clock = CLOCK.exec(text) ?? HOURS_AND_MINUTES.exec(text);
  if (clock) {
    const minutes = Number(clock[2]);
    return minutes < 60 ? Number(clock[1]) * 60 + minutes : 'format';
  }
  const onlyMinutes = ONLY_MINUTES.exec(text);
  if (onlyMinutes) return Number(onlyMinutes[1]);
  const decimal = DECIMAL_HOURS.exec(text);
  const whole = decimal?.[1] ?? '';
  const fraction = decimal?.[2];
  if (!decimal || (whole === '' && fraction === undefined) || (fraction?.length ?? 0) > 2) return 'format';
  const hundredths = Number(whole || '0') * 100 + Number((fraction ?? '').padEnd(2, '0'));
  return Math.round((hundredths * 3) / 5);
}

/** Tells a typo ("abc", "1,555") from a value outside 1 min – 24 h ("0", "-1", "24:01"), for messages. */
export function parseDurationDetailed(input: string): DurationParseResult {
  const text = input.trim();
  if (/^-\s*\d/.test(text)) return { ok: false, reason: 'range' };
  const minutes = minutesOf(text);
  if (minutes === 'format') return { ok: false, reason: 'format' };
  if (!(minutes >= MIN_DURATION_MINUTES && minutes <= MAX_DURATION_MINUTES))
    return { ok: false, reason: 'range' };
  return { ok: true, minutes };
}

/** `"1:30"` → 90; null for anything not a duration between 1 minute and 24 hours. */
export function parseDuration(input: string): number | null {
  const result = parseDurationDetailed(input);
  return result.ok ? result.minutes : null;
}

export const DURATION_FORMAT_MESSAGE = messageToken('FIELD_DURATION_FORMAT');
export const DURATION_RANGE_MESSAGE = messageToken('FIELD_DURATION_RANGE');

/** Form text → whole minutes; the same schema validates the form and the server request. */
export const DurationInputSchema = z.string().transform((value, ctx) => {
  const result = parseDurationDetailed(value);
  if (!result.ok) {
    const message = result.reason === 'format' ? DURATION_FORMAT_MESSAGE : DURATION_RANGE_MESSAGE;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return result.minutes;
});

export { formatMinutesAsHours, minutesToCentiHours } from './numbers';
