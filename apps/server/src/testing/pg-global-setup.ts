import type { TestProject } from 'vitest/node';
// @ts-expect-error -- a plain .mjs helper shared with the test driver
import { startPgCluster } from '../../../../scripts/pg-cluster.mjs';
// @ts-expect-error -- a plain .mjs helper shared with the test driver
import { PG_HOW_TO_FIX, PG_NOT_FOUND } from '../../../../scripts/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

type Cluster = { url: string; stop(): void };

// This project only exists when PostgreSQL was found (vitest.config.ts), so a cluster that does not
// start is a failure, told with the same what-to-do as the test driver's check.
async function start(): Promise<Cluster> {
  let cluster: Cluster | null;
  try {
    cluster = (await startPgCluster()) as Cluster | null;
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${PG_HOW_TO_FIX}`, { cause: err });
  }
  if (!cluster) throw new Error(`${PG_NOT_FOUND}\n${PG_HOW_TO_FIX}`);
  return cluster;
}

export default async function setup(project: TestProject) {
  const cluster = await start();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
