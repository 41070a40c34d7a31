import { describe, expect, it } from 'vitest';
import { ancestors, belongsTo, blocks, segments } from './source-spans';

describe('segments', () => {
  it('cuts overlapping sources into runs, innermost path first', () => {
    const text = 'Số: 51/KH-UBND. Tuyên truyền nhiệm kỳ 2022-2025.';
    const parts = segments(text.length, {
      number: { start: 4, end: 14 },
      title: { start: 16, end: 48 },
      'election.term': { start: 29, end: 47 },
    });
    expect(parts.map((p) => [text.slice(p.start, p.end), p.paths])).toEqual([
      ['Số: ', []],
      ['51/KH-UBND', ['number']],
      ['. ', []],
      ['Tuyên truyền ', ['title']],
      ['nhiệm kỳ 2022-2025', ['election.term', 'title']],
      ['.', ['title']],
    ]);
  });

  it('ignores empty spans and clamps spans to the text', () => {
    const parts = segments(5, { a: { start: 2, end: 2 }, b: { start: 3, end: 99 } });
    expect(parts).toEqual([
      { start: 0, end: 3, paths: [] },
      { start: 3, end: 5, paths: ['b'] },
    ]);
  });
});

describe('paths', () => {
  it('knows which field owns a source', () => {
    expect(belongsTo('channels.3', 'channels')).toBe(true);
    expect(belongsTo('channels', 'channels')).toBe(true);
    expect(belongsTo('channelsX', 'channels')).toBe(false);
    expect(ancestors('assignments.1.unit')).toEqual([
      'assignments.1.unit',
      'assignments.1',
      'assignments',
    ]);
  });
});

describe('blocks', () => {
  const lay = (text: string, size: number) =>
    blocks(text, segments(text.length, { x: { start: 3, end: 9 } }), size);

  it('keeps whole lines together up to the size, and loses or repeats no character', () => {
    const text = 'một\nhai ba\nbốn năm sáu\nbảy';
    const out = lay(text, 12);
    expect(out.map((b) => text.slice(b.start, b.end))).toEqual([
      'một\nhai ba\n',
      'bốn năm sáu\n',
      'bảy',
    ]);
    expect(out.flatMap((b) => b.parts.map((p) => text.slice(p.start, p.end))).join('')).toBe(text);
  });

  it('cuts one very long line into pieces at a space, and a mark across the cut into two', () => {
    const text = 'tuyên truyền '.repeat(1000);
    const out = lay(text, 100);
    expect(out.length).toBeGreaterThan(100);
    expect(out.every((b) => b.end - b.start <= 100)).toBe(true);
    expect(out.every((b) => text[b.end - 1] === ' ')).toBe(true);
    const marked = lay('ab cd ef gh ij', 6).flatMap((b) => b.parts.filter((p) => p.paths.length));
    expect(marked.map((p) => [p.start, p.end])).toEqual([
      [3, 6],
      [6, 9],
    ]);
  });

  it('cuts a line without spaces at the size', () => {
    const out = lay('x'.repeat(250), 100);
    expect(out.map((b) => b.end - b.start)).toEqual([100, 100, 50]);
  });
});
