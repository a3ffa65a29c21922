import { minutesToCentiHours } from '../duration';
import { formatBasisPointsDe, formatCentsDe, formatHundredthsDe, formatIntegerDe } from '../money';
import {
  interpolate,
  messageValues,
  variantKey,
  type CodedMessage,
  type MessageEntry,
  type MessageFormats,
  type MessageParams,
  type MessageRef,
} from '../messages';
import { billingRunMessagesDe } from './billing-runs.de';
import { billomatMessagesDe } from './billomat.de';
import { bookingMessagesDe } from './bookings.de';
import { commonMessagesDe } from './common.de';
import { errorMessagesDe } from './errors.de';
import { exportMessagesDe } from './exports.de';
import { fieldMessagesDe } from './fields.de';

/**
 * Every code the server can send, with its German text: the server's fallback for logs and API
 * clients. The SPA's locales/de/messages.json holds the same entries (a test keeps them equal) and
 * locales/en/messages.json the English ones (a test checks that none is missing).
 */
export const germanMessages = {
  ...errorMessagesDe,
  ...billomatMessagesDe,
  ...fieldMessagesDe,
  ...bookingMessagesDe,
  ...exportMessagesDe,
  ...billingRunMessagesDe,
  ...commonMessagesDe,
} as const satisfies Record<string, MessageEntry>;

export type MessageCode = keyof typeof germanMessages;

export const isMessageCode = (code: string): code is MessageCode =>
  Object.prototype.hasOwnProperty.call(germanMessages, code);

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** German as the product writes it (PRODUCT §7): 1.234,50 €, 7,50 Std., 30.06.2026. */
export const germanFormats: MessageFormats = {
  number: (n) => (Number.isInteger(n) ? formatIntegerDe(n) : String(n).replace('.', ',')),
  money: (cents, currency) => formatCentsDe(cents, currency),
  hours: (minutes) => `${formatHundredthsDe(minutesToCentiHours(minutes))} Std.`,
  date: (iso) => iso.slice(0, 10).split('-').reverse().join('.'),
  time: (iso) => berlinTime.format(new Date(iso)),
  percent: (bp) => `${formatBasisPointsDe(bp)} %`,
  plural: (n) => (n === 1 ? 'one' : 'other'),
};

function template(code: string, params: MessageParams): string {
  const entry: MessageEntry | undefined = isMessageCode(code) ? germanMessages[code] : undefined;
  if (entry === undefined) return code;
  if (typeof entry === 'string') return entry;
  const key = variantKey((k) => k in entry, params, germanFormats.plural);
  return key ? (entry[key] ?? code) : code;
}

/** The German text of a message. */
export function germanText(code: string, params: MessageParams = {}): string {
  const render = (ref: MessageRef): string => germanText(ref.code, ref.params);
  return interpolate(template(code, params), messageValues(params, germanFormats, render));
}

/** A message in the wire shape, with its German text. */
export function coded(code: MessageCode, params: MessageParams = {}): CodedMessage {
  return { code, params, message: germanText(code, params) };
}
