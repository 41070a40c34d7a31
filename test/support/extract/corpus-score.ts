// Scores the extractor with the shared scorer (../shared/extract/score.mjs): the tests hold its
// floors and the bench prints its per-field figures, both from here.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { extractDocument } from '../../../src/extract/index';

export const SHARED = resolve(process.cwd(), '../shared');
export const SCORER = join(SHARED, 'extract/score.mjs');
export const FIXTURES = resolve(process.cwd(), 'test/fixtures/extract');
export const CORPUS = resolve(process.cwd(), 'test/fixtures/extract-corpus');

/** Whether the shared scorer and seeds are beside the checkout (tests skip, saying so, if not). */
export const sharedAvailable = (): boolean => existsSync(SCORER);

const ScoreSchema = z.object({
  docs: z.number(),
  fields: z.array(
    z.object({ field: z.string(), tp: z.number(), fp: z.number(), fn: z.number(), f: z.number() }),
  ),
  overall: z.object({ f: z.number(), p: z.number(), r: z.number() }),
});
export type Score = z.infer<typeof ScoreSchema>;

/** The stems (file names without extension) of the gold files in a directory. */
export const stemsOf = (goldDir: string): string[] =>
  readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

/** The extractor's JSON Lines for the documents of `docsDir` whose stem is in `stems`. */
export async function predict(docsDir: string, stems: Iterable<string>): Promise<string> {
  const wanted = new Set(stems);
  const lines: string[] = [];
  for (const name of readdirSync(docsDir).sort()) {
    if (!wanted.has(name.replace(/\.[^.]+$/, ''))) continue;
    const file = join(docsDir, name);
    const result = await extractDocument({ fileName: file, bytes: readFileSync(file) });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    lines.push(JSON.stringify(result.extraction));
  }
  return lines.join('\n');
}

/** The scorer's verdict on `predictions` against the gold files of `stems` only. */
export function score(goldDir: string, stems: Iterable<string>, predictions: string): Score {
  const dir = mkdtempSync(join(tmpdir(), 'loa-score-'));
  const gold = join(dir, 'gold');
  mkdirSync(gold);
  for (const stem of stems) copyFileSync(join(goldDir, `${stem}.json`), join(gold, `${stem}.json`));
  writeFileSync(join(dir, 'pred.jsonl'), predictions);
  const out = execFileSync(
    'node',
    [SCORER, '--gold', gold, '--pred', join(dir, 'pred.jsonl'), '--json'],
    { encoding: 'utf8' },
  );
  return ScoreSchema.parse(JSON.parse(out));
}

/** The real documents' ids by split, from the corpus manifest. */
export function corpusSplit(split: 'development' | 'held-out'): string[] {
  const manifest = z
    .array(z.object({ id: z.string(), split: z.enum(['development', 'held-out']) }))
    .parse(JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')));
  return manifest.filter((m) => m.split === split).map((m) => m.id);
}
