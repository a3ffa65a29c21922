import path from 'node:path';
import { DEMO_ACCOUNT } from './demo-account';
import { startSandbox } from './start-sandbox';
import type { AccountConfig } from './state/types';

// CLI: PORT, HOST, DATA_DIR, SANDBOX_CONTROL_TOKEN, SANDBOX_ACCOUNTS (JSON array of AccountConfig).
// Flags override env: --port N, --accounts-json '[…]'. Tests in other processes read the SANDBOX_READY line.
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const accountsJson = flag('accounts-json') ?? process.env.SANDBOX_ACCOUNTS;
const accounts = accountsJson ? (JSON.parse(accountsJson) as AccountConfig[]) : undefined;
const dataDir = flag('data-dir') ?? process.env.DATA_DIR;

const sandbox = await startSandbox({
  port: Number(flag('port') ?? process.env.PORT ?? 4010),
  host: flag('host') ?? process.env.HOST ?? '127.0.0.1',
  accounts,
  includeDemoAccount: !accounts || flag('with-demo') !== undefined,
  controlToken: flag('control-token') ?? process.env.SANDBOX_CONTROL_TOKEN,
  dataFile: dataDir ? path.join(dataDir, 'billomat-sandbox.json') : undefined,
});

console.log(`billomat sandbox listening on ${sandbox.url}`);
console.log(`  base URL template: ${sandbox.baseUrlTemplate}`);
if (sandbox.state.account(DEMO_ACCOUNT.billomatId)) {
  console.log(`  demo billomat ID:  ${DEMO_ACCOUNT.billomatId}`);
  console.log(`  demo API key:      ${DEMO_ACCOUNT.apiKey}`);
}
console.log(
  `  control API:       ${sandbox.url}/__sandbox (header X-Sandbox-Token: ${sandbox.controlToken})`,
);
console.log(
  `SANDBOX_READY ${JSON.stringify({ url: sandbox.url, baseUrlTemplate: sandbox.baseUrlTemplate, controlToken: sandbox.controlToken })}`,
);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
