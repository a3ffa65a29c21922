import type { Rec } from './types';

function entity(id: number, created: string, fields: Rec): Rec {
  return { id: String(id), created, updated: created, ...fields, customfield: '' };
}

export function seedTaxes(created: string): Rec[] {
  return [
    entity(21281, created, { name: 'MwSt', rate: '19', is_default: '1' }),
    entity(21282, created, { name: 'MwSt', rate: '7', is_default: '0' }),
    entity(21283, created, { name: 'Steuerfrei', rate: '0', is_default: '0' }),
  ];
}

export const DEFAULT_TEMPLATE_ID = 670285;

export function seedTemplates(created: string): Rec[] {
  const t = (id: number, type: string, name: string, isDefault: string) =>
    entity(id, created, {
      type,
      template_type: 'DEFINED',
      name,
      is_background_available: '0',
      is_default: isDefault,
    });
  return [
    t(DEFAULT_TEMPLATE_ID, 'INVOICE', 'Rechnung Standard', '1'),
    t(670286, 'INVOICE', 'Rechnung Englisch', '0'),
    t(670287, 'OFFER', 'Angebot Standard', '1'),
  ];
}

export function seedUnits(created: string): Rec[] {
  return ['Stunde', 'Stück', 'Tag', 'Pauschal', 'km'].map((name, i) => entity(20574 + i, created, { name }));
}

export function seedSettings(created: string): Rec {
  return {
    created,
    updated: created,
    currency_code: 'EUR',
    locale: 'de_DE',
    net_gross: 'NET',
    number_range_mode: 'IGNORE_PREFIX',
    invoice_number_pre: 'RE',
    invoice_number_length: '0',
    client_number_pre: 'KD',
    client_number_length: '0',
    due_days: '14',
    discount_rate: '',
    discount_days: '7',
    invoice_filename: 'Rechnung_[Invoice.invoice_number]',
    print_version: '1',
    default_email_sender: '',
    bcc_addresses: '',
  };
}
