import {
  buildInvoiceFromGroups,
  toInvoiceDocument,
  type InvoicePreview as BillingPreview,
  type LineOptions,
} from '@plainstaff/billing';
import type { ExportOptions, ExportProfile, InvoicePreview } from '@plainstaff/contracts/exports';
import type { ProjectRow } from '../../projects/projects.repository';
import { blockersOf, customerWarnings, issue, type Issue } from './blockers';
import type { Fingerprint, GroupedSelection } from './groups.repository';
import type { StoredExportOptions } from './invoice-input';
import type { PreviewInput } from './input';
import { previewToken } from './token';

export interface ComputedPreview {
  preview: InvoicePreview;
  billing: BillingPreview;
  blockers: Issue[];
  /** The selected, priced bookings as previewed: the claim must find exactly these. */
  fingerprint: Fingerprint;
  /** Every selected booking, priced or not. */
  selectedCount: number;
  /** The groups the preview was computed from (kept by preview/cache.ts for the export). */
  grouped: GroupedSelection;
  stored: StoredExportOptions | null;
  /** The connected billomat account the invoice is created in (recorded on the export). */
  billomatAccount: string | null;
}

export function profileOf(o: ExportOptions): ExportProfile {
  const { groupByMonth, groupByTask, groupByEmployee, titleTemplate, descriptionTemplate, rounding } = o;
  const { completeInBillomat } = o;
  return {
    groupByMonth,
    groupByTask,
    groupByEmployee,
    titleTemplate,
    descriptionTemplate,
    rounding,
    completeInBillomat,
  };
}

/** How the lines are built: the export options plus the project's name and number. */
export function lineOptionsOf(project: ProjectRow, options: ExportOptions): LineOptions {
  return { ...profileOf(options), projectName: project.name, projectNumber: project.number, locale: 'de' };
}

/** The selection in a canonical form (the token must not depend on the order of ids). */
function canonicalSelection(s: ExportOptions['selection']) {
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const taskIds = [...s.filter.taskIds].map(String).sort();
  return {
    filter: { ...s.filter, employeeIds: sorted(s.filter.employeeIds), taskIds },
    mode: s.mode,
    included: sorted(s.included),
    excluded: sorted(s.excluded),
  };
}

/** The preview as billomat will compute the invoice, plus the token that binds an export to it. */
export function computePreview(
  input: PreviewInput,
  options: ExportOptions,
  tokenKey: Buffer,
): ComputedPreview {
  const { project, customer, settings, grouped } = input;
  const blockers = blockersOf(input);
  const vatRate = settings?.vatRateBp ?? 1900;
  const billing = buildInvoiceFromGroups({
    groups: grouped.groups,
    selectedCount: grouped.selectedCount,
    unpriced: grouped.unpriced,
    options: lineOptionsOf(project, options),
    vatRateBasisPoints: vatRate,
    vatOverrideBasisPoints: project.vat_override_bp,
    currency: project.currency,
  });
  if (billing.lines.length === 0 && grouped.selectedCount > 0 && grouped.lineCount === 0) {
    blockers.push(issue('NOTHING_TO_INVOICE'));
  }
  const label = `${project.number} ${project.name}`.trim();
  const intro = settings?.printProjectDescription && project.description.trim() ? project.description : null;
  const complete = options.completeInBillomat ?? settings?.completeInvoices ?? false;
  const token = previewToken(tokenKey, {
    projectId: project.id,
    selection: canonicalSelection(options.selection),
    fingerprint: grouped.fingerprint,
    options: { ...profileOf(options), invoiceDate: options.invoiceDate, markAsBilled: options.markAsBilled },
    context: {
      project: [project.number, project.name, project.description, project.currency, project.vat_override_bp],
      customer: [
        customer.id,
        customer.source,
        customer.billomatClientId,
        customer.billomatAccount,
        customer.archived,
        customer.missingInBillomat,
      ],
      settings: settings && [
        settings.billomatId,
        vatRate,
        settings.printProjectDescription,
        complete,
        settings.templateId,
      ],
    },
  });
  const canExport = blockers.length === 0 && billing.lines.length > 0 && customer.billomatClientId !== null;
  const stored: StoredExportOptions | null = canExport
    ? {
        profile: profileOf(options),
        markAsBilled: options.markAsBilled,
        complete,
        templateId: settings?.templateId ?? null,
        invoice: {
          ...toInvoiceDocument(billing, {
            clientId: customer.billomatClientId!,
            invoiceDate: options.invoiceDate,
            label,
            ...(intro ? { intro } : {}),
          }),
          ...(settings?.templateId != null ? { templateId: settings.templateId } : {}),
        },
      }
    : null;
  const preview: InvoicePreview = {
    previewToken: token,
    currency: billing.currency,
    lines: billing.lines.map((l) => ({
      key: l.key,
      title: l.title,
      description: l.description,
      unit: l.unit,
      quantityCentiHours: l.quantityCentiHours,
      unitPriceCents: l.unitPriceCents,
      totalNetCents: l.totalNetCents,
      taxRateBp: l.taxRateBasisPoints,
      bookingCount: l.bookingCount,
      bookedMinutes: l.bookedMinutes,
      billedMinutes: l.billedMinutes,
      rateNote: l.rateNote,
      firstDate: l.firstDate,
      lastDate: l.lastDate,
    })),
    taxes: billing.taxes.map((t) => ({ rateBp: t.rateBp, netCents: t.netCents, vatCents: t.vatCents })),
    totalNetCents: billing.totalNetCents,
    totalVatCents: billing.totalVatCents,
    totalGrossCents: billing.totalGrossCents,
    exactNetCents: billing.exactNetCents,
    roundingDifferenceCents: billing.roundingDifferenceCents,
    bookedMinutes: billing.bookedMinutes,
    billedMinutes: billing.billedMinutes,
    servicePeriod: billing.servicePeriod,
    label,
    intro,
    customer: { id: customer.id, name: customer.name, linked: customer.billomatClientId !== null },
    warnings: [...customerWarnings(input), ...billing.warnings],
    blockers,
  };
  return {
    preview,
    billing,
    blockers,
    fingerprint: grouped.fingerprint,
    selectedCount: grouped.selectedCount,
    grouped,
    stored,
    billomatAccount: settings?.billomatId ?? null,
  };
}
