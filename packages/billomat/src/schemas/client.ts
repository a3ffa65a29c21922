import { z } from 'zod';
import { wBool, wId, wOptDate, wOptInt, wOptText, wText } from '../wire/scalars';
import { collection } from './collection';

export const ClientPropertyValueSchema = z
  .object({ id: wId, client_property_id: wOptInt, type: wOptText, name: wText, value: wText })
  .transform((p) => ({
    id: p.id,
    propertyId: p.client_property_id,
    type: p.type,
    name: p.name,
    value: p.value,
  }));

export const ClientSchema = z
  .object({
    id: wId,
    created: wOptDate,
    updated: wOptDate,
    archived: wBool,
    client_number: wText,
    number: wOptInt,
    name: wOptText,
    salutation: wOptText,
    first_name: wOptText,
    last_name: wOptText,
    street: wOptText,
    zip: wOptText,
    city: wOptText,
    state: wOptText,
    country_code: wOptText,
    address: wOptText,
    email: wOptText,
    phone: wOptText,
    tax_number: wOptText,
    vat_number: wOptText,
    currency_code: wOptText,
    locale: wOptText,
    tax_rule: wOptText,
    net_gross: wOptText,
    due_days: wOptInt,
    note: wOptText,
    customfield: wOptText,
    'client-property-values': collection('client-property-value', ClientPropertyValueSchema),
  })
  .transform((c) => ({
    id: c.id,
    created: c.created,
    updated: c.updated,
    archived: c.archived,
    clientNumber: c.client_number,
    number: c.number,
    name: c.name,
    salutation: c.salutation,
    firstName: c.first_name,
    lastName: c.last_name,
    street: c.street,
    zip: c.zip,
    city: c.city,
    state: c.state,
    countryCode: c.country_code,
    address: c.address,
    email: c.email,
    phone: c.phone,
    taxNumber: c.tax_number,
    vatNumber: c.vat_number,
    currencyCode: c.currency_code,
    locale: c.locale,
    taxRule: c.tax_rule,
    netGross: c.net_gross,
    dueDays: c.due_days,
    note: c.note,
    customfield: c.customfield,
    properties: c['client-property-values'],
  }));

export type Client = z.output<typeof ClientSchema>;

const QuotaSchema = z.object({ entity: wText, available: wOptInt, used: wOptInt }).transform((q) => ({
  entity: q.entity,
  available: q.available,
  used: q.used,
  unlimited: q.available === -1,
}));

/** `clients/myself`: the account's own company plus plan and quotas (-1 = unlimited). */
export const AccountSchema = z
  .object({
    id: wId,
    name: wOptText,
    email: wOptText,
    plan: wOptText,
    quotas: collection('quota', QuotaSchema),
  })
  .transform((a) => ({
    id: a.id,
    accountName: a.name ?? '',
    email: a.email,
    plan: a.plan,
    quotas: a.quotas,
  }));

export type Account = z.output<typeof AccountSchema>;
