// Hostile uploads: how long each takes to be answered through the parse pool (default caps), how
// long the event loop stalls meanwhile (what /healthz and every other request would wait), and
// the same for ten at once. The "before" of each row is the event-loop stall measured on the code
// before the pool (commit 5a38813, this 2-core machine under the usual load of other work).
// Standalone: npx tsx bench/hostile-files.bench.ts
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createParsePool, type ParsePool } from '../src/server/adapters/parse-pool';
import * as hostile from '../test/support/hostile-files';
import type { BenchFigure } from './extract.bench';
import { atMost } from './goals';

/** Event-loop stall per file before the pool, in ms (tmp measurements on 5a38813). */
const BEFORE_MS: Record<string, string> = {
  docx: '44 000 ms',
  pdf: '1 200 ms',
  html: '> 200 000 ms',
  xlsx: '10 600 ms, +340 MB',
  mp3: '840 ms',
};

const STALL_GOAL_MS = 200;

async function timed(read: () => Promise<unknown>) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const outcome = await read().then(
    () => 'read',
    (e: unknown) => (e instanceof Error ? e.name : 'error'),
  );
  const ms = performance.now() - started;
  loop.disable();
  return { ms, stallMs: loop.max / 1e6, outcome };
}

async function files(): Promise<
  Array<{ key: string; label: string; read: (p: ParsePool) => Promise<unknown> }>
> {
  const docx = await hostile.unclosedTagDocx();
  const pdf = hostile.textOperatorPdf();
  const html = hostile.nestedDivHtml();
  const xlsx = await hostile.manyCellsXlsx();
  const mp3 = hostile.unsyncedMp3(50 * 1024 * 1024);
  return [
    {
      key: 'docx',
      label: '.docx `<` + 200 000 letters',
      read: (p) => p.document({ fileName: 'a.docx', bytes: docx }),
    },
    {
      key: 'pdf',
      label: '.pdf 10 000 text operators',
      read: (p) => p.document({ fileName: 'a.pdf', bytes: pdf }),
    },
    {
      key: 'html',
      label: '.html 2 MB nested <div>',
      read: (p) => p.document({ fileName: 'a.html', bytes: html }),
    },
    { key: 'xlsx', label: '.xlsx 150 000 rows', read: (p) => p.spreadsheet(xlsx) },
    {
      key: 'mp3',
      label: '.mp3 50 MB without a frame',
      read: (p) => p.audioDuration('audio/mpeg', mp3),
    },
  ];
}

const round = (n: number) => Math.round(n);

export async function run(): Promise<BenchFigure[]> {
  const pool = createParsePool();
  const rows: BenchFigure[] = [];
  try {
    await pool.unitCsv('ten,loai\n'); // start a worker, as a running server has one
    const all = await files();
    for (const f of all) {
      const r = await timed(() => f.read(pool));
      rows.push(
        {
          figure: `${f.label}: answered in`,
          value: round(r.ms),
          unit: 'ms',
          goal: '≤ time cap + 5 s',
          pass: r.ms <= 20_000,
        },
        {
          figure: `${f.label}: event-loop stall`,
          value: round(r.stallMs),
          unit: 'ms',
          goal: `≤ ${STALL_GOAL_MS} ms (before ${BEFORE_MS[f.key] ?? '?'})`,
          pass: r.stallMs <= STALL_GOAL_MS,
        },
      );
    }
    const ten = Array.from({ length: 10 }, (_, i) => all[i % all.length]);
    const r = await timed(() =>
      Promise.all(ten.map((f) => (f ? f.read(pool).catch(() => null) : Promise.resolve(null)))),
    );
    rows.push(
      // Each file is refused long before the 15 s a reading thread may take (LOA_PARSE_TIME_LIMIT).
      atMost('ten hostile files at once: all answered in', round(r.ms), 'ms', 15_000),
      {
        figure: 'ten hostile files at once: event-loop stall',
        value: round(r.stallMs),
        unit: 'ms',
        goal: `≤ ${STALL_GOAL_MS} ms`,
        pass: r.stallMs <= STALL_GOAL_MS,
      },
    );
  } finally {
    await pool.close();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(
      `${r.figure.padEnd(50)} ${String(r.value).padStart(8)} ${r.unit.padEnd(3)} ${r.goal ?? ''}`,
    );
}
