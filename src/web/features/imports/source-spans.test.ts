import { describe, expect, it } from 'vitest';
import { ancestors, belongsTo, segments } from './source-spans';

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
