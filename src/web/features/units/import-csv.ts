import type { ImportUnitsResponse } from '../../../contracts/units.contract';
import type { FieldProblem } from '../../api/client';
import { downloadText, toCsv } from '../dashboard/csv';

export type ImportRowError = ImportUnitsResponse['errors'][number];

/** The CSV columns, as the file names them. */
export const CSV_COLUMNS = ['ma', 'ten', 'ten_viet_tat', 'loai', 'ma_cap_tren'] as const;

const TEMPLATE = [
  ['KP10', 'Khu phố 10', 'KP10', 'khu phố', ''],
  ['KP10-T1', 'Tổ dân phố 1 khu phố 10', 'TDP1', 'tổ dân phố', 'KP10'],
  ['', 'Chi hội Cựu chiến binh', 'CCB', 'cơ quan', ''],
];

/** Offers the template as a download; the BOM lets Excel open it as UTF-8. */
export function downloadTemplate(): void {
  downloadText('mau-nhap-don-vi.csv', toCsv(CSV_COLUMNS, TEMPLATE));
}

const FIELD_COLUMNS: Record<string, string> = {
  code: 'ma',
  name: 'ten',
  shortName: 'ten_viet_tat',
  kind: 'loai',
  parentCode: 'ma_cap_tren',
};

/** The CSV column a row error is about, as the user sees it in the file. */
export const columnOf = (field: string): string => FIELD_COLUMNS[field] ?? field;

/** An all-or-nothing refusal lists rows as `rows.5.kind`; turn those back into row errors (others are dropped). */
export function rowErrorsFromProblem(errors: FieldProblem[] | undefined): ImportRowError[] {
  const rows: ImportRowError[] = [];
  for (const e of errors ?? []) {
    const match = /^(?:body\.)?rows\.(\d+)(?:\.(\w+))?$/.exec(e.path);
    if (match) rows.push({ line: Number(match[1]), field: match[2] ?? '', message: e.message });
  }
  return rows;
}
