import {
  messageValues,
  parseMessageToken,
  variantKey,
  type MessageFormats,
  type MessageParams,
  type MessageRef,
} from '@plainstaff/contracts/message-text';
import { formatBasisPoints, formatDate, formatHours, formatMoney, formatNumber, formatTime } from './format';
import { i18n } from './i18n';

// The server's messages come as code + params (packages/contracts/src/messages.ts); this renders them
// from locales/<lng>/messages.json in the UI language. The German `message` beside them is never shown.

const formats: MessageFormats = {
  number: formatNumber,
  money: formatMoney,
  hours: formatHours,
  date: formatDate,
  time: (iso) => formatTime(new Date(iso)),
  percent: (bp) =>
    i18n.language?.startsWith('en') ? `${formatBasisPoints(bp)}%` : `${formatBasisPoints(bp)} %`,
  plural: (count) => new Intl.PluralRules(i18n.language).select(count),
};

/** The i18next key of a message: its code, plus the variant its context and count pick. */
function keyOf(code: string, params: MessageParams): string {
  const entry = i18n.getResource(i18n.language, 'messages', code) ?? i18n.getResource('de', 'messages', code);
  if (typeof entry !== 'object' || entry === null) return code;
  const variant = variantKey((k) => k in entry, params, formats.plural);
  return variant ? `${code}.${variant}` : code;
}

/** A coded message in the UI language; an unknown code falls back to the server's German `message`. */
export function renderMessage(message: MessageRef & { message?: string }): string {
  const { code } = message;
  const params = message.params ?? {};
  const key = keyOf(code, params);
  if (!i18n.exists(`messages:${key}`)) return message.message ?? code;
  // Every value arrives formatted (a string, `count` too), so i18next only fills the {{placeholders}}.
  const values = messageValues(params, formats, (ref) => renderMessage(ref));
  return i18n.t(`messages:${key}`, values);
}

/**
 * A form field's message: a contract's token (`FIELD_TOO_LONG {"maximum":200}`) rendered in the UI
 * language; any other text (zod's own, already localized) as it is.
 */
export function renderFieldMessage(text: string | undefined): string | undefined {
  if (!text) return text;
  const token = parseMessageToken(text);
  return token && i18n.exists(`messages:${token.code}`) ? renderMessage(token) : text;
}
