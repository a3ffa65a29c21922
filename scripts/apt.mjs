// Installs a Debian package for the test harness (Chromium, PostgreSQL) on a machine that lacks it:
// apt-get as root, else through passwordless sudo. Never prompts: CI has nobody to answer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function log(msg) {
  console.log(`\x1b[36m›\x1b[0m ${msg}`);
}

/** How to run apt-get here (root, or `sudo -n`), or null when this machine cannot. */
function aptCommand() {
  if (!fs.existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

/** `apt-get update && apt-get install -y <packages>`; true when apt-get reported success. */
export function aptInstall(packages, label = packages.join(', ')) {
  const prefix = aptCommand();
  if (!prefix) {
    log(`${label}: apt-get ist hier nicht nutzbar (weder root noch sudo ohne Passwort).`);
    return false;
  }
  log(`${label} wird über apt-get installiert …`);
  // sudo resets the environment, so DEBIAN_FRONTEND travels through `env`.
  const apt = (args) => {
    const [cmd, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    return spawnSync(cmd, rest, { stdio: 'inherit' }).status === 0;
  };
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', ...packages]);
}
