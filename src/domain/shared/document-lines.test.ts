import { describe, expect, it } from 'vitest';
import { BLANK, dateLine, documentNumber, numberLine, roman } from './document-lines';

describe('dateLine', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(dateLine('Cẩm Bình', '2022-04-06', 2026)).toBe('Cẩm Bình, ngày 06 tháng 4 năm 2022');
    expect(dateLine('Hà Nội', '2023-02-01', 2026)).toBe('Hà Nội, ngày 01 tháng 02 năm 2023');
    expect(dateLine('Hà Nội', '2023-01-15', 2026)).toBe('Hà Nội, ngày 15 tháng 01 năm 2023');
    expect(dateLine('Hà Nội', '2025-12-31', 2026)).toBe('Hà Nội, ngày 31 tháng 12 năm 2025');
    expect(dateLine('Hà Nội', '2025-10-09', 2026)).toBe('Hà Nội, ngày 09 tháng 10 năm 2025');
  });

  it('leaves blanks for the day and month of an undated draft, and for a place not typed yet', () => {
    expect(dateLine('Cẩm Bình', null, 2026)).toBe(`Cẩm Bình, ngày${BLANK}tháng${BLANK}năm 2026`);
    expect(dateLine(' ', null, 2026)).toBe(`${BLANK}, ngày${BLANK}tháng${BLANK}năm 2026`);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => dateLine('Cẩm Bình', '06/04/2022', 2026)).toThrow(RangeError);
  });
});

describe('numberLine', () => {
  it('shows an issued number, numbers below 10 padded, and leaves a draft blank', () => {
    expect(numberLine(documentNumber(51, 'KH-UBND'), 'KH-UBND')).toBe('Số: 51/KH-UBND');
    expect(numberLine(documentNumber(5, 'BC-UBND'), 'BC-UBND')).toBe('Số: 05/BC-UBND');
    expect(numberLine(documentNumber(124, 'KH-UBND'), 'KH-UBND')).toBe('Số: 124/KH-UBND');
    expect(numberLine(null, 'KH-UBND')).toBe(`Số:${BLANK}/KH-UBND`);
  });
});

describe('roman', () => {
  it('numbers sections', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 14].map(roman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'IX',
      'X',
      'XIV',
    ]);
  });
});
