import { describe, expect, it } from 'vitest';
import { dateLine, numberLine } from './vietnamese-date-line';

describe('dateLine', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(dateLine('Cẩm Bình', '2022-04-06')).toBe('Cẩm Bình, ngày 06 tháng 4 năm 2022');
    expect(dateLine('Hà Nội', '2023-02-01')).toBe('Hà Nội, ngày 01 tháng 02 năm 2023');
    expect(dateLine('Hà Nội', '2023-01-15')).toBe('Hà Nội, ngày 15 tháng 01 năm 2023');
    expect(dateLine('Hà Nội', '2025-12-31')).toBe('Hà Nội, ngày 31 tháng 12 năm 2025');
    expect(dateLine('Hà Nội', '2025-10-09')).toBe('Hà Nội, ngày 09 tháng 10 năm 2025');
  });

  it('leaves blanks for the day and month of an undated draft', () => {
    expect(dateLine('Cẩm Bình', null, 2026)).toBe('Cẩm Bình, ngày      tháng      năm 2026');
    expect(dateLine('Cẩm Bình', null)).toMatch(/^Cẩm Bình, ngày {6}tháng {6}năm \d{4}$/);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => dateLine('Cẩm Bình', '06/04/2022')).toThrow(RangeError);
  });
});

describe('numberLine', () => {
  it('pads numbers below 10 and leaves a blank for a draft', () => {
    expect(numberLine(51, 'KH-UBND')).toBe('Số: 51/KH-UBND');
    expect(numberLine(5, 'KH-UBND')).toBe('Số: 05/KH-UBND');
    expect(numberLine(124, 'KH-UBND')).toBe('Số: 124/KH-UBND');
    expect(numberLine(null, 'KH-UBND')).toBe('Số:      /KH-UBND');
  });
});
