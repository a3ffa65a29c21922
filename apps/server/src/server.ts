import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { loadOrCreateAppSecret } from './lib/secrets';
import { DEMO_LOGIN } from './seed/demo-users';
import { seedDemo } from './seed/demo';
import { seedDemoBillingHistory } from './seed/demo-billing-history';
import { startDemoSandbox } from './seed/demo-sandbox';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const config = loadConfig(process.env);
  const appSecret = loadOrCreateAppSecret(config.dataDir, config.appSecret);
  const sandbox = config.demo ? await startDemoSandbox(config) : undefined;
  if (sandbox) config.billomatBaseUrl = sandbox.baseUrlTemplate;

  const app = await buildApp({
    config,
    appSecret,
    dbLocation: config.databaseUrl ?? path.join(config.dataDir, 'plainstaff.sqlite'),
    spaRoot: path.resolve(here, '../../web/dist'),
  });
  if (config.demo) {
    await seedDemo(app.db, { sandbox });
    // Through the real billing run (needs the ready app): the demo then shows invoices and their history.
    await app.ready();
    await seedDemoBillingHistory(app);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await sandbox?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  console.log(`\nPlainStaff × billomat läuft auf ${url}`);
  if (config.demo) {
    console.log(`Demo-Anmeldung: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
    if (sandbox) console.log(`billomat-Sandbox: ${sandbox.url} (billomat-ID "${sandbox.demoAccount.id}")`);
  }
  console.log('Beenden mit Strg+C.\n');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
