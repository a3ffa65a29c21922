import { describe, expect, it } from 'vitest';
import { runChaos } from './engine';

// The CI share of the chaos suite: a bounded number of seeded runs (the seed is printed; rerun one
// with `pnpm chaos --runs N --seed S`). The 1,000-run figures are in docs/reliability.md.

// A fixed default seed keeps CI comparable between commits; CHAOS_SEED / CHAOS_RUNS explore further.
const runs = Number(process.env.CHAOS_RUNS ?? 60);
const seed = Number(process.env.CHAOS_SEED ?? 20261126);

describe('chaos: exports, undos, retries, imports and restarts under random faults', () => {
  it(`${runs} runs keep every invariant (seed ${seed})`, { timeout: 170_000 }, async () => {
    const result = await runChaos({ runs, seed });
    console.warn(
      `chaos seed ${seed}: ${result.runs} runs, ${result.faults} faults injected, ${result.violations.length} violations`,
    );
    for (const r of result.reports.filter((x) => x.violations.length > 0).slice(0, 3)) {
      console.warn(`run ${r.run}:\n${r.steps.join('\n')}\n→ ${r.violations.join('\n→ ')}`);
    }
    expect(result.faults).toBeGreaterThanOrEqual(runs);
    expect(result.violations).toEqual([]);
  });
});
