import type { Benchmark } from './lib/types';
import { notAvailable } from './lib/types';

export const serverBench: Benchmark = {
  name: 'server',
  title: 'server',
  run: async () => notAvailable('not written yet'),
};
