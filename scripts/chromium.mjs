// Chromium for Playwright: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's package via apt-get
// (as root or via sudo on Debian), else Playwright's own download (works where browser downloads are allowed).
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { aptInstall } from './apt.mjs';
import { root } from './bootstrap.mjs';

export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  if (aptInstall(['chromium'], 'Chromium') && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  console.log('\x1b[36m›\x1b[0m Chromium wird über Playwright geladen …');
  spawnSync(path.join(root, 'node_modules', '.bin', 'playwright'), ['install', 'chromium'], {
    stdio: 'inherit',
    cwd: root,
  });
  return '';
}
