import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from './xlsx';
import type { XlsxSheet } from './xlsx';

const activities: XlsxSheet = {
  name: 'Hoạt động',
  title: 'Kết quả tuyên truyền bầu cử tuần 12',
  columns: [
    { header: 'Ngày', key: 'date', format: 'date', width: 12 },
    { header: 'Hình thức', key: 'channel' },
    { header: 'Số lượng', key: 'quantity', format: 'integer' },
    { header: 'Mã khu phố', key: 'code', format: 'text' },
  ],
  rows: [
    { date: '2022-06-05', channel: 'Loa truyền thanh', quantity: 14, code: '007' },
    { date: '2022-06-01', channel: 'Tờ rơi', quantity: '1.500', code: 12 },
    { date: null, channel: 'Băng rôn', quantity: null, code: null },
  ],
};

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which a plain ArrayBuffer satisfies.
  await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  return workbook;
}

describe('renderXlsx', () => {
  it('writes a title, a bold frozen header row with filters, and typed values', async () => {
    const workbook = await readBack(await renderXlsx([activities]));
    const sheet = workbook.getWorksheet('Hoạt động');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.getCell('A1').value).toBe('Kết quả tuyên truyền bầu cử tuần 12');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Ngày',
      'Hình thức',
      'Số lượng',
      'Mã khu phố',
    ]);
    expect(sheet.getCell('B2').font.bold).toBe(true);
    expect(sheet.getCell('B2').font.name).toBe('Times New Roman');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:D2');
    expect(sheet.getCell('A3').value).toEqual(new Date(Date.UTC(2022, 5, 5)));
    expect(sheet.getCell('A3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C3').value).toBe(14);
    expect(sheet.getCell('C4').value).toBe(1500);
    expect(sheet.getCell('D3').value).toBe('007');
    expect(sheet.getCell('D4').value).toBe('12');
    expect(sheet.getCell('A5').value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(12);
  });

  it('puts the header in row 1 without a title, and makes sheet names valid and unique', async () => {
    const plain = {
      ...activities,
      title: undefined,
      name: 'Tuần 12/2022: báo cáo tổng hợp kết quả',
    };
    const workbook = await readBack(await renderXlsx([plain, plain]));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(names.every((name) => name.length <= 31 && !/[\\/?*[\]:]/.test(name))).toBe(true);
    const first = workbook.worksheets[0];
    expect(first?.getCell('A1').value).toBe('Ngày');
    expect(first?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first?.autoFilter).toBe('A1:D1');
  });
});
