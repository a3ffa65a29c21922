import dayjs from 'dayjs';
import type { BillingRoundingValue, ExportProfile } from '@plainstaff/contracts/exports';

/** Everything on the page that shapes the invoice, except the selected bookings. */
export interface ExportSettings {
  groupByMonth: boolean;
  groupByTask: boolean;
  groupByEmployee: boolean;
  titleTemplate: string;
  descriptionTemplate: string;
  rounding: BillingRoundingValue;
  completeInBillomat: boolean;
  invoiceDate: string;
  markAsBilled: boolean;
}

export const PLACEHOLDERS = [
  '{projekt}',
  '{task}',
  '{mitarbeiter}',
  '{monat}',
  '{datum}',
  '{kommentare}',
  '{stunden}',
] as const;

/** billomat's limits for an invoice item (the contract enforces the same). */
export const TITLE_MAX = 255;
export const DESCRIPTION_MAX = 2000;

export function settingsFromProfile(
  profile: ExportProfile,
  defaults: { completeInBillomat: boolean; invoiceDate: string },
): ExportSettings {
  return {
    groupByMonth: profile.groupByMonth,
    groupByTask: profile.groupByTask,
    groupByEmployee: profile.groupByEmployee,
    titleTemplate: profile.titleTemplate,
    descriptionTemplate: profile.descriptionTemplate,
    rounding: profile.rounding,
    completeInBillomat: profile.completeInBillomat ?? defaults.completeInBillomat,
    invoiceDate: defaults.invoiceDate || dayjs().format('YYYY-MM-DD'),
    markAsBilled: true,
  };
}
