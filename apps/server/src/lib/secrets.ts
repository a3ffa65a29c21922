import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Derives independent keys for independent purposes from the one APP_SECRET. */
export function deriveKey(appSecret: string, purpose: 'cookie' | 'api-key-encryption'): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', appSecret, 'plainstaff', purpose, 32));
}

/** APP_SECRET from the environment, else the one generated into DATA_DIR on first start. */
export function loadOrCreateAppSecret(dataDir: string, given: string | undefined): string {
  if (given) return given;
  const file = path.join(dataDir, 'app-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
