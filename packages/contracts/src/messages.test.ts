import { describe, expect, it } from 'vitest';
import {
  CodedMessageSchema,
  date,
  hours,
  list,
  messageToken,
  money,
  nested,
  parseMessageToken,
  percent,
  time,
} from './messages';
import { coded, germanMessages, germanText } from './messages/catalog';

describe('German texts of coded messages', () => {
  it('formats typed values the German way', () => {
    expect(germanText('BOOKING_BEFORE_START', { date: date('2026-06-30') })).toBe(
      'Das Projekt beginnt am 30.06.2026. Bitte ein Datum ab dann wählen.',
    );
    expect(germanText('BUDGET_EXCEEDED', { context: 'leftAmount', left: money(118750) })).toBe(
      'Das Budget reicht nur noch für 1.187,50 €.',
    );
    expect(germanText('BUDGET_EXCEEDED', { context: 'leftHours', left: hours(450) })).toBe(
      'Das Budget reicht nur noch für 7,50 Std.',
    );
    expect(germanText('VAT_OVERRIDE_IN_USE', { override: percent(750), integration: percent(1900) })).toBe(
      'Das Projekt verwendet 7,5 % MwSt. statt 19 % aus der Integration.',
    );
    expect(germanText('TOO_MANY_LINES', { lines: 12345, max: 1000 })).toContain('12.345 Positionen');
    expect(
      germanText('BILLOMAT_RATE_LIMITED', { context: 'at', time: time(new Date('2026-06-30T12:15:00Z')) }),
    ).toBe('billomat-Anfragelimit erreicht. Bitte versuchen Sie es um 14:15 Uhr erneut.');
  });

  it('picks the context, then the plural form, then the default', () => {
    expect(germanText('NOT_FOUND', { context: 'export' })).toBe('Diesen Export gibt es nicht.');
    expect(germanText('NOT_FOUND', { context: 'no-such-context' })).toBe('Nicht gefunden.');
    expect(germanText('NOT_FOUND')).toBe('Nicht gefunden.');
    expect(germanText('UNPRICED_BOOKINGS', { count: 1 })).toMatch(/^1 Buchung hat/);
    expect(germanText('UNPRICED_BOOKINGS', { count: 1200 })).toMatch(/^1\.200 Buchungen haben/);
  });

  it('renders nested messages and lists', () => {
    const cause = coded('BILLOMAT_VALIDATION', { context: 'details', messages: 'client_id missing' });
    expect(germanText('EXPORT_NOT_CREATED', { context: 'because', cause: nested(cause) })).toBe(
      'billomat hat die Daten abgelehnt: client_id missing. Bitte korrigieren Sie die Angaben.',
    );
    const both = list([coded('NO_SELECTION'), coded('NOTHING_TO_INVOICE')]);
    expect(germanText('MESSAGE_LIST', { items: both })).toBe(
      'Es sind keine Buchungen ausgewählt. Keine der ausgewählten Buchungen hat einen Stundensatz. Bitte hinterlegen Sie Stundensätze.',
    );
  });

  it('keeps an unknown code or placeholder visible instead of inventing text', () => {
    expect(germanText('NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
    expect(germanText('CUSTOMER_NOT_LINKED')).toContain('„{{customer}}“');
  });

  it('round-trips the wire shape through its schema', () => {
    const message = coded('EXPORT_PENDING', {
      context: 'because',
      cause: nested(coded('BILLOMAT_UNAVAILABLE', { http: ' (HTTP 503)' })),
    });
    expect(CodedMessageSchema.parse(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it('writes every entry as a text or as variants', () => {
    for (const [code, entry] of Object.entries(germanMessages)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const text of texts) expect(text.trim(), code).not.toBe('');
    }
  });
});

describe('message tokens (zod messages)', () => {
  it('carry a code and its params through a string', () => {
    expect(parseMessageToken(messageToken('FIELD_TOO_LONG', { maximum: 200 }))).toEqual({
      code: 'FIELD_TOO_LONG',
      params: { maximum: 200 },
    });
    expect(parseMessageToken(messageToken('FIELD_DATE'))).toEqual({ code: 'FIELD_DATE', params: {} });
  });

  it('are not mistaken for ordinary text', () => {
    expect(parseMessageToken('Ungültige Eingabe: erwartet number')).toBeNull();
    expect(parseMessageToken('FIELD_TOO_LONG {broken')).toBeNull();
  });
});
