import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The SPA's first load formats numbers and renders messages with these two modules (apps/web/src/lib);
// zod there would put its 27 kB (gzipped) back into the initial bundle (bench: "initial JS ≤ 250 kB").
const FIRST_LOAD = ['numbers.ts', 'message-text.ts'];

describe('contracts used by the first load', () => {
  it.each(FIRST_LOAD)('%s imports nothing but types', (file) => {
    const source = fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.filter((line) => !line.startsWith('import type '))).toEqual([]);
  });
});
