import fs from 'node:fs';
import os from 'node:os';
import type { BenchRow } from './types';
import { markdownTable } from './table';

export interface RunInfo {
  startedAt: Date;
  durationMs: number;
  selected: string[];
  /** 1-minute load average before and after the run: other work on the machine skews timings. */
  loadBefore: number[];
  loadAfter: number[];
  /** Each benchmark's duration and the 1-minute load average when it started and ended. */
  perBenchmark: { name: string; seconds: number; loadBefore: number; loadAfter: number }[];
}

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
  };
}

const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

export function resultsMarkdown(rows: BenchRow[], info: RunInfo, notes: string[]): string {
  const m = machine();
  const notesFromRows = rows
    .filter((r) => r.note)
    .map((r) => `- **${r.benchmark} – ${r.metric}:** ${r.note}`);
  return [
    '# Benchmark results',
    '',
    'Written by `pnpm bench` (see README.md for what each figure means). Ratio = baseline ÷ ours:',
    'how many times fewer requests / less time / fewer bytes than the naive way. All figures: lower is better.',
    '',
    `- Date: ${info.startedAt.toISOString()}`,
    `- Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.platform}, Node ${m.node}`,
    `- Load average (1/5/15 min) before: ${load(info.loadBefore)}, after: ${load(info.loadAfter)}` +
      ` on ${m.cores} cores — the machine is shared with other engineers' test runs; a load above the core` +
      ' count means processes waited for a core, which inflates wall times (the server rows also give CPU time).',
    `- Benchmarks run: ${info.selected.join(', ')}; total run time ${(info.durationMs / 1000).toFixed(1)} s`,
    `- Per benchmark (duration, 1-min load at start → end): ${info.perBenchmark
      .map(
        (b) => `${b.name} ${b.seconds.toFixed(0)} s (${b.loadBefore.toFixed(1)} → ${b.loadAfter.toFixed(1)})`,
      )
      .join(', ')}`,
    '',
    markdownTable(rows),
    '',
    ...(notesFromRows.length + notes.length > 0 ? ['## Notes', '', ...notesFromRows, ...notes, ''] : []),
  ].join('\n');
}

export function writeResults(file: string, content: string) {
  fs.writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`);
}
