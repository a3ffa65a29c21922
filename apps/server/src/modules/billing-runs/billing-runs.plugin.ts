import fp from 'fastify-plugin';
import { billingRunsService } from './billing-runs.service';
import { createRunnerRuntime, haltRunner, type LeaseTiming, type RunnerRuntime } from './runner-runtime';

export type BillingRunsApi = ReturnType<typeof billingRunsService> & { runtime: RunnerRuntime };

declare module 'fastify' {
  interface FastifyInstance {
    billingRuns: BillingRunsApi;
  }
}

const SCHEDULE_CHECK_MS = 60_000;

export type BillingRunsPluginOptions = Partial<LeaseTiming>;

/**
 * `app.billingRuns` and its background work: when the app is ready, and then every few seconds, runs
 * whose owner stopped renewing its lease (a dead instance, or this one before a restart) are taken over
 * and continue; the schedule is checked every minute (tests call `tick(now)` themselves). On close the
 * loops end without another write; another instance (or the next start) takes the runs over.
 */
export const billingRunsPlugin = fp<BillingRunsPluginOptions>(
  async (app, opts) => {
    const leaseMs = opts.leaseMs ?? 30_000;
    // A dead owner's run waits at most a lease and a sixth for its new owner.
    const runtime = createRunnerRuntime({
      leaseMs,
      takeoverCheckMs: opts.takeoverCheckMs ?? Math.max(100, Math.round(leaseMs / 6)),
    });
    const service = billingRunsService(app, runtime);
    app.decorate('billingRuns', Object.assign(service, { runtime }));

    const timers: NodeJS.Timeout[] = [];
    const takeOver = () =>
      void service.runner
        .takeOver()
        .catch((err: unknown) => app.log.error({ err }, 'taking over billing runs failed'));
    app.addHook('onReady', async () => {
      takeOver();
      timers.push(setInterval(takeOver, runtime.takeoverCheckMs));
      timers.push(
        setInterval(() => {
          void service.tick().catch((err: unknown) => app.log.error({ err }, 'billing run schedule failed'));
        }, SCHEDULE_CHECK_MS),
      );
      for (const t of timers) t.unref();
    });
    app.addHook('onClose', async () => {
      for (const t of timers) clearInterval(t);
      haltRunner(runtime);
      await Promise.allSettled([...runtime.loops.values()]);
    });
  },
  { name: 'billing-runs', dependencies: ['db', 'billomat', 'exports'] },
);
