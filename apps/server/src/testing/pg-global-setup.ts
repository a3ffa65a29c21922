import type { TestProject } from 'vitest/node';
// @ts-expect-error -- a plain .mjs helper shared with the test driver
import { startPgCluster } from '../../../../scripts/pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = (await startPgCluster()) as { url: string; stop(): void } | null;
  if (!cluster) throw new Error('PostgreSQL binaries not found (initdb/pg_ctl)');
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
