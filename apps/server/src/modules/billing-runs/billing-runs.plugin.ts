import fp from 'fastify-plugin';
import { billingRunsService } from './billing-runs.service';
import { createRunnerRuntime, haltRunner, type RunnerRuntime } from './runner-runtime';

export type BillingRunsApi = ReturnType<typeof billingRunsService> & { runtime: RunnerRuntime };

declare module 'fastify' {
  interface FastifyInstance {
    billingRuns: BillingRunsApi;
  }
}

const SCHEDULE_CHECK_MS = 60_000;

/**
 * `app.billingRuns` and its background work: when the app is ready, runs left running or waiting
 * resume and the schedule is checked every minute (tests call `tick(now)` themselves). On close the
 * loops end without another write; a run left running resumes at the next start.
 */
export const billingRunsPlugin = fp(
  async (app) => {
    const runtime = createRunnerRuntime();
    const service = billingRunsService(app, runtime);
    app.decorate('billingRuns', Object.assign(service, { runtime }));

    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      void service.runner
        .resumeAll()
        .catch((err: unknown) => app.log.error({ err }, 'resuming billing runs failed'));
      timer = setInterval(() => {
        void service.tick().catch((err: unknown) => app.log.error({ err }, 'billing run schedule failed'));
      }, SCHEDULE_CHECK_MS);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      haltRunner(runtime);
      await Promise.allSettled([...runtime.loops.values()]);
    });
  },
  { name: 'billing-runs', dependencies: ['db', 'billomat', 'exports'] },
);
