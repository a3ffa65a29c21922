// Writes apps/web/src/locales/de/messages.json from the server's German catalogue
// (packages/contracts/src/messages/*.de.ts), which it must equal word for word
// (apps/web/src/lib/i18n/messages.test.ts). Run after adding or changing a message:
//   npx tsx scripts/write-de-messages.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { germanMessages } from '../packages/contracts/src/messages/catalog';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'apps/web/src/locales/de/messages.json');
fs.writeFileSync(file, `${JSON.stringify(germanMessages, null, 2)}\n`);
console.log(`${path.relative(root, file)}: ${Object.keys(germanMessages).length} codes`);
