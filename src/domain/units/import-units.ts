import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import { getUnit } from './get-unit';
import { childPath, isWithin, type Unit } from './unit';
import type { RowError } from './unit-csv';
import { siblingNameErrors } from './unit-import-names';
import { planUnitImport } from './unit-import-plan';

export type ImportMode = 'keep_valid' | 'all_or_nothing';

export interface ImportUnitsInput {
  /** Where rows without a parent code go; the actor's own unit when absent. */
  parentId?: string;
  csv: string;
  mode: ImportMode;
  /** Check and report only; nothing is written. */
  dryRun?: boolean;
}

export interface ImportUnitsReport {
  total: number;
  valid: number;
  created: number;
  errors: RowError[];
  applied: boolean;
}

/**
 * Imports units from CSV. Bad rows are reported by line; with `keep_valid` the good rows are
 * created, with `all_or_nothing` any bad row rejects the file (validation, issues per row). A
 * name a sibling already has (stored, or an earlier row under the same parent) is a bad row.
 */
export async function importUnits(
  deps: Writes<'units' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'parsers'>,
  actor: Actor,
  input: ImportUnitsInput,
): Promise<ImportUnitsReport> {
  const target = await getUnit(deps, actor, input.parentId ?? actor.unitId);
  authorize(actor, 'unit.write', target.path);
  const { rows, fileError } = await deps.parsers.unitCsv(input.csv);
  if (fileError)
    throw new DomainError('validation', fileError, {
      issues: [{ path: 'csv', message: fileError }],
    });
  const codes = [
    ...new Set(rows.flatMap((r) => [r.code, r.parentCode]).filter((c): c is string => !!c)),
  ];
  const known = await deps.repos.units.findByCodes(codes);
  // A code outside the actor's scope still counts as taken, but cannot serve as a parent.
  const existing = new Map(known.map((u) => [u.code ?? '', u]));
  const { planned, errors } = planUnitImport(rows, existing, target);
  for (const e of errors) {
    const parent = rows.find((r) => r.line === e.line)?.parentCode;
    const unit = parent ? existing.get(parent) : undefined;
    if (unit && !isWithin(unit.path, actor.unitPath))
      e.message = `Không tìm thấy đơn vị cấp trên mã "${parent}".`;
  }
  const outside = planned.filter(
    (p) => 'existing' in p.parent && !isWithin(p.parent.existing.path, actor.unitPath),
  );
  for (const p of outside)
    errors.push({ line: p.line, field: 'parentCode', message: 'Không tìm thấy đơn vị cấp trên.' });
  const inScope = planned.filter((p) => !outside.includes(p));
  const clashes = await siblingNameErrors(deps.repos, inScope);
  errors.push(...clashes);
  errors.sort((a, b) => a.line - b.line);
  const valid = inScope.filter((p) => !clashes.some((e) => e.line === p.line));
  const report = { total: rows.length, valid: valid.length, created: 0, errors, applied: false };
  if (input.dryRun) return report;
  if (input.mode === 'all_or_nothing' && errors.length > 0) {
    throw new DomainError(
      'validation',
      `Tệp có ${errors.length} dòng lỗi; không dòng nào được nhập.`,
      {
        issues: errors.map((e) => ({
          path: `rows.${e.line}.${e.field}`,
          message: `Dòng ${e.line}: ${e.message}`,
        })),
        details: { report },
      },
    );
  }
  return deps.uow.transaction(async (repos) => {
    const made = new Map<number, Unit>();
    const now = deps.clock.now();
    for (const p of valid) {
      const parent = 'existing' in p.parent ? p.parent.existing : made.get(p.parent.line);
      if (!parent) continue;
      const id = deps.ids.newId();
      const unit: Unit = {
        id,
        parentId: parent.id,
        path: childPath(parent.path, id),
        depth: parent.depth + 1,
        name: p.name,
        shortName: p.shortName,
        kind: p.kind,
        code: p.code,
        active: true,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await repos.units.insert(unit);
      await recordChange(repos, deps, actor, {
        unitId: id,
        entity: 'unit',
        entityId: id,
        action: 'import',
        changes: { name: unit.name, kind: unit.kind, line: p.line },
      });
      made.set(p.line, unit);
    }
    return { ...report, created: made.size, applied: true };
  });
}
