import type { FastifyInstance } from 'fastify';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type {
  BillingRunDetail,
  BillingRunOptions,
  BillingRunPreview,
  BillingRunPreviewItem,
  BillingRunStart,
  BillingSchedule,
} from '@plainstaff/contracts/billing-runs';
import type { ExportProfile } from '@plainstaff/contracts/exports';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import { projectAccess } from '../projects/project-access';
import { billingRunsRepository, type RunRow } from './billing-runs.repository';
import { toDetail, toRun } from './billing-runs.mapper';
import { eligibleRepository, type EligibleProject } from './eligible.repository';
import { estimate, requestsFor } from './quota';
import { planProject } from './run-plan';
import { billingRunner } from './runner';
import { wake, type RunnerRuntime } from './runner-runtime';
import { dueRun, scheduleRepository } from './schedule';

interface NewRun {
  trigger: 'manual' | 'schedule';
  periodKey: string | null;
  cutoffDate: string;
  invoiceDate: string;
  draftsOnly: boolean;
  createdBy: number | null;
  exportUserId: number;
  projects: EligibleProject[];
}

export function billingRunsService(app: FastifyInstance, rt: RunnerRuntime) {
  const runner = billingRunner(app, rt);
  const repo = billingRunsRepository(app.db);
  const eligible = eligibleRepository(app.db);
  const schedules = scheduleRepository(app.db);
  const profiles = app.exports.profiles;

  async function detail(run: RunRow): Promise<BillingRunDetail> {
    const name = run.created_by === null ? null : ((await repo.userName(run.created_by))?.name ?? null);
    return toDetail(run, await repo.items(run.id), name);
  }
  async function runOf(id: number): Promise<RunRow> {
    const run = await repo.find(id);
    if (!run) throw new AppError('NOT_FOUND', { context: 'billingRun' });
    return run;
  }
  async function completes(projectIds: number[], draftsOnly: boolean): Promise<boolean[]> {
    if (draftsOnly) return projectIds.map(() => false);
    const fallback = (await app.billomat.getSettings())?.completeInvoices ?? false;
    const out: boolean[] = [];
    for (const id of projectIds) out.push((await profiles.get(id)).completeInBillomat ?? fallback);
    return out;
  }

  async function create(r: NewRun): Promise<RunRow> {
    const requests = (
      await completes(
        r.projects.map((p) => p.id),
        r.draftsOnly,
      )
    ).reduce((sum, c) => sum + requestsFor(c), 0);
    try {
      const run = await repo.create(
        {
          trigger: r.trigger,
          status: 'running',
          period_key: r.periodKey,
          active_lock: 'active',
          cutoff_date: r.cutoffDate,
          invoice_date: r.invoiceDate,
          drafts_only: r.draftsOnly ? 1 : 0,
          created_by: r.createdBy,
          export_user_id: r.exportUserId,
          created_at: new Date().toISOString(),
          finished_at: null,
          waiting_until: null,
          current_item_id: null,
          requests_estimate: requests,
          error: null,
          // This instance drives the run; another takes it over if the lease is not renewed.
          owner: rt.owner,
          lease_until: Date.now() + rt.leaseMs,
        },
        r.projects.map((p) => ({
          project_id: p.id,
          project_number: p.number,
          project_name: p.name,
          customer_name: p.customerName,
          status: 'pending',
          export_id: null,
          invoice_number: null,
          reason: null,
          retry_at: null,
          started_at: null,
          finished_at: null,
        })),
      );
      void runner.run(run.id);
      return run;
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('BILLING_RUN_ACTIVE');
      throw err;
    }
  }

  return {
    runner,
    /** A run is active (running or waiting): the billomat account must not change under it. */
    running: async () => (await repo.active()).length > 0,
    async preview(o: BillingRunOptions): Promise<BillingRunPreview> {
      const items: BillingRunPreviewItem[] = [];
      for (const p of await eligible.projects(o.cutoffDate, o.projectIds)) {
        const plan = await planProject(app, p.id, o);
        if (!plan) continue;
        const { preview, blockers, stored } = plan.computed;
        items.push({
          projectId: p.id,
          projectNumber: p.number,
          projectName: p.name,
          customerName: p.customerName,
          customerLinked: p.linked,
          bookingCount: plan.bookingCount,
          bookedMinutes: preview.bookedMinutes,
          billedMinutes: preview.billedMinutes,
          lineCount: preview.lines.length,
          currency: preview.currency,
          totalNetCents: preview.totalNetCents,
          totalGrossCents: preview.totalGrossCents,
          complete: stored?.complete ?? false,
          ready: blockers.length === 0 && stored !== null,
          warnings: preview.warnings.map(({ code, params, message }) => ({ code, params, message })),
          blockers: blockers.map(({ code, params, message }) => ({ code, params, message })),
        });
      }
      const ready = items.filter((i) => i.ready).map((i) => i.complete);
      return {
        cutoffDate: o.cutoffDate,
        invoiceDate: o.invoiceDate,
        items,
        estimate: await estimate(app, ready),
      };
    },
    async start(user: SessionUser, body: BillingRunStart): Promise<BillingRunDetail> {
      if (!(await app.billomat.getSettings())) throw new AppError('BILLOMAT_NOT_CONNECTED');
      if ((await repo.active()).length > 0) throw new AppError('BILLING_RUN_ACTIVE');
      const found = await eligible.projects(body.cutoffDate, body.projectIds);
      const order = new Map(body.projectIds.map((id, i) => [id, i]));
      found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      if (found.length === 0) throw new AppError('BILLING_RUN_NOTHING_TO_DO');
      const run = await create({
        trigger: 'manual',
        periodKey: null,
        cutoffDate: body.cutoffDate,
        invoiceDate: body.invoiceDate,
        draftsOnly: body.draftsOnly,
        createdBy: user.id,
        exportUserId: user.id,
        projects: found,
      });
      return detail(run);
    },
    async list() {
      const runs = await repo.listed();
      return { items: runs.map((r) => toRun(r.run, r.figures, r.createdByName)) };
    },
    get: async (id: number) => detail(await runOf(id)),
    async active() {
      const [run] = await repo.active();
      return { run: run ? await detail(run) : null };
    },
    async cancel(id: number): Promise<BillingRunDetail> {
      const run = await runOf(id);
      if (run.status !== 'running' && run.status !== 'waiting') throw new AppError('BILLING_RUN_NOT_ACTIVE');
      await repo.update(id, { cancel_requested: 1 });
      wake(rt, id);
      // Driven here: woken now. Driven by another instance: it sees the request within seconds. Left
      // by a dead instance: taken over here, and ended.
      if (!runner.isRunning(id)) {
        await runner.takeOver();
        await rt.loops.get(id);
      }
      return detail(await runOf(id));
    },
    async schedule(): Promise<BillingSchedule> {
      const { enabled, dayOfMonth, time } = await schedules.get();
      return { enabled, dayOfMonth, time };
    },
    async saveSchedule(s: BillingSchedule): Promise<BillingSchedule> {
      const before = await schedules.get();
      // A schedule enabled after this month's moment starts next month, not right away.
      const enabledAt = s.enabled
        ? before.enabled && before.enabledAt
          ? before.enabledAt
          : new Date().toISOString()
        : null;
      await schedules.save(s, enabledAt);
      return s;
    },
    /** Called every minute: starts this month's scheduled run once, across all instances. */
    async tick(now = new Date()): Promise<number | null> {
      const due = dueRun(await schedules.get(), now);
      if (!due || (await repo.findByPeriod(due.periodKey))) return null;
      const admin = await eligible.firstAdmin();
      if (!admin) return null;
      try {
        const run = await create({
          trigger: 'schedule',
          ...due,
          draftsOnly: true,
          createdBy: null,
          exportUserId: admin.id,
          projects: await eligible.projects(due.cutoffDate),
        });
        app.log.info({ runId: run.id, period: due.periodKey }, 'scheduled billing run started');
        return run.id;
      } catch (err) {
        // Another instance took this period, or a manual run is active: the next minute looks again.
        if (err instanceof AppError && err.code === 'BILLING_RUN_ACTIVE') return null;
        throw err;
      }
    },
    async profile(user: SessionUser, projectId: number): Promise<ExportProfile> {
      await projectAccess(app.db).editable(user, projectId);
      return profiles.get(projectId);
    },
    async saveProfile(user: SessionUser, projectId: number, profile: ExportProfile): Promise<ExportProfile> {
      await projectAccess(app.db).editable(user, projectId);
      await profiles.save(projectId, profile);
      return profiles.get(projectId);
    },
  };
}
