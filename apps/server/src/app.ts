import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import { loggerOptions } from './lib/logger';
import authPlugin from './plugins/auth';
import billomatPlugin from './plugins/billomat';
import compressionPlugin from './plugins/compression';
import dbPlugin from './plugins/db';
import errorHandler from './plugins/error-handler';
import rateLimitPlugin from './plugins/rate-limit';
import securityPlugin from './plugins/security';
import spaPlugin from './plugins/spa';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { usersRoutes } from './modules/users/users.routes';
import { customersRoutes } from './modules/customers/customers.routes';
import { projectsRoutes } from './modules/projects/projects.routes';
import { bookingsRoutes } from './modules/bookings/bookings.routes';
import { integrationsRoutes } from './modules/integrations/integrations.routes';
import { exportsPlugin, exportsRoutes } from './modules/exports';
import { customerImportPlugin } from './modules/customer-import/customer-import.plugin';
import { customerImportRoutes } from './modules/customer-import/customer-import.routes';
import { overviewRoutes } from './modules/overview/overview.routes';
import { billingRunsPlugin, billingRunsRoutes, type BillingRunsPluginOptions } from './modules/billing-runs';
import { seedDemoIntegration } from './modules/integrations/demo-seed';
import { bootstrapUsers } from './modules/users/bootstrap';
import { DEMO_LOGIN } from './seed/demo-users';

export interface BuildOptions {
  config: AppConfig;
  appSecret: string;
  /** `:memory:`, a SQLite file or a postgres:// URL. */
  dbLocation: string;
  /** The built SPA; undefined in API-only tests. */
  spaRoot?: string;
  /** Where pino writes; tests pass a stream to inspect every log line. */
  logStream?: NodeJS.WritableStream;
  /** Billing runs' lease timing (tests shorten it so a takeover happens in a second). */
  billingRuns?: BillingRunsPluginOptions;
}

/**
 * The boot order on one screen: infrastructure plugins, the domain services that own background work
 * (started when the app is ready, stopped on close), then feature routes.
 */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.config.logLevel, opts.logStream),
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandler);
  await app.register(compressionPlugin);
  await app.register(dbPlugin, { location: opts.dbLocation });
  await app.register(securityPlugin);
  // Throttles (the login's) count in the database, shared by every instance.
  await app.register(rateLimitPlugin);
  await app.register(authPlugin, { appSecret: opts.appSecret });
  await app.register(billomatPlugin, {
    appSecret: opts.appSecret,
    baseUrl: opts.config.billomatBaseUrl,
    quota: opts.config.billomatQuota,
    timeoutMs: opts.config.billomatTimeoutMs,
  });
  await app.register(spaPlugin, { root: opts.spaRoot });

  // app.exports: the exactly-once protocol and its reconciler sweep (every minute).
  await app.register(exportsPlugin, { appSecret: opts.appSecret });
  // app.customerImport: the importer of this instance; its progress streams end on close.
  await app.register(customerImportPlugin);
  // app.billingRuns: resumes interrupted runs on ready, checks the schedule every minute.
  await app.register(billingRunsPlugin, opts.billingRuns ?? { leaseMs: opts.config.billingRunLeaseMs });

  await app.register(healthRoutes);
  await app.register(authRoutes, { demo: opts.config.demo, demoLogin: opts.config.demo ? DEMO_LOGIN : null });
  await app.register(usersRoutes);
  await app.register(customersRoutes);
  await app.register(projectsRoutes);
  await app.register(bookingsRoutes);
  await app.register(integrationsRoutes);
  await app.register(exportsRoutes);
  await app.register(customerImportRoutes);
  await app.register(overviewRoutes);
  await app.register(billingRunsRoutes);

  await bootstrapUsers(app.db, opts.config, app.log);
  // Needs APP_SECRET to encrypt the demo key, which seedDemo(db) does not get; server.ts points config at the sandbox first.
  if (opts.config.demo) await seedDemoIntegration(app);
  return app;
}
