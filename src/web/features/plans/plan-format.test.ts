import { describe, expect, it } from 'vitest';
import {
  BLANK,
  dateLine,
  documentDate,
  formatCivilDate,
  numberLine,
  proseBlocks,
  roman,
} from './plan-format';

describe('the date line of a plan', () => {
  it('pads the day and only the months 1 and 2', () => {
    expect(dateLine('Cẩm Bình', '2022-04-06', 2026)).toBe('Cẩm Bình, ngày 06 tháng 4 năm 2022');
    expect(dateLine('Cẩm Phả', '2023-02-01', 2026)).toBe('Cẩm Phả, ngày 01 tháng 02 năm 2023');
    expect(dateLine('Hạ Long', '2023-01-15', 2026)).toBe('Hạ Long, ngày 15 tháng 01 năm 2023');
    expect(dateLine('Hạ Long', '2023-12-25', 2026)).toBe('Hạ Long, ngày 25 tháng 12 năm 2023');
  });

  it('leaves the day and month blank on a draft, in the given year', () => {
    expect(dateLine('Cẩm Bình', null, 2026)).toBe(`Cẩm Bình, ngày${BLANK}tháng${BLANK}năm 2026`);
  });
});

describe('the number line', () => {
  it('shows an issued number and leaves a draft blank', () => {
    expect(numberLine('51/KH-UBND', 'UBND')).toBe('Số: 51/KH-UBND');
    expect(numberLine(null, 'UBND')).toBe(`Số:${BLANK}/KH-UBND`);
    expect(numberLine(null, ' ')).toBe(`Số:${BLANK}/KH-UBND`);
  });
});

describe('dates and prose', () => {
  it('formats civil dates for tables and for documents', () => {
    expect(formatCivilDate('2022-04-05')).toBe('05/04/2022');
    expect(formatCivilDate(null)).toBe('');
    expect(documentDate('2022-04-05')).toBe('05/4/2022');
  });

  it('reads one paragraph per line with "- " bullets', () => {
    expect(proseBlocks('Mở đầu\n- Một\n\n+ Hai ')).toEqual([
      { kind: 'paragraph', text: 'Mở đầu' },
      { kind: 'bullet', text: 'Một' },
      { kind: 'bullet', text: 'Hai' },
    ]);
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 9].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX']);
  });
});
