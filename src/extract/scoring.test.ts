import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractDocument } from './index';

// The shared scorer (../shared/extract/score.mjs) judges the extractor; this test feeds it the
// extractor's JSON Lines for the seeds and for our fixtures and holds the F1 thresholds.
const shared = resolve(process.cwd(), '../shared');
const scorer = join(shared, 'extract/score.mjs');
const fixtures = resolve(process.cwd(), 'test/fixtures/extract');

async function predict(docsDir: string, stems: Set<string>): Promise<string> {
  const lines: string[] = [];
  for (const name of readdirSync(docsDir).sort()) {
    if (!stems.has(name.replace(/\.[^.]+$/, ''))) continue;
    const file = join(docsDir, name);
    const result = await extractDocument({ fileName: file, bytes: readFileSync(file) });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    lines.push(JSON.stringify(result.extraction));
  }
  return lines.join('\n');
}

function score(goldDir: string, predictions: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'loa-score-'));
  writeFileSync(join(dir, 'pred.jsonl'), predictions);
  const out = execFileSync(
    'node',
    [scorer, '--gold', goldDir, '--pred', join(dir, 'pred.jsonl'), '--json'],
    { encoding: 'utf8' },
  );
  return ScoreSchema.parse(JSON.parse(out)).overall.f;
}

const ScoreSchema = z.object({ overall: z.object({ f: z.number() }) });

const stemsOf = (goldDir: string) =>
  new Set(
    readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5)),
  );

describe('F1 against the gold files', () => {
  it('is at least 0.95 on the five seeds', async () => {
    const gold = join(shared, 'extract/gold');
    expect(score(gold, await predict(join(shared, 'seeds'), stemsOf(gold)))).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('is at least 0.9 on our fixtures, overall and for each file', async () => {
    const gold = join(fixtures, 'gold');
    const stems = stemsOf(gold);
    expect(stems.size).toBeGreaterThanOrEqual(20);
    const predictions = await predict(join(fixtures, 'docs'), stems);
    expect(score(gold, predictions)).toBeGreaterThanOrEqual(0.9);
    const perFile: Record<string, number> = {};
    for (const stem of stems) {
      const one = mkdtempSync(join(tmpdir(), 'loa-gold-'));
      mkdirSync(one, { recursive: true });
      copyFileSync(join(gold, `${stem}.json`), join(one, `${stem}.json`));
      perFile[stem] = score(one, predictions);
    }
    // A single weak document must show up here, not hide in the average.
    expect(Object.entries(perFile).filter(([, f]) => f < 0.8)).toEqual([]);
  });
});
