import { parseArgs } from 'node:util';
import { runChaos } from './chaos/engine';
import { runMultiChaos } from './chaos/multi';

// pnpm chaos --runs 1000 --seed 42 [--verbose]
// Prints the figures as the last line of stdout: `N runs, F faults injected, V violations`; the
// violations (with the steps of the runs that produced them) go to stderr. Exit code 1 on violations.
//
// pnpm chaos --instances 3 --runs 1000 --seed 42: the multi-instance suite (chaos/multi.ts) — three
// server processes on one PostgreSQL database (DATABASE_URL, else a throwaway cluster of its own) and
// one sandbox; prints `N runs, F faults injected, K instance kills, V violations, S s`.

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'retry-failed-undo': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    instances: { type: 'string' },
    /** --instances only: the chance that a run SIGKILLs an instance (default 0.35). */
    'kill-chance': { type: 'string' },
  },
});
if (values.instances !== undefined) {
  const code = await multi(Number(values.instances));
  process.exit(code);
}
const runs = Number(values.runs);
const seed = Number(values.seed);
process.stderr.write(
  `chaos: ${runs} runs, seed ${seed}${values['retry-failed-undo'] ? ', users retry a failed undo' : ''}\n`,
);

const started = Date.now();
const result = await runChaos({
  runs,
  seed,
  retryFailedUndo: values['retry-failed-undo'],
  onRun: (r) => {
    if (r.violations.length > 0 || values.verbose) {
      process.stderr.write(
        `run ${r.run}:\n${r.steps.join('\n')}\n${r.violations.map((v) => `→ ${v}`).join('\n')}\n`,
      );
    }
    if (r.run % 100 === 0)
      process.stderr.write(`… ${r.run} runs (${Math.round((Date.now() - started) / 1000)} s)\n`);
  },
});
const classes = new Map<string, number>();
for (const v of result.violations) {
  const key = v.replace(/^run \d+: /, '').replace(/\d+/g, '#');
  classes.set(key, (classes.get(key) ?? 0) + 1);
}
for (const [k, n] of [...classes].sort((a, b) => b[1] - a[1])) process.stderr.write(`${n}× ${k}\n`);
process.stderr.write(`${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(
  `${result.runs} runs, ${result.faults} faults injected, ${result.violations.length} violations\n`,
);
process.exit(result.violations.length > 0 ? 1 : 0);

async function multi(instances: number): Promise<number> {
  if (!Number.isInteger(instances) || instances < 2) throw new Error('--instances needs 2 or more');
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  let databaseUrl = process.env.DATABASE_URL;
  let cluster: { stop(): void; createDatabase(name: string): string } | null = null;
  if (!databaseUrl) {
    // @ts-expect-error -- a plain .mjs helper shared with the test driver
    const { startPgCluster } = (await import('../../../../scripts/pg-cluster.mjs')) as {
      startPgCluster(): Promise<typeof cluster>;
    };
    cluster = await startPgCluster();
    if (!cluster) throw new Error('PostgreSQL not found: set DATABASE_URL or install PostgreSQL (README)');
    databaseUrl = cluster.createDatabase('plainstaff_chaos');
  }
  // Interrupted: our cluster goes, and the exit handler of chaos/instances.ts kills the servers.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      cluster?.stop();
      process.exit(130);
    });
  process.stderr.write(`chaos: ${instances} instances, ${runs} runs, seed ${seed}\n`);
  const started = Date.now();
  try {
    const r = await runMultiChaos({
      instances,
      runs,
      seed,
      databaseUrl,
      ...(values['kill-chance'] ? { killChance: Number(values['kill-chance']) } : {}),
      log: (line) => process.stderr.write(`${line}\n`),
      onRun: (report) => {
        if (report.violations.length > 0 || values.verbose)
          process.stderr.write(
            `run ${report.run}:\n${report.steps.join('\n')}\n${report.violations.map((v) => `→ ${v}`).join('\n')}\n`,
          );
        if (report.run % 100 === 0)
          process.stderr.write(`… ${report.run} runs (${Math.round((Date.now() - started) / 1000)} s)\n`);
      },
    });
    process.stderr.write(
      `${r.billingRuns} billing runs, ${r.ownerKillPlans} planned owner kills, ${r.ownerKills} owners killed mid-run, ${r.takenOver} of those finished by another instance, ${r.takeovers} takeovers logged\n`,
    );
    process.stdout.write(
      `${r.runs} runs, ${r.faults} faults injected, ${r.kills} instance kills, ${r.violations.length} violations, ${Math.round(r.ms / 1000)} s\n`,
    );
    return r.violations.length > 0 ? 1 : 0;
  } finally {
    cluster?.stop();
  }
}
