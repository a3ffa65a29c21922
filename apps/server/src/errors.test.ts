import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from './errors';

// The SPA shows the server's German message; in English it shows the code's translation. Every code
// therefore needs one, or English users would read German.
describe('error catalogue', () => {
  it('has an English sentence for every code in the SPA', () => {
    const file = new URL('../../web/src/locales/en/errors.json', import.meta.url);
    const english = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const missing = Object.keys(errorCatalog).filter((code) => !english[code]);
    expect(missing).toEqual([]);
  });

  it('says in German what to do, for every code', () => {
    for (const [code, { message }] of Object.entries(errorCatalog)) {
      expect(message.length, code).toBeGreaterThan(10);
      expect(message, code).toMatch(/[.!?]$/);
    }
  });
});
