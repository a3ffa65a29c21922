import { z } from 'zod';
import { wBool, wId, wOptDecimal, wOptInt, wOptText, wText } from '../wire/scalars';

export const TaxSchema = z
  .object({ id: wId, name: wText, rate: wOptDecimal, is_default: wBool })
  .transform((t) => ({ id: t.id, name: t.name, rate: t.rate ?? '0', isDefault: t.is_default }));
export type Tax = z.output<typeof TaxSchema>;

export const TemplateSchema = z
  .object({ id: wId, type: wText, template_type: wOptText, name: wText, is_default: wBool })
  .transform((t) => ({
    id: t.id,
    type: t.type,
    templateType: t.template_type,
    name: t.name,
    isDefault: t.is_default,
  }));
export type Template = z.output<typeof TemplateSchema>;

export const UnitSchema = z.object({ id: wId, name: wText }).transform((u) => ({ id: u.id, name: u.name }));
export type Unit = z.output<typeof UnitSchema>;

export const SettingsSchema = z
  .object({
    currency_code: wOptText,
    locale: wOptText,
    net_gross: wOptText,
    number_range_mode: wOptText,
    invoice_number_pre: wOptText,
    due_days: wOptInt,
    discount_rate: wOptDecimal,
    discount_days: wOptInt,
  })
  .transform((s) => ({
    currencyCode: s.currency_code,
    locale: s.locale,
    netGross: s.net_gross,
    numberRangeMode: s.number_range_mode,
    invoiceNumberPrefix: s.invoice_number_pre,
    dueDays: s.due_days,
    discountRate: s.discount_rate,
    discountDays: s.discount_days,
  }));
export type Settings = z.output<typeof SettingsSchema>;
