import { foldVietnamese } from '../shared/text';
import type { Unit } from '../units/unit';

/** One problem of an import, by line (the header is line 1). */
export interface ImportIssue {
  line: number;
  field: string;
  kind: 'unknown_unit' | 'duplicate' | 'missing' | 'invalid';
  message: string;
}

export interface PlannedArea {
  line: number;
  districtName: string;
  seats: number;
  name: string;
  address: string;
  voterCount: number;
  commune: Unit;
  villages: Unit[];
}

const COLUMNS: Record<string, keyof RawRow> = {
  'don vi bau cu': 'district',
  'so dai bieu': 'seats',
  'so dai bieu duoc bau': 'seats',
  'khu vuc bo phieu': 'area',
  'dia chi': 'address',
  'xa phuong': 'commune',
  'xa, phuong': 'commune',
  'don vi hanh chinh': 'commune',
  'thon to': 'villages',
  'thon, to dan pho': 'villages',
  'thon, khu pho': 'villages',
  'so cu tri': 'voters',
};

interface RawRow {
  district: string;
  seats: string;
  area: string;
  address: string;
  commune: string;
  villages: string;
  voters: string;
}

/** The expected header, as the import dialog shows it. */
export const POLLING_IMPORT_HEADER = [
  'Đơn vị bầu cử',
  'Số đại biểu',
  'Khu vực bỏ phiếu',
  'Địa chỉ',
  'Xã phường',
  'Thôn tổ',
  'Số cử tri',
];

const matches = (unit: Unit, text: string): boolean => {
  const f = foldVietnamese(text);
  return (
    foldVietnamese(unit.name) === f ||
    (unit.shortName !== null && foldVietnamese(unit.shortName) === f) ||
    (unit.code !== null && unit.code.toLowerCase() === f)
  );
};

/**
 * Reads polling-area rows against the units of the scope and reports every data-quality problem:
 * unknown communes or villages, duplicates (in the file or already stored), missing addresses,
 * bad numbers. The caller imports nothing unless the report is empty.
 */
export function planPollingImport(
  table: string[][],
  scopeUnits: Unit[],
  existing: Set<string>,
): { areas: PlannedArea[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const [header = [], ...rows] = table;
  const index = new Map<keyof RawRow, number>();
  header.forEach((h, i) => {
    const key = COLUMNS[foldVietnamese(h).replace(/[_-]/g, ' ')];
    if (key) index.set(key, i);
  });
  for (const need of ['district', 'area', 'address', 'commune', 'voters'] as const)
    if (!index.has(need))
      issues.push({
        line: 1,
        field: need,
        kind: 'missing',
        message: `Thiếu cột bắt buộc (${POLLING_IMPORT_HEADER.join(', ')}).`,
      });
  if (issues.length) return { areas: [], issues };
  const communes = scopeUnits.filter((u) => u.kind === 'commune' || u.kind === 'district');
  const seen = new Set<string>();
  const areas: PlannedArea[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    const cell = (k: keyof RawRow) => (cells[index.get(k) ?? -1] ?? '').trim();
    if (cells.every((c) => !c.trim())) return;
    const issue = (field: string, kind: ImportIssue['kind'], message: string) =>
      issues.push({ line, field, kind, message });
    const r: RawRow = {
      district: cell('district'),
      seats: cell('seats'),
      area: cell('area'),
      address: cell('address'),
      commune: cell('commune'),
      villages: cell('villages'),
      voters: cell('voters'),
    };
    if (!r.district) issue('district', 'missing', 'Thiếu tên đơn vị bầu cử.');
    if (!r.area) issue('area', 'missing', 'Thiếu tên khu vực bỏ phiếu.');
    if (!r.address) issue('address', 'missing', 'Thiếu địa chỉ khu vực bỏ phiếu.');
    const voters = Number(r.voters.replace(/[.\s]/g, ''));
    if (!r.voters || !Number.isInteger(voters) || voters < 0)
      issue('voters', 'invalid', 'Số cử tri phải là số nguyên không âm.');
    const seats = r.seats ? Number(r.seats) : 1;
    if (!Number.isInteger(seats) || seats < 1)
      issue('seats', 'invalid', 'Số đại biểu phải là số nguyên dương.');
    const commune = communes.find((u) => matches(u, r.commune));
    if (!commune)
      issue(
        'commune',
        'unknown_unit',
        `Không có xã, phường “${r.commune}” trong phạm vi cuộc bầu cử và đơn vị của bạn.`,
      );
    const villages: Unit[] = [];
    for (const name of r.villages
      .split(/[;|]/)
      .map((v) => v.trim())
      .filter(Boolean)) {
      const v = commune && scopeUnits.find((u) => u.parentId === commune.id && matches(u, name));
      if (v) villages.push(v);
      else
        issue(
          'villages',
          'unknown_unit',
          `Không có thôn, tổ “${name}” thuộc ${commune?.name ?? 'xã, phường đã nêu'}.`,
        );
    }
    const key = `${foldVietnamese(r.district)}|${foldVietnamese(r.area)}`;
    if (r.district && r.area && seen.has(key))
      issue('area', 'duplicate', 'Khu vực bỏ phiếu lặp lại trong tệp.');
    else if (r.district && r.area && existing.has(key))
      issue('area', 'duplicate', 'Khu vực bỏ phiếu này đã có.');
    seen.add(key);
    if (commune && r.district && r.area && r.address && Number.isInteger(voters) && voters >= 0)
      areas.push({
        line,
        districtName: r.district,
        seats,
        name: r.area,
        address: r.address,
        voterCount: voters,
        commune,
        villages,
      });
  });
  return { areas, issues };
}
