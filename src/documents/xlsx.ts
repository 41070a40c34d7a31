import ExcelJS from 'exceljs';

export type XlsxColumnFormat = 'text' | 'integer' | 'date';

export interface XlsxColumn {
  header: string;
  key: string;
  /** Width in characters. */
  width?: number;
  /** 'date' takes YYYY-MM-DD strings and shows them dd/mm/yyyy. */
  format?: XlsxColumnFormat;
}

export type XlsxRow = Record<string, string | number | null>;

export interface XlsxSheet {
  name: string;
  /** A title line above the header row, e.g. "Tổng hợp kết quả tuyên truyền tuần 12". */
  title?: string;
  columns: XlsxColumn[];
  rows: XlsxRow[];
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const NUMBER_FORMAT: Record<XlsxColumnFormat, string> = {
  text: '@',
  integer: '#,##0',
  date: 'dd/mm/yyyy',
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Excel refuses these in sheet names and caps names at 31 characters. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME_FORBIDDEN, ' ').trim().slice(0, SHEET_NAME_MAX) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 1)} ${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A cell value in the column's type: dates become real dates so Excel sorts and filters them. */
function cellValue(value: string | number | null, format: XlsxColumnFormat): ExcelJS.CellValue {
  if (value === null) return null;
  switch (format) {
    case 'text':
      return String(value);
    case 'integer': {
      const number = typeof value === 'number' ? value : Number(value.replace(/[.\s]/g, ''));
      return Number.isFinite(number) && value !== '' ? number : String(value);
    }
    case 'date': {
      const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      // UTC midnight: exceljs writes the serial from UTC, so the civil date never shifts by a day.
      return match
        ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
        : value;
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet, name: string): void {
  const worksheet = workbook.addWorksheet(name);
  const headerRowNumber = sheet.title ? 2 : 1;
  sheet.columns.forEach((column, index) => {
    const target = worksheet.getColumn(index + 1);
    target.width = column.width ?? Math.max(10, column.header.length + 2);
    target.numFmt = NUMBER_FORMAT[column.format ?? 'text'];
    target.font = FONT;
  });
  if (sheet.title) {
    const titleRow = worksheet.getRow(1);
    titleRow.getCell(1).value = sheet.title;
    titleRow.font = { ...FONT, size: 14, bold: true };
    if (sheet.columns.length > 1) worksheet.mergeCells(1, 1, 1, sheet.columns.length);
  }
  const header = worksheet.getRow(headerRowNumber);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = NUMBER_FORMAT.text;
  });
  sheet.rows.forEach((row) => {
    worksheet.addRow(sheet.columns.map((c) => cellValue(row[c.key] ?? null, c.format ?? 'text')));
  });
  worksheet.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = {
      from: { row: headerRowNumber, column: 1 },
      to: { row: headerRowNumber, column: sheet.columns.length },
    };
  }
}

/** A workbook of one or more sheets, each with a bold frozen header row and filters on it. */
export async function renderXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Loa';
  const taken = new Set<string>();
  for (const sheet of sheets) addSheet(workbook, sheet, sheetName(sheet.name, taken));
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
