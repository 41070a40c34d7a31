import type { Repos } from '../ports';
import { foldVietnamese } from '../shared/text';
import { siblingNamed } from './sibling-names';
import type { RowError } from './unit-csv';
import type { PlannedUnit } from './unit-import-plan';

/**
 * The planned rows whose name a sibling already has (case and diacritics aside): a unit stored
 * under the same parent, or an earlier row of the file under the same parent. Each gets an error
 * on its name, and every row planned beneath it one on its parent code, so nothing half lands.
 */
export async function siblingNameErrors(
  repos: Pick<Repos, 'units'>,
  planned: PlannedUnit[],
): Promise<RowError[]> {
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const dropped = new Set<number>();
  for (const p of planned) {
    if ('line' in p.parent && dropped.has(p.parent.line)) {
      dropped.add(p.line);
      errors.push({
        line: p.line,
        field: 'parentCode',
        message: `Đơn vị cấp trên ở dòng ${p.parent.line} bị lỗi.`,
      });
      continue;
    }
    const parentKey = 'line' in p.parent ? `line:${p.parent.line}` : p.parent.existing.id;
    const key = `${parentKey}|${foldVietnamese(p.name)}`;
    const earlier = seen.get(key);
    const stored =
      'existing' in p.parent ? await siblingNamed(repos, p.parent.existing, p.name) : null;
    if (earlier === undefined && !stored) {
      seen.set(key, p.line);
      continue;
    }
    dropped.add(p.line);
    errors.push({
      line: p.line,
      field: 'name',
      message:
        stored && 'existing' in p.parent
          ? `Trong "${p.parent.existing.name}" đã có đơn vị "${stored.name}"; tên không được trùng.`
          : `Tên "${p.name}" trùng với dòng ${String(earlier)} (cùng đơn vị cấp trên).`,
    });
  }
  return errors;
}
