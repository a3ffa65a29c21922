import {
  billedMinutes,
  buildInvoicePreview,
  toInvoiceDocument,
  type BillableBooking,
  type InvoicePreview as BillingPreview,
} from '@plainstaff/billing';
import type { ExportOptions, ExportProfile, InvoicePreview } from '@plainstaff/contracts/exports';
import { blockersOf, customerWarnings, type Issue } from './blockers';
import type { ClaimRow } from '../claims.repository';
import type { StoredExportOptions } from './invoice-input';
import type { PreviewInput } from './input';
import { previewToken } from './token';

export interface ComputedPreview {
  preview: InvoicePreview;
  billing: BillingPreview;
  blockers: Issue[];
  /** The bookings that end up on lines (unpriced ones are left open). */
  claims: ClaimRow[];
  stored: StoredExportOptions | null;
}

const rateSource = (s: string) => (s === 'manual' ? undefined : (s as BillableBooking['rateSource']));

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

/** The preview as billomat will compute the invoice, plus the token that binds an export to it. */
export function computePreview(
  input: PreviewInput,
  options: ExportOptions,
  tokenKey: Buffer,
): ComputedPreview {
  const { project, customer, settings } = input;
  const blockers = blockersOf(input, options.bookingIds);
  const usable = input.selection.filter(
    (b) => b.project_id === project.id && b.billing_state === 'open' && b.billable === 1,
  );
  const vatRate = settings?.vatRateBp ?? 1900;
  const billing = buildInvoicePreview({
    bookings: usable.map((b) => ({
      id: b.id,
      date: b.date,
      minutes: b.minutes,
      rateCents: b.rate_cents === null ? null : Number(b.rate_cents),
      rateSource: rateSource(b.rate_source),
      employeeId: b.employee_id,
      employeeName: b.employee_name,
      taskId: b.task_id,
      taskName: b.task_name,
      comment: b.comment,
    })),
    options: {
      ...profileOf(options),
      projectName: project.name,
      projectNumber: project.number,
      locale: 'de',
    },
    vatRateBasisPoints: vatRate,
    vatOverrideBasisPoints: project.vat_override_bp,
    currency: project.currency,
  });
  if (billing.lines.length === 0 && options.bookingIds.length > 0 && usable.length > 0) {
    blockers.push({
      code: 'NOTHING_TO_INVOICE',
      message: 'Keine der ausgewählten Buchungen hat einen Stundensatz. Bitte hinterlegen Sie Stundensätze.',
    });
  }
  const label = `${project.number} ${project.name}`.trim();
  const intro = settings?.printProjectDescription && project.description.trim() ? project.description : null;
  const complete = options.completeInBillomat ?? settings?.completeInvoices ?? false;
  const versions = new Map(input.selection.map((b) => [b.id, b.version]));
  const token = previewToken(tokenKey, {
    projectId: project.id,
    bookings: options.bookingIds.map((id) => ({ id, version: versions.get(id) ?? -1 })),
    options: { ...profileOf(options), invoiceDate: options.invoiceDate, markAsBilled: options.markAsBilled },
    context: {
      project: [project.number, project.name, project.description, project.currency, project.vat_override_bp],
      customer: [customer.id, customer.source, customer.billomatClientId],
      settings: settings && [
        settings.billomatId,
        vatRate,
        settings.printProjectDescription,
        complete,
        settings.templateId,
      ],
    },
  });
  const priced = new Set(billing.lines.flatMap((l) => l.bookingIds));
  const claims = usable
    .filter((b) => priced.has(b.id))
    .map((b) => ({
      bookingId: b.id,
      version: b.version,
      billedMinutes: billedMinutes(b.minutes, options.rounding),
      rateCents: Number(b.rate_cents),
    }));
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
      bookingIds: l.bookingIds,
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
  return { preview, billing, blockers, claims, stored };
}
