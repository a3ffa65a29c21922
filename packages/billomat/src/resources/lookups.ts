import { SettingsSchema, TaxSchema, TemplateSchema, UnitSchema } from '../schemas/lookups';
import { getOne, getPage } from '../http/decode';
import type { Transport } from '../http/transport';

export type TemplateType =
  'INVOICE' | 'OFFER' | 'CONFIRMATION' | 'REMINDER' | 'DELIVERY_NOTE' | 'CREDIT_NOTE' | 'LETTER';

export function lookupsApi(t: Transport) {
  const all = { page: 1, per_page: 1000 };
  return {
    taxes: {
      list: async () =>
        (await getPage(t, { method: 'GET', path: '/taxes', query: all }, ['taxes', 'tax'], TaxSchema)).items,
    },
    templates: {
      list: async (filter: { type?: TemplateType | TemplateType[] } = {}) => {
        const type = Array.isArray(filter.type) ? filter.type.join(',') : filter.type;
        const spec = { method: 'GET' as const, path: '/templates', query: { ...all, type } };
        return (await getPage(t, spec, ['templates', 'template'], TemplateSchema)).items;
      },
    },
    units: {
      list: async () =>
        (await getPage(t, { method: 'GET', path: '/units', query: all }, ['units', 'unit'], UnitSchema))
          .items,
    },
    settings: {
      get: () => getOne(t, { method: 'GET', path: '/settings' }, 'settings', SettingsSchema),
    },
  };
}
