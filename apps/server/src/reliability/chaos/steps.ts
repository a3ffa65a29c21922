import type { LightMyRequestResponse } from 'fastify';
import { selectionOf, type Fixture } from '../../testing/exports/fixtures';
import type { ReliabilityHarness } from '../testing/harness';
import { randomFault } from './faults';
import type { Prng } from './prng';

// The moves of a chaos run. Each records what it did in `ctx.steps` (printed for a run with violations).

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Ctx {
  h: ReliabilityHarness;
  rng: Prng;
  f: Fixture;
  steps: string[];
  /** Crashes and kills: process deaths injected by us rather than by the sandbox. */
  deaths: number;
  timeoutMs: number;
  /** Undos that ended in an error (the user was told to try again). */
  failedUndos: number[];
}

async function rowsOf(ctx: Ctx) {
  const { db } = ctx.h.app;
  const bookings = await db
    .selectFrom('bookings')
    .select(['id', 'billing_state'])
    .where('project_id', '=', ctx.f.projectId)
    .execute();
  const exports = await db
    .selectFrom('exports')
    .select(['id', 'status'])
    .where('project_id', '=', ctx.f.projectId)
    .execute();
  return { bookings, exports };
}

function maybeFault(ctx: Ctx, p = 0.6) {
  if (!ctx.rng.chance(p)) return;
  const spec = randomFault(ctx.rng, ctx.timeoutMs);
  ctx.h.sandbox.faults.add(spec);
  ctx.steps.push(
    `  fault ${spec.kind}${spec.kind === 'status' ? ` ${spec.status}` : ''} ${spec.method} ${spec.path} ×${spec.times}`,
  );
}

/** Preview, then export; optionally dying between billomat's answer and our write, or mid-request. */
export async function exportStep(ctx: Ctx, death: 'none' | 'crash' | 'kill') {
  const { h, rng, f } = ctx;
  const open = (await rowsOf(ctx)).bookings.filter((b) => b.billing_state === 'open').map((b) => b.id);
  if (open.length === 0) return ctx.steps.push('export: nothing open');
  const chosen = rng.subset(open);
  const options = {
    selection: selectionOf(chosen),
    invoiceDate: '2026-07-01',
    groupByMonth: rng.chance(0.5),
    groupByTask: rng.chance(0.5),
    groupByEmployee: rng.chance(0.2),
    rounding: rng.pick([0, 0, 15]),
    completeInBillomat: rng.chance(0.3),
    markAsBilled: true,
  };
  const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
  if (preview.statusCode !== 200) return ctx.steps.push(`export: preview ${preview.statusCode}`);
  const body = { ...options, previewToken: preview.json().previewToken };
  maybeFault(ctx);
  const label = `export ${chosen.length} bookings${death === 'none' ? '' : ` (${death})`}`;
  if (death === 'kill') {
    // The request runs; the process dies after a random moment, wherever it is.
    const inFlight = h.send('POST', `/api/projects/${f.projectId}/exports`, body).catch(() => null);
    await sleep(rng.int(0, 25));
    ctx.deaths++;
    await h.kill();
    void inFlight;
    return ctx.steps.push(`${label}: killed`);
  }
  let crashed = false;
  if (death === 'crash') {
    h.app.exports.runtime.hooks.afterInvoiceCreated = () => {
      crashed = true;
      throw new Error('chaos: the process dies between billomat’s answer and our write');
    };
  }
  const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, body);
  h.app.exports.runtime.hooks.afterInvoiceCreated = undefined;
  ctx.steps.push(`${label}: ${res.statusCode}${crashed ? ' crashed' : ''}`);
  if (crashed) {
    ctx.deaths++;
    await h.kill();
  }
}

export async function onExport(ctx: Ctx, statuses: string[], action: 'undo' | 'retry') {
  const candidates = (await rowsOf(ctx)).exports.filter((e) => statuses.includes(e.status));
  if (candidates.length === 0) return ctx.steps.push(`${action}: nothing to do`);
  const e = ctx.rng.pick(candidates);
  maybeFault(ctx);
  const res = await ctx.h.send('POST', `/api/exports/${e.id}/${action}`);
  ctx.steps.push(`${action} ${e.id} (${e.status}): ${res.statusCode}`);
  if (action === 'undo' && res.statusCode >= 500) ctx.failedUndos.push(e.id);
}

export async function importStep(ctx: Ctx) {
  maybeFault(ctx, 0.4);
  const res = await ctx.h.send('POST', '/api/customers/import');
  let s: LightMyRequestResponse | undefined;
  for (let i = 0; i < 200; i++) {
    s = await ctx.h.get('/api/customers/import/status');
    if (!s.json().running) break;
    await sleep(5);
  }
  ctx.steps.push(`import: ${res.statusCode}, ${s?.json().lastRun?.status ?? '?'}`);
}

export async function editStep(ctx: Ctx) {
  const open = (await rowsOf(ctx)).bookings.filter((b) => b.billing_state === 'open');
  if (open.length === 0) return ctx.steps.push('edit: nothing open');
  const b = ctx.rng.pick(open);
  const res = await ctx.h.send('PATCH', `/api/bookings/${b.id}`, { minutes: ctx.rng.int(15, 480) });
  ctx.steps.push(`edit booking ${b.id}: ${res.statusCode}`);
}
