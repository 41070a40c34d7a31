import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(
      ['Đơn vị', 'Số lượng'],
      [
        ['Phường "Cẩm Bình", Cẩm Phả', 3],
        ['x', null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Đơn vị,Số lượng\r\n"Phường ""Cẩm Bình"", Cẩm Phả",3\r\nx,\r\n');
  });

  it('names files without diacritics', () => {
    expect(csvFileName('Tuân thủ theo tuần – Đợt 1')).toBe('tuan-thu-theo-tuan-dot-1.csv');
    expect(csvFileName('')).toBe('du-lieu.csv');
  });
});
