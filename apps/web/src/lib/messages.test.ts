import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { messageToken, type MessageRef } from '@plainstaff/contracts/messages';
import { localized } from './form-resolver';
import { formatDate, formatHours, formatMoney } from './format';
import { i18n } from './i18n';
import { renderFieldMessage, renderMessage } from './messages';

const money = (cents: number, currency = 'EUR') => ({ type: 'money' as const, cents, currency });
const minutes = (m: number) => ({ type: 'hours' as const, minutes: m });
const inEnglish = () => i18n.changeLanguage('en');
afterEach(async () => {
  await i18n.changeLanguage('de');
});

describe('formats follow the UI language', () => {
  it('stay German in German', () => {
    expect(formatHours(165)).toBe('2,75 Std.');
    expect(formatMoney(11000)).toBe('110,00 €');
    expect(formatMoney(123456789)).toBe('1.234.567,89 €');
    expect(formatDate('2026-06-30')).toBe('30.06.2026');
  });

  it('read English in English', async () => {
    await inEnglish();
    expect(formatHours(165)).toBe('2.75 h');
    expect(formatMoney(11000)).toBe('€110.00');
    expect(formatMoney(123456789)).toBe('€1,234,567.89');
    expect(formatMoney(-33)).toBe('-€0.33');
    expect(formatMoney(5000, 'CHF')).toBe('CHF 50.00');
    expect(formatDate('2026-06-30')).toBe('30 Jun 2026');
  });
});

describe('renderMessage', () => {
  const budget: MessageRef = {
    code: 'BUDGET_EXCEEDED',
    params: { context: 'leftHours', left: minutes(150) },
  };
  const notCreated: MessageRef = {
    code: 'EXPORT_NOT_CREATED',
    params: {
      context: 'because',
      cause: {
        type: 'message',
        code: 'BILLOMAT_VALIDATION',
        params: { context: 'details', messages: 'client_id: invalid' },
      },
    },
  };

  it('renders German exactly as the server wrote it', () => {
    expect(renderMessage(budget)).toBe('Das Budget reicht nur noch für 2,50 Std.');
    expect(renderMessage(notCreated)).toBe(
      'billomat hat die Daten abgelehnt: client_id: invalid. Bitte korrigieren Sie die Angaben.',
    );
  });

  it('renders English with English formats, plurals and nested messages', async () => {
    await inEnglish();
    expect(renderMessage(budget)).toBe('The budget only covers 2.50 h more.');
    expect(renderMessage(notCreated)).toBe(
      'billomat rejected the data: client_id: invalid. Please correct the entries.',
    );
    expect(renderMessage({ code: 'BOOKINGS_NOT_OPEN', params: { count: 1 } })).toMatch(
      /^1 selected booking is/,
    );
    expect(renderMessage({ code: 'BOOKINGS_NOT_OPEN', params: { count: 1200 } })).toMatch(
      /^1,200 selected bookings are/,
    );
    expect(renderMessage({ code: 'RATE_NOTE', params: { context: 'task', rate: money(9550) } })).toBe(
      '€95.50 per hour from task',
    );
    expect(renderMessage({ code: 'NOT_FOUND', params: { context: 'export' } })).toBe(
      'This export does not exist.',
    );
  });

  it('falls back to the server German text for a code it does not know', async () => {
    await inEnglish();
    expect(renderMessage({ code: 'SOMETHING_NEW', params: {}, message: 'Etwas Neues.' })).toBe(
      'Etwas Neues.',
    );
  });
});

describe('form messages', () => {
  const Schema = z.object({
    name: z.string().max(3, { error: messageToken('FIELD_TOO_LONG', { maximum: 3 }) }),
    count: z.number(),
  });
  const resolve = (values: Record<string, unknown>) =>
    localized(zodResolver(Schema))(values as never, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });

  it('render contract tokens in the UI language, leave other text alone', async () => {
    expect(renderFieldMessage(messageToken('FIELD_TOO_LONG', { maximum: 200 }))).toBe(
      'Höchstens 200 Zeichen.',
    );
    expect(renderFieldMessage('Irgendein Text')).toBe('Irgendein Text');
    await inEnglish();
    expect(renderFieldMessage(messageToken('FIELD_TOO_LONG', { maximum: 2000 }))).toBe(
      'At most 2,000 characters.',
    );
  });

  it('come out of the resolver in English, zod’s own messages too', async () => {
    await inEnglish();
    const { errors } = await resolve({ name: 'Andreas', count: 'x' });
    expect(errors.name?.message).toBe('At most 3 characters.');
    expect(errors.count?.message).toMatch(/^Invalid input: expected number/);
  });
});
