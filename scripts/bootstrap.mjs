// Installs what a fresh machine with only Node 20 and npm lacks: pnpm 12.4.2 (into .tools/, no root
// needed) and the workspace dependencies from the frozen lockfile.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PNPM_VERSION = '12.4.2';
const localPnpm = path.join(root, '.tools', 'node_modules', '.bin', 'pnpm');

function log(msg) {
  console.log(`\x1b[36m›\x1b[0m ${msg}`);
}

export function pnpmPath() {
  if (fs.existsSync(localPnpm)) return localPnpm;
  const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (global.status === 0 && global.stdout.trim() === PNPM_VERSION) return 'pnpm';
  log(`pnpm ${PNPM_VERSION} wird nach .tools/ installiert …`);
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      path.join(root, '.tools'),
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${PNPM_VERSION}`,
    ],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  return localPnpm;
}

export function installEnv() {
  const env = { ...process.env };
  // node-gyp would download Node's headers (impossible here); the system ones work (TOOLCHAIN.md).
  if (fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

export function bootstrap() {
  const pnpm = pnpmPath();
  log('Abhängigkeiten werden installiert (pnpm install --frozen-lockfile) …');
  const status = run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], {
    env: { ...installEnv(), CI: 'true' },
  });
  if (status !== 0) process.exit(status);
  return pnpm;
}
