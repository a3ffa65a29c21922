import { parseArgs } from 'node:util';
import { runChaos } from './chaos/engine';

// pnpm chaos --runs 1000 --seed 42 [--verbose]
// Prints the figures as the last line of stdout: `N runs, F faults injected, V violations`; the
// violations (with the steps of the runs that produced them) go to stderr. Exit code 1 on violations.

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'retry-failed-undo': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
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
