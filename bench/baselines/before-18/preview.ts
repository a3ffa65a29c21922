import crypto from 'node:crypto';
import {
  billedMinutes,
  buildInvoiceFromGroups,
  groupBookings,
  summarizeGroup,
  toInvoiceDocument,
  type BillableBooking,
  type InvoicePreview as BillingPreview,
} from '@plainstaff/billing';
import { assertValidBookings } from '@plainstaff/billing/validate';
import type { BillomatConnection } from '@plainstaff/server/src/plugins/billomat';
import type { ProjectRow } from '@plainstaff/server/src/modules/projects/projects.repository';
import type { CandidateRow } from './candidates';
import type { OldExportOptions, OldPreview } from './schemas';

// BASELINE, not product code: the preview BEFORE issue 18, from `git show 671f99b:` of
// apps/server/src/modules/exports/preview/{compute,blockers,token}.ts. Every selected booking is in
// memory; packages/billing's pure path groups them (buildInvoicePreview's steps, keeping each line's
// members because the old answer listed every line's booking ids); the token is an HMAC over every
// sorted (id, version) pair; the claim rows are (id, version) pairs. Left out: the wording of the
// blockers (only their codes matter here) and the project description as intro.

export interface ClaimRow {
  bookingId: number;
  version: number;
  billedMinutes: number;
  rateCents: number;
}

export interface OldInput {
  project: ProjectRow;
  customer: { id: number; name: string; source: string; billomatClientId: number | null };
  settings: BillomatConnection | null;
  selection: CandidateRow[];
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function blockersOf(input: OldInput, selectedIds: readonly number[]) {
  const out: { code: string; params: Record<string, never>; message: string; bookingIds?: number[] }[] = [];
  if (!input.settings) out.push({ code: 'BILLOMAT_NOT_CONNECTED', params: {}, message: 'nicht verbunden' });
  if (input.customer.billomatClientId === null)
    out.push({ code: 'CUSTOMER_NOT_LINKED', params: {}, message: '–' });
  const found = new Map(input.selection.map((b) => [b.id, b]));
  const foreign = selectedIds.filter((id) => found.get(id)?.project_id !== input.project.id);
  const rows = input.selection.filter((b) => b.project_id === input.project.id);
  const notOpen = rows.filter((b) => b.billing_state !== 'open').map((b) => b.id);
  const notBillable = rows.filter((b) => b.billable !== 1).map((b) => b.id);
  if (foreign.length)
    out.push({ code: 'BOOKINGS_NOT_IN_PROJECT', params: {}, message: '–', bookingIds: foreign });
  if (notOpen.length) out.push({ code: 'BOOKINGS_NOT_OPEN', params: {}, message: '–', bookingIds: notOpen });
  if (notBillable.length)
    out.push({ code: 'BOOKINGS_NOT_BILLABLE', params: {}, message: '–', bookingIds: notBillable });
  return out;
}

const rateSource = (s: string) => (s === 'manual' ? undefined : (s as BillableBooking['rateSource']));

export function computeOldPreview(input: OldInput, o: OldExportOptions, tokenKey: Buffer) {
  const { project, customer, settings } = input;
  const blockers = blockersOf(input, o.bookingIds);
  const usable = input.selection.filter(
    (b) => b.project_id === project.id && b.billing_state === 'open' && b.billable === 1,
  );
  const bookings: BillableBooking[] = usable.map((b) => ({
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
  }));
  const { invoiceDate, markAsBilled } = o;
  const { groupByMonth, groupByTask, groupByEmployee, titleTemplate, descriptionTemplate } = o;
  const profile = {
    groupByMonth,
    groupByTask,
    groupByEmployee,
    titleTemplate,
    descriptionTemplate,
    rounding: o.rounding,
    completeInBillomat: o.completeInBillomat,
  };
  const options = {
    ...profile,
    projectName: project.name,
    projectNumber: project.number,
    locale: 'de' as const,
  };
  // buildInvoicePreview (packages/billing), step by step, so each line's members stay at hand.
  assertValidBookings(bookings);
  const priced = bookings.filter((b): b is BillableBooking & { rateCents: number } => b.rateCents !== null);
  const members = groupBookings(priced, options);
  const unpriced = bookings.filter((b) => b.rateCents === null).map((b) => b.id);
  const billing: BillingPreview = buildInvoiceFromGroups({
    groups: [...members].map(([key, list]) => summarizeGroup(key, list, options)),
    selectedCount: bookings.length,
    unpriced: { count: unpriced.length, ids: unpriced },
    options,
    vatRateBasisPoints: settings?.vatRateBp ?? 1900,
    vatOverrideBasisPoints: project.vat_override_bp,
    currency: project.currency,
  });
  const idsOf = (key: string) => (members.get(key) ?? []).map((b) => b.id);
  const label = `${project.number} ${project.name}`.trim();
  const complete = o.completeInBillomat ?? settings?.completeInvoices ?? false;
  const versions = new Map(input.selection.map((b) => [b.id, b.version]));
  const pairs = o.bookingIds.map((id) => [id, versions.get(id) ?? -1]).sort((a, b) => a[0]! - b[0]!);
  const mac = crypto.createHmac('sha256', tokenKey);
  mac.update(
    canonical({
      p: project.id,
      b: pairs,
      o: { ...profile, invoiceDate, markAsBilled },
      c: {
        customer: [customer.id, customer.source, customer.billomatClientId],
        settings: settings?.billomatId,
      },
    }),
  );
  const priceds = new Set(billing.lines.flatMap((l) => idsOf(l.key)));
  const claims: ClaimRow[] = usable
    .filter((b) => priceds.has(b.id))
    .map((b) => ({
      bookingId: b.id,
      version: b.version,
      billedMinutes: billedMinutes(b.minutes, o.rounding),
      rateCents: Number(b.rate_cents),
    }));
  const canExport = blockers.length === 0 && billing.lines.length > 0 && customer.billomatClientId !== null;
  const invoice = canExport
    ? toInvoiceDocument(billing, { clientId: customer.billomatClientId!, invoiceDate, label })
    : null;
  const preview: OldPreview = {
    previewToken: `v1.${mac.digest('base64url')}`,
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
      bookingIds: idsOf(l.key),
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
    intro: null,
    customer: { id: customer.id, name: customer.name, linked: customer.billomatClientId !== null },
    warnings: billing.warnings,
    blockers,
  };
  const templateId = settings?.templateId ?? null;
  const stored = invoice && {
    profile,
    markAsBilled,
    complete,
    templateId,
    invoice: { ...invoice, ...(templateId !== null ? { templateId } : {}) },
  };
  return { preview, blockers, claims, stored };
}
