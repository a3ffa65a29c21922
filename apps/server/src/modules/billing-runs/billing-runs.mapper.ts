import type { BillingRun, BillingRunDetail, BillingRunItem } from '@plainstaff/contracts/billing-runs';
import { readMessage } from '../../lib/stored-message';
import type { ItemView as ItemRow, RunFigures, RunRow } from './billing-runs.repository';

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

/** The figures of a run from all its items (the detail has them anyway). */
function figuresOf(run: RunRow, items: ItemRow[]): RunFigures {
  const byStatus: RunFigures['byStatus'] = {};
  for (const i of items) byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
  const done = items.filter((i) => i.status === 'done');
  const current = items.find((i) => i.id === run.current_item_id);
  return {
    byStatus,
    doneNetCents: done.reduce((s, i) => s + Number(i.total_net_cents), 0),
    doneGrossCents: done.reduce((s, i) => s + Number(i.total_gross_cents), 0),
    current: current ? { projectNumber: current.project_number, projectName: current.project_name } : null,
  };
}

export function toRun(run: RunRow, figures: RunFigures, createdByName: string | null): BillingRun {
  const count = (s: ItemRow['status']) => figures.byStatus[s] ?? 0;
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
    current: active ? figures.current : null,
    counts: {
      total: Object.values(figures.byStatus).reduce((s, n) => s + n, 0),
      pending: count('pending') + count('running'),
      done: count('done'),
      skipped: count('skipped'),
      failed: count('failed'),
    },
    totalNetCents: figures.doneNetCents,
    totalGrossCents: figures.doneGrossCents,
    requestsEstimate: run.requests_estimate,
  };
}

export function toDetail(run: RunRow, items: ItemRow[], createdByName: string | null): BillingRunDetail {
  return { ...toRun(run, figuresOf(run, items), createdByName), items: items.map(toItem) };
}
