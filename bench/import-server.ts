import { exists } from './lib/paths';
import type { BenchContext, BenchRow } from './lib/types';

// The same import through the server's import service (what users run): placeholder until
// apps/server/src/modules/customer-import/ lands.

export async function serverImportRows(_ctx: BenchContext): Promise<BenchRow[]> {
  const dir = 'apps/server/src/modules/customer-import';
  const note = exists(dir)
    ? 'not available: import service API not wired into the bench yet'
    : `not available: ${dir} has not landed`;
  return [
    {
      benchmark: 'Import 10k clients (server)',
      metric: 'billomat requests / wall time',
      unit: '',
      baseline: null,
      ours: null,
      target: '≤ 10 requests, ≤ 2000 ms',
      met: null,
      note,
    },
  ];
}
