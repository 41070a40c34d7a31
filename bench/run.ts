// `npm run bench`: runs every bench/*.bench.ts module, prints one table (figure, value, goal,
// pass) and writes bench/results.json. Each module exports `run(): Promise<BenchFigure[]>`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './extract.bench';

const dir = new URL('.', import.meta.url);
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: Array<BenchFigure & { bench: string }> = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(new URL(file, dir).pathname).href)) as {
    run: () => Promise<BenchFigure[]>;
  };
  process.stderr.write(`… ${file}\n`);
  for (const figure of await mod.run())
    rows.push({ bench: file.replace('.bench.ts', ''), ...figure });
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1));
const table = rows.map((r) => [
  r.bench,
  r.figure,
  `${fmt(r.value)} ${r.unit}`,
  r.goal ?? '',
  // A figure with no goal says nothing about whether Loa is fast enough: it shows as such.
  r.goal === null ? 'no goal' : r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
]);
const head = ['bench', 'figure', 'value', 'goal', 'result'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
  [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join(
    '\n',
  ),
);
// A run of some benchmarks replaces their rows and keeps the others' from the last full run.
const file = new URL('results.json', dir);
const ran = new Set(rows.map((r) => r.bench));
const kept = (() => {
  if (only.length === 0 || !existsSync(file)) return [];
  const last = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ bench: string }> };
  return last.rows.filter((r) => !ran.has(r.bench));
})();
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), rows: [...kept, ...rows] }, null, 2)}\n`,
);
