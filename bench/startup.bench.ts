// Start-up of the `loa` command as an operator runs it (bin/loa.mjs, the compiled build): the
// wall time of `loa extract` on one .txt plan, from spawn to exit (goal: under 0.5 s), and of
// `loa --help`. Median of 5 runs after one to warm the file cache.
// Standalone: npx tsx bench/startup.bench.ts
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ensureServerBuild } from '../scripts/server-build.mjs';
import type { BenchFigure } from './extract.bench';
import { atMost } from './goals';

const RUNS = 5;
const FIXTURE = 'test/fixtures/extract/docs/f01_plan_province_na.txt';

/** Median seconds from spawning `node bin/loa.mjs <args>` to its exit. */
function medianSeconds(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['bin/loa.mjs', ...args], { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`loa ${args.join(' ')} failed: ${run.stderr}`);
    if (i > 0) times.push(seconds);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function run(): Promise<BenchFigure[]> {
  await ensureServerBuild();
  const extract = medianSeconds(['extract', FIXTURE]);
  const help = medianSeconds(['--help']);
  return [
    {
      figure: 'loa extract one .txt (wall)',
      value: round(extract),
      unit: 's',
      goal: '< 0.5 s',
      pass: extract < 0.5,
    },
    atMost('loa --help (wall)', round(help), 's', 1),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(`${r.figure.padEnd(30)} ${String(r.value).padStart(7)} ${r.unit} ${r.goal ?? ''}`);
}
