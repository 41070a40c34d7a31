import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  corpusSplit,
  FIXTURES,
  predict,
  score,
  SHARED,
  sharedAvailable,
  stemsOf,
} from '../../test/support/extract/corpus-score';

// The shared scorer (../shared/extract/score.mjs) judges the extractor: on the five seeds, on
// our constructed fixtures, and on real documents published on the web (test/fixtures/
// extract-corpus), whose held-out part was not looked at while the rules were written.
describe.skipIf(!sharedAvailable())('F1 against the gold files (needs ../shared)', () => {
  it('is at least 0.95 on the five seeds', async () => {
    const gold = join(SHARED, 'extract/gold');
    const stems = stemsOf(gold);
    expect(
      score(gold, stems, await predict(join(SHARED, 'seeds'), stems)).overall.f,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('is at least 0.9 on our fixtures, overall and for each file', async () => {
    const gold = join(FIXTURES, 'gold');
    const stems = stemsOf(gold);
    expect(stems.length).toBeGreaterThanOrEqual(20);
    const predictions = await predict(join(FIXTURES, 'docs'), stems);
    expect(score(gold, stems, predictions).overall.f).toBeGreaterThanOrEqual(0.9);
    const perFile = Object.fromEntries(
      stems.map((stem) => [stem, score(gold, [stem], predictions).overall.f]),
    );
    // A single weak document must show up here, not hide in the average.
    expect(Object.entries(perFile).filter(([, f]) => f < 0.8)).toEqual([]);
  });

  it('holds its floors on the real documents it was developed on', async () => {
    const gold = join(CORPUS, 'gold');
    const stems = corpusSplit('development');
    // 252: the first 107, and 145 that were held out until their misses were read.
    expect(stems.length).toBeGreaterThanOrEqual(252);
    const result = score(gold, stems, await predict(join(CORPUS, 'docs'), stems));
    expect(result.overall.f).toBeGreaterThanOrEqual(0.935);
    // Fields with a handful of gold values swing on one document; they count in the overall.
    // (assignments.deadline has 4 in 252 documents, and "từ nay đến 22-5" is a task's deadline
    // in one annotation and the period's end in another.)
    const weak = result.fields.filter((f) => f.tp + f.fn >= 5 && f.f < 0.6);
    expect(weak.map((f) => `${f.field} ${f.f.toFixed(2)}`)).toEqual([]);
  });

  it('holds its floor on the real documents kept out of sight while the rules were written', async () => {
    // 24 documents annotated by hand without the extractor's output (s25–s27), scored once with
    // the rules frozen: 0.833; 0.841 after a round on development's misses. The 58 held out
    // before them (s17–s24) scored 0.874 and are now development. The goal is 0.90. The floor
    // keeps what was measured.
    const gold = join(CORPUS, 'gold');
    const stems = corpusSplit('held-out');
    expect(stems.length).toBeGreaterThanOrEqual(24);
    const result = score(gold, stems, await predict(join(CORPUS, 'docs'), stems));
    expect(result.overall.f).toBeGreaterThanOrEqual(0.835);
  });
});
