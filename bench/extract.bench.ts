// Extractor quality, throughput and memory: F1 on the seeds and on real documents (the
// held-out part was not looked at while writing the rules; goal 0.90, no field under 0.6),
// documents per second for .txt and .docx fixtures, the time per MB on a 50 MB text file (goal:
// at most 2 s per MB), the slowest rule on one endless line of 1 MB, and peak memory meanwhile.
// Standalone: npx tsx bench/extract.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { extractDocument, MAX_ANALYSED_CHARS } from '../src/extract/index';
import { planDraftFromExtraction } from '../src/extract/plan-draft';
import { HOSTILE_PHRASES, hostileLine } from '../test/support/extract/hostile-lines';
import {
  CORPUS,
  corpusSplit,
  predict,
  score,
  SHARED,
  sharedAvailable,
  stemsOf,
} from '../test/support/extract/corpus-score';
import { atLeast, atMost } from './goals';

export interface BenchFigure {
  figure: string;
  value: number;
  unit: string;
  goal: string | null;
  pass: boolean | null;
}

const fixtures = resolve(process.cwd(), 'test/fixtures/extract/docs');
const MIN_MS = 1000;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

async function docsPerSecond(ext: string): Promise<number> {
  const files = readdirSync(fixtures)
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ fileName: f, bytes: new Uint8Array(readFileSync(join(fixtures, f))) }));
  if (files.length === 0) return 0;
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_MS) {
    for (const file of files) {
      await extractDocument(file);
      done++;
    }
    sample();
  }
  return done / ((performance.now() - started) / 1000);
}

async function secondsPerMbOfBigText(): Promise<number> {
  const block = readFileSync(join(fixtures, 'f01_plan_province_na.txt'));
  const bytes = new Uint8Array(50 * 1024 * 1024);
  for (let at = 0; at + block.length <= bytes.length; at += block.length) bytes.set(block, at);
  bytes.fill(0x20, bytes.length - (bytes.length % block.length));
  const started = performance.now();
  await extractDocument({ fileName: 'big.txt', bytes });
  sample();
  return (performance.now() - started) / 1000 / 50;
}

/**
 * The slowest rule family on one endless line of all the characters analysed (about 1 MB): the
 * phrase and its seconds. A rule whose work grows with the square of the line shows here. Also
 * the slowest plan draft made from such a line: the server makes it on its own thread, after the
 * reading thread has answered, so every other request waits for it.
 */
async function slowestHostileLine(): Promise<{
  name: string;
  seconds: number;
  draft: { name: string; ms: number };
}> {
  let slowest = { name: '', seconds: 0 };
  let draft = { name: '', ms: 0 };
  for (const [name, phrase] of Object.entries(HOSTILE_PHRASES)) {
    const bytes = new TextEncoder().encode(hostileLine(phrase, MAX_ANALYSED_CHARS));
    const started = performance.now();
    const read = await extractDocument({ fileName: 'line.txt', bytes });
    sample();
    const seconds = (performance.now() - started) / 1000;
    if (seconds > slowest.seconds) slowest = { name, seconds };
    if (!read.ok) continue;
    const drafting = performance.now();
    planDraftFromExtraction(read.extraction, [], read);
    const ms = performance.now() - drafting;
    if (ms > draft.ms) draft = { name, ms };
  }
  return { ...slowest, draft };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** F1 overall and of the weakest field on one set of gold files. */
async function quality(): Promise<BenchFigure[]> {
  if (!sharedAvailable()) return [];
  const seeds = join(SHARED, 'extract/gold');
  const seedScore = score(
    seeds,
    stemsOf(seeds),
    await predict(join(SHARED, 'seeds'), stemsOf(seeds)),
  );
  const rows = [atLeast('extract F1, seeds', round(seedScore.overall.f, 3), 'F1', 0.95)];
  for (const split of ['development', 'held-out'] as const) {
    const stems = corpusSplit(split);
    if (stems.length === 0) continue;
    const s = score(join(CORPUS, 'gold'), stems, await predict(join(CORPUS, 'docs'), stems));
    // A field with one or two gold values swings on one document (as in scoring.test.ts).
    const weakest = s.fields.filter((f) => f.tp + f.fn >= 3).reduce((a, b) => (b.f < a.f ? b : a));
    process.stderr.write(
      `  ${split} (${stems.length} documents): ${s.fields.map((f) => `${f.field} ${f.f.toFixed(2)}`).join(', ')}\n`,
    );
    rows.push(
      atLeast(`extract F1, real documents (${split})`, round(s.overall.f, 3), 'F1', 0.9),
      atLeast(`extract weakest field (${split}): ${weakest.field}`, round(weakest.f, 2), 'F1', 0.6),
    );
  }
  return [...rows, ...(await secondReading())];
}

/**
 * How far two people reading the same documents agree (test/fixtures/extract-corpus/
 * second-reading: 15 documents of s17–s24, annotated again while they were held out, blind to the
 * first annotation), and the extractor on the same documents: the first is the ceiling the second
 * can be held to. Their misses have since been read, so the extractor's figure is no longer one
 * on unseen text.
 */
async function secondReading(): Promise<BenchFigure[]> {
  const dir = join(CORPUS, 'second-reading');
  const stems = stemsOf(dir);
  if (stems.length === 0) return [];
  const second = stems
    .map((stem) => JSON.stringify({ ...readJson(join(dir, `${stem}.json`)), file: `${stem}.txt` }))
    .join('\n');
  const people = score(join(CORPUS, 'gold'), stems, second);
  const machine = score(join(CORPUS, 'gold'), stems, await predict(join(CORPUS, 'docs'), stems));
  const info = (figure: string, value: number): BenchFigure => ({
    figure,
    value: round(value, 3),
    unit: 'F1',
    goal: null,
    pass: null,
  });
  return [
    info(`extract F1, two annotators agree (${stems.length} documents)`, people.overall.f),
    info(`extract F1, extractor on the same ${stems.length}`, machine.overall.f),
  ];
}

const readJson = (file: string): object =>
  z
    .object({})
    .loose()
    .parse(JSON.parse(readFileSync(file, 'utf8')));

export async function run(): Promise<BenchFigure[]> {
  const scores = await quality();
  peakRss = 0;
  peakHeap = 0;
  const txt = await docsPerSecond('.txt');
  const docx = await docsPerSecond('.docx');
  const perMb = await secondsPerMbOfBigText();
  const line = await slowestHostileLine();
  return [
    ...scores,
    atLeast('extract .txt fixtures', round(txt), 'docs/s', 100),
    atLeast('extract .docx fixtures', round(docx), 'docs/s', 100),
    {
      figure: 'extract 50 MB .txt',
      value: round(perMb, 3),
      unit: 's/MB',
      goal: '≤ 2 s/MB',
      pass: perMb <= 2,
    },
    // Before the rules were bounded: a line of requests to a unit ran out of string length at
    // 200 KB, a line of citations took 17 s, counts 8 s.
    atMost(`extract 1 MB on one line, slowest: ${line.name}`, round(line.seconds, 2), 's', 2),
    // Before each task's frequency was looked for within reach of it: 150 ms for a line of
    // requests to a unit, each task scanning the whole line.
    atMost(
      `extract plan draft of a 1 MB line, slowest: ${line.draft.name}`,
      round(line.draft.ms),
      'ms',
      50,
    ),
    atMost('extract peak RSS', round(peakRss / 1024 / 1024), 'MB', 512),
    atMost('extract peak heap used', round(peakHeap / 1024 / 1024), 'MB', 256),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  for (const r of rows) {
    const verdict = r.pass === null ? '' : r.pass ? 'pass' : 'FAIL';
    console.log(
      `${r.figure.padEnd(26)} ${String(r.value).padStart(10)} ${r.unit.padEnd(7)} ${(r.goal ?? '').padEnd(10)} ${verdict}`,
    );
  }
}
