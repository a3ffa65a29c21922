import type { Benchmark } from './lib/types';
import { notAvailable } from './lib/types';

export const browserBench: Benchmark = {
  name: 'browser',
  title: 'browser',
  run: async () => notAvailable('not written yet'),
};
