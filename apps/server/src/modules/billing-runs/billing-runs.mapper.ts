import type { BillingRun, BillingRunDetail, BillingRunItem } from '@plainstaff/contracts/billing-runs';
import { readMessage } from '../../lib/stored-message';
import type { ItemView as ItemRow, RunRow } from './billing-runs.repository';

export function toItem(r: ItemRow): BillingRunItem {
  return {
    id: r.id,
    projectId: r.project_id,
    projectNumber: r.project_number,
    projectName: r.project_name,
    customerName: r.customer_name,
    status: r.status,
    exportId: r.export_id,
    invoiceNumber: r.invoice_number,
    billomatInvoiceId: r.billomat_invoice_id,
    invoiceStatus: r.invoice_status,
    reason: readMessage(r.reason),
    billedMinutes: Number(r.billed_minutes),
    currency: r.currency,
    totalNetCents: Number(r.total_net_cents),
    totalGrossCents: Number(r.total_gross_cents),
    finishedAt: r.finished_at,
  };
}

export function toRun(run: RunRow, items: ItemRow[], createdByName: string | null): BillingRun {
  const count = (s: ItemRow['status']) => items.filter((i) => i.status === s).length;
  const done = items.filter((i) => i.status === 'done');
  const current = items.find((i) => i.id === run.current_item_id);
  const active = run.status === 'running' || run.status === 'waiting';
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    cutoffDate: run.cutoff_date,
    invoiceDate: run.invoice_date,
    draftsOnly: run.drafts_only === 1,
    createdByName,
    createdAt: run.created_at,
    finishedAt: run.finished_at,
    waitingUntil: run.waiting_until,
    cancelRequested: run.cancel_requested === 1,
    error: readMessage(run.error),
    current:
      active && current ? { projectNumber: current.project_number, projectName: current.project_name } : null,
    counts: {
      total: items.length,
      pending: count('pending') + count('running'),
      done: done.length,
      skipped: count('skipped'),
      failed: count('failed'),
    },
    totalNetCents: done.reduce((s, i) => s + Number(i.total_net_cents), 0),
    totalGrossCents: done.reduce((s, i) => s + Number(i.total_gross_cents), 0),
    requestsEstimate: run.requests_estimate,
  };
}

export function toDetail(run: RunRow, items: ItemRow[], createdByName: string | null): BillingRunDetail {
  return { ...toRun(run, items, createdByName), items: items.map(toItem) };
}
