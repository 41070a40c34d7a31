// The portal's HTML sanitiser on a 220 KB hostile programme (unclosed nested tags and many
// dropped-content elements): the hand-written one took 2–9 s here, quadratic in the input.
// Goal: under 500 ms, linear. Standalone: npx tsx bench/run.ts sanitize
import { sanitizeHtml } from '../src/domain/shared/sanitize-html';
import type { BenchFigure } from './extract.bench';

const unit = `${'<style></style>'.repeat(6)}<p><b><em>x<svg><script></script></svg></div><img>`;
const hostile = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function medianMs(html: string, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sanitizeHtml(html);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

export function run(): Promise<BenchFigure[]> {
  const small = medianMs(hostile(220 * 1024));
  const large = medianMs(hostile(4 * 220 * 1024));
  return Promise.resolve([
    {
      figure: 'sanitise 220 KB hostile HTML',
      value: Math.round(small),
      unit: 'ms',
      goal: '< 500 ms',
      pass: small < 500,
    },
    {
      figure: 'sanitise 880 KB / 220 KB time ratio',
      value: Math.round((large / small) * 10) / 10,
      unit: '×',
      goal: '< 8 (linear ≈ 4)',
      pass: large / small < 8,
    },
  ]);
}
