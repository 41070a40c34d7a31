import { cleanText } from '../shared/text';
import type { Unit, UnitKind } from './unit';
import { parseUnitKind, type RowError, type UnitCsvRow } from './unit-csv';

export interface PlannedUnit {
  line: number;
  code: string | null;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  /** An existing unit, or the line of another row of the same file. */
  parent: { existing: Unit } | { line: number };
}

const CODE = /^[\p{L}\p{N}._-]{1,32}$/u;

function checkRow(row: UnitCsvRow, errors: RowError[]): UnitKind | null {
  const before = errors.length;
  const name = cleanText(row.name);
  if (name.length < 2)
    errors.push({ line: row.line, field: 'name', message: 'Thiếu tên đơn vị (ít nhất 2 ký tự).' });
  const kind = parseUnitKind(row.kindText);
  if (!kind)
    errors.push({
      line: row.line,
      field: 'kind',
      message: `Loại đơn vị "${row.kindText}" không hợp lệ.`,
    });
  if (row.code && !CODE.test(row.code)) {
    errors.push({
      line: row.line,
      field: 'code',
      message: `Mã "${row.code}" chỉ được gồm chữ, số, dấu chấm, gạch ngang.`,
    });
  }
  return errors.length === before ? kind : null;
}

/**
 * Decides, row by row, what a unit CSV would create: each valid row with its parent (an existing
 * unit in scope, or an earlier-or-later valid row of the file), and an error for every other row.
 * `existing` maps codes to units already stored and visible to the importer.
 */
export function planUnitImport(
  rows: UnitCsvRow[],
  existing: Map<string, Unit>,
  defaultParent: Unit,
): { planned: PlannedUnit[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const byCode = new Map<string, UnitCsvRow>();
  const kinds = new Map<number, UnitKind>();
  for (const row of rows) {
    const kind = checkRow(row, errors);
    if (row.code && byCode.has(row.code)) {
      errors.push({
        line: row.line,
        field: 'code',
        message: `Mã "${row.code}" trùng với dòng ${byCode.get(row.code)?.line}.`,
      });
      continue;
    }
    if (row.code && existing.has(row.code)) {
      errors.push({
        line: row.line,
        field: 'code',
        message: `Mã "${row.code}" đã có trong hệ thống.`,
      });
      continue;
    }
    if (row.code) byCode.set(row.code, row);
    if (kind) kinds.set(row.line, kind);
  }
  const resolved = new Map<number, PlannedUnit>();
  const failed = new Set<number>(errors.map((e) => e.line));
  const visit = (row: UnitCsvRow, trail: Set<number>): PlannedUnit | null => {
    const done = resolved.get(row.line);
    if (done) return done;
    if (failed.has(row.line)) return null;
    const kind = kinds.get(row.line);
    if (!kind) return null;
    let parent: PlannedUnit['parent'] | null = null;
    if (!row.parentCode) parent = { existing: defaultParent };
    else if (byCode.has(row.parentCode)) {
      const parentRow = byCode.get(row.parentCode);
      if (parentRow && trail.has(parentRow.line)) {
        errors.push({
          line: row.line,
          field: 'parentCode',
          message: 'Đơn vị cấp trên tạo thành vòng lặp.',
        });
      } else if (parentRow && visit(parentRow, new Set([...trail, row.line])))
        parent = { line: parentRow.line };
      else
        errors.push({
          line: row.line,
          field: 'parentCode',
          message: `Đơn vị cấp trên "${row.parentCode}" ở dòng ${parentRow?.line} bị lỗi.`,
        });
    } else if (existing.has(row.parentCode)) {
      parent = { existing: existing.get(row.parentCode) as Unit };
    } else {
      errors.push({
        line: row.line,
        field: 'parentCode',
        message: `Không tìm thấy đơn vị cấp trên mã "${row.parentCode}".`,
      });
    }
    if (!parent) {
      failed.add(row.line);
      return null;
    }
    const planned: PlannedUnit = {
      line: row.line,
      code: row.code,
      name: cleanText(row.name),
      shortName: row.shortName ? cleanText(row.shortName) : null,
      kind,
      parent,
    };
    resolved.set(row.line, planned);
    return planned;
  };
  for (const row of rows) visit(row, new Set());
  // Parents first, so each insert finds its parent's path already known.
  const ordered: PlannedUnit[] = [];
  const placed = new Set<number>();
  const place = (p: PlannedUnit): void => {
    if (placed.has(p.line)) return;
    if ('line' in p.parent) {
      const parent = resolved.get(p.parent.line);
      if (parent) place(parent);
    }
    placed.add(p.line);
    ordered.push(p);
  };
  for (const p of resolved.values()) place(p);
  errors.sort((a, b) => a.line - b.line);
  return { planned: ordered, errors };
}
