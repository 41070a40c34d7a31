import { parse } from 'csv-parse/sync';
import { foldVietnamese } from '../shared/text';
import { UNIT_KINDS, type UnitKind } from './unit';
import { csvReadError } from '../shared/csv-read-error';

/** One data row of a unit CSV, with the file line it came from (the header is line 1). */
export interface UnitCsvRow {
  line: number;
  code: string | null;
  name: string;
  shortName: string | null;
  kindText: string;
  parentCode: string | null;
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

const HEADERS: Record<string, keyof Omit<UnitCsvRow, 'line'>> = {
  code: 'code',
  ma: 'code',
  'ma don vi': 'code',
  name: 'name',
  ten: 'name',
  'ten don vi': 'name',
  short_name: 'shortName',
  'ten viet tat': 'shortName',
  'ten ngan': 'shortName',
  kind: 'kindText',
  loai: 'kindText',
  cap: 'kindText',
  parent_code: 'parentCode',
  'ma cap tren': 'parentCode',
  'ma don vi cap tren': 'parentCode',
};

const KIND_WORDS: Array<[UnitKind, string[]]> = [
  ['nation', ['toan quoc', 'quoc gia', 'trung uong']],
  ['province', ['tinh', 'thanh pho truc thuoc trung uong']],
  ['district', ['huyen', 'quan', 'thi xa', 'thanh pho thuoc tinh', 'cap huyen']],
  ['commune', ['xa', 'phuong', 'thi tran', 'dac khu', 'cap xa']],
  ['village', ['thon', 'khu pho', 'to dan pho', 'ban', 'ap', 'khu', 'buon', 'lang']],
  ['agency', ['co quan', 'to chuc', 'doan the', 'phong ban', 'bo phan']],
  ['group', ['ban chi dao', 'tieu ban', 'to cong tac']],
];

/** Reads a kind written in English or Vietnamese ("Phường", "khu phố", "commune"). */
export function parseUnitKind(text: string): UnitKind | null {
  const folded = foldVietnamese(text).replace(/_/g, ' ');
  if ((UNIT_KINDS as readonly string[]).includes(folded)) return folded as UnitKind;
  for (const [kind, words] of KIND_WORDS) if (words.includes(folded)) return kind;
  return null;
}

/** A unit CSV read into rows, or the file-level reason it could not be. */
export interface UnitCsvParse {
  rows: UnitCsvRow[];
  fileError: string | null;
}

/**
 * Parses a unit CSV (UTF-8, comma or semicolon separated, Vietnamese or English headers).
 * Returns the rows, or a file-level error when the file cannot be read as such a table.
 */
export function parseUnitCsv(text: string): UnitCsvParse {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info: true` csv-parse returns { record, info } objects; its typings do not say so.
    records = parse(clean, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (e) {
    return { rows: [], fileError: csvReadError(e) };
  }
  const header = records.shift();
  if (!header) return { rows: [], fileError: 'Tệp CSV trống.' };
  const columns = header.record.map(
    (h) => HEADERS[foldVietnamese(h).replace(/_/g, ' ')] ?? HEADERS[foldVietnamese(h)] ?? null,
  );
  if (!columns.includes('name') || !columns.includes('kindText')) {
    return { rows: [], fileError: 'Thiếu cột bắt buộc: cần có cột "ten" (name) và "loai" (kind).' };
  }
  const rows = records.map(({ record, info }) => {
    const row: UnitCsvRow = {
      line: info.lines,
      code: null,
      name: '',
      shortName: null,
      kindText: '',
      parentCode: null,
    };
    columns.forEach((col, i) => {
      const value = (record[i] ?? '').normalize('NFC').trim();
      if (!col) return;
      if (col === 'name' || col === 'kindText') row[col] = value;
      else row[col] = value === '' ? null : value;
    });
    return row;
  });
  return { rows, fileError: null };
}
