import ExcelJS from 'exceljs';
import { csvTable } from '../../domain/activities/activity-import';
import { DomainError } from '../../domain/shared/domain-error';
import { csvReadError } from '../../domain/shared/csv-read-error';

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return v.text;
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v);
};

/**
 * Reads an uploaded .csv or .xlsx, recognised by its content, as rows of text cells (header
 * first). Throws validation for a file it cannot read. Runs in the parse pool (parse-pool.ts).
 */
export async function readSpreadsheet(data: Uint8Array): Promise<string[][]> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isZip) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new DomainError(
        'validation',
        'Không đọc được tệp Excel; hãy lưu lại dạng .xlsx hoặc .csv.',
      );
    }
    return rowsOf(book);
  }
  if (bytes.includes(0)) throw new DomainError('validation', 'Tệp không phải .csv hoặc .xlsx.');
  try {
    return csvTable(bytes.toString('utf8'));
  } catch (e) {
    throw new DomainError('validation', csvReadError(e));
  }
}

function rowsOf(book: ExcelJS.Workbook): string[][] {
  try {
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((v) => cellText(v).trim()));
    });
    return rows;
  } catch {
    // ExcelJS trusts the sheet's structure; a malformed one surfaces here as any error.
    throw new DomainError(
      'validation',
      'Không đọc được tệp Excel; hãy lưu lại dạng .xlsx hoặc .csv.',
    );
  }
}
