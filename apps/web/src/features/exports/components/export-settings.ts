import dayjs from 'dayjs';
import type { ExportOptions, ExportProfile, ExportSetup } from '@plainstaff/contracts/exports';

/**
 * Everything on the page that shapes the invoice: the export request without the selection (it has
 * its own state), with the integration's default for "complete in billomat" already applied.
 */
export type ExportSettings = Omit<ExportOptions, 'selection' | 'completeInBillomat'> & {
  completeInBillomat: boolean;
};

export function settingsFromProfile(
  profile: ExportProfile,
  defaults: ExportSetup['defaults'],
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
