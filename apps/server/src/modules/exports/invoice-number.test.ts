import { describe, expect, it } from 'vitest';
import { invoiceNumberLabel } from './invoice-number';

describe('invoiceNumberLabel', () => {
  it('uses the final number once billomat assigned one', () => {
    expect(invoiceNumberLabel({ id: 7, invoiceNumber: 'RE17', number: 17, status: 'OPEN' })).toBe('RE17');
  });
  it('never shows a draft’s provisional number, which every draft shares', () => {
    expect(invoiceNumberLabel({ id: 7104183, invoiceNumber: 'RE1', number: null, status: 'DRAFT' })).toBe(
      'Entwurf 7104183',
    );
  });
  it('names a completed invoice by its id until the number is read back', () => {
    expect(invoiceNumberLabel({ id: 9, invoiceNumber: 'RE1', number: null, status: 'OPEN' })).toBe(
      'Rechnung 9',
    );
  });
});
