import type { Benchmark } from './lib/types';
import { notAvailable } from './lib/types';

export const exportBench: Benchmark = {
  name: 'export',
  title: 'export',
  run: async () => notAvailable('not written yet'),
};
