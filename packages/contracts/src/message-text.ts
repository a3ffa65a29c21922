import type { MessageCode } from './messages/catalog';

// The zod-free half of messages.ts: the types, the typed values, and how a message becomes text. The
// SPA's first load renders messages with these; messages.ts adds the schemas and re-exports all of it.

/** A reference to another message, e.g. billomat's failure inside "the invoice was not created". */
export interface MessageRef {
  code: string;
  params: MessageParams;
}

/** A value a message shows; typed values are formatted in the reader's language. */
export type MessageValue =
  | string
  | number
  | { type: 'money'; cents: number; currency: string }
  | { type: 'hours'; minutes: number }
  | { type: 'date'; iso: string }
  | { type: 'time'; iso: string }
  | { type: 'percent'; bp: number }
  | ({ type: 'message' } & MessageRef)
  /** Sentences shown one after the other. */
  | { type: 'list'; items: MessageRef[] };

/**
 * `context` picks a variant of the entry (`NOT_FOUND` → `NOT_FOUND.export`), a numeric `count` its
 * plural form (`UNPRICED_BOOKINGS.one`); everything else fills the `{{placeholders}}`.
 */
export interface MessageParams {
  context?: string;
  count?: number;
  [name: string]: MessageValue | undefined;
}

export interface CodedMessage extends MessageRef {
  /** German, for logs and API clients; the SPA renders code + params instead. */
  message: string;
}

// Typed values, so a message never carries a pre-formatted German number.
export const money = (cents: number, currency = 'EUR'): MessageValue => ({ type: 'money', cents, currency });
export const hours = (minutes: number): MessageValue => ({ type: 'hours', minutes });
export const date = (iso: string): MessageValue => ({ type: 'date', iso: iso.slice(0, 10) });
export const time = (at: Date): MessageValue => ({ type: 'time', iso: at.toISOString() });
export const percent = (bp: number): MessageValue => ({ type: 'percent', bp });
export const nested = (ref: MessageRef): MessageValue => ({
  type: 'message',
  code: ref.code,
  params: ref.params,
});
export const list = (items: MessageRef[]): MessageValue => ({
  type: 'list',
  items: items.map(({ code, params }) => ({ code, params })),
});

/** How one language writes the typed values. */
export interface MessageFormats {
  number(value: number): string;
  money(cents: number, currency: string): string;
  hours(minutes: number): string;
  date(iso: string): string;
  time(iso: string): string;
  percent(bp: number): string;
  plural(count: number): string;
}

/** An entry: one template, or variants by context (`default`, `export`, …) and plural form (`one`, `other`). */
export type MessageEntry = string | Readonly<Record<string, string>>;

/**
 * The variant of an entry that a message uses: `<context>_<plural>`, `<context>`, then the same for
 * `default` (whose plural forms are written bare: `one`, `other`). Undefined for a plain entry.
 */
export function variantKey(
  has: (variant: string) => boolean,
  params: MessageParams,
  plural: (count: number) => string,
): string | undefined {
  const form = typeof params.count === 'number' ? plural(params.count) : undefined;
  const bases = params.context ? [params.context, 'default'] : ['default'];
  for (const base of bases) {
    const prefix = base === 'default' ? '' : `${base}_`;
    const candidates = form ? [`${prefix}${form}`, `${prefix}other`] : [];
    for (const key of [...candidates, base]) if (has(key)) return key;
  }
  return undefined;
}

/** Every param as text in the reader's language; nested messages through `render`. */
export function messageValues(
  params: MessageParams,
  formats: MessageFormats,
  render: (ref: MessageRef) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || name === 'context') continue;
    out[name] = formatValue(value, formats, render);
  }
  return out;
}

function formatValue(value: MessageValue, f: MessageFormats, render: (ref: MessageRef) => string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return f.number(value);
  switch (value.type) {
    case 'money':
      return f.money(value.cents, value.currency);
    case 'hours':
      return f.hours(value.minutes);
    case 'date':
      return f.date(value.iso);
    case 'time':
      return f.time(value.iso);
    case 'percent':
      return f.percent(value.bp);
    case 'message':
      return render(value);
    case 'list':
      return value.items.map(render).join(' ');
  }
}

/** `{{name}}` → the value; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => values[name] ?? all);
}

// A zod issue can only carry a string. Contracts write their field messages as tokens, `CODE` or
// `CODE {"maximum":200}`, which the server's error handler and the SPA's form resolver turn back into
// code + params.
const TOKEN = /^([A-Z][A-Z0-9_]*[A-Z0-9])(?: (\{.*\}))?$/;

export function messageToken(code: MessageCode, params?: MessageParams): string {
  return params && Object.keys(params).length > 0 ? `${code} ${JSON.stringify(params)}` : code;
}

export function parseMessageToken(text: string): MessageRef | null {
  const match = TOKEN.exec(text);
  if (!match) return null;
  try {
    return { code: match[1]!, params: match[2] ? (JSON.parse(match[2]) as MessageParams) : {} };
  } catch {
    return null;
  }
}
