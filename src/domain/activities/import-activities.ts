import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import { foldVietnamese } from '../shared/text';
import type { ImportMode } from '../units/import-units';
import type { Unit } from '../units/unit';
import type { RowError } from '../units/unit-csv';
import type { Activity } from './activity';
import { activityRowsFromTable, planActivityImport } from './activity-import';
import type { ReadTable } from '../shared/file-parsers.port';

export interface ImportActivitiesReport {
  total: number;
  valid: number;
  created: number;
  errors: RowError[];
  applied: boolean;
}

/**
 * Records many activities from a spreadsheet (rows of cells, header first). Each bad row is
 * reported by line; `keep_valid` saves the good rows, `all_or_nothing` saves nothing when any row
 * is bad (validation with the rows as issues). All saved rows and the recount share one transaction.
 */
export async function importActivities(
  deps: Writes<'units' | 'categories' | 'activities' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { read: ReadTable; mode: ImportMode; dryRun?: boolean },
): Promise<ImportActivitiesReport> {
  authorize(actor, 'work.write');
  const { rows, fileError } = activityRowsFromTable(await input.read());
  if (fileError)
    throw new DomainError('validation', fileError, {
      issues: [{ path: 'file', message: fileError }],
    });
  const units = await deps.repos.units.listWithin({ withinPath: actor.unitPath });
  const byName = new Map<string, Unit>();
  for (const u of units) {
    if (u.code) byName.set(u.code, u);
    byName.set(foldVietnamese(u.name), u);
    if (u.shortName && !byName.has(foldVietnamese(u.shortName)))
      byName.set(foldVietnamese(u.shortName), u);
  }
  const today = civilDate(deps.clock.now());
  const { planned, errors } = planActivityImport(rows, {
    today,
    findUnit: (text) => byName.get(text.trim()) ?? byName.get(foldVietnamese(text)) ?? null,
    categories: await deps.repos.categories.list(),
  });
  const report: ImportActivitiesReport = {
    total: rows.length,
    valid: planned.length,
    created: 0,
    errors,
    applied: false,
  };
  if (input.dryRun) return report;
  if (input.mode === 'all_or_nothing' && errors.length > 0) {
    throw new DomainError(
      'validation',
      `Tệp có ${new Set(errors.map((e) => e.line)).size} dòng lỗi; không dòng nào được lưu.`,
      {
        issues: errors.map((e) => ({
          path: `rows.${e.line}.${e.field}`,
          message: `Dòng ${e.line}: ${e.message}`,
        })),
      },
    );
  }
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const now = deps.clock.now();
  const batchId = deps.ids.newId();
  const items: Activity[] = planned.map((p) => ({
    id: deps.ids.newId(),
    unitId: p.unitId,
    unitPath: pathOf.get(p.unitId) ?? '',
    occurredOn: p.occurredOn,
    channel: p.channel,
    extraChannels: p.extraChannels,
    outlet: p.outlet,
    approx: p.approx,
    categoryCode: p.category.code,
    quantity: p.quantity,
    measureUnit: p.category.measureUnit,
    title: p.title,
    link: p.link,
    taskId: null,
    source: 'import',
    externalRef: null,
    batchId,
    createdBy: actor.userId,
    createdAt: now,
  }));
  if (items.length === 0) return report;
  return deps.uow.transaction(async (repos) => {
    await repos.activities.insertMany(items);
    await repos.obligations.applyBatch(batchId);
    const days = items.map((i) => i.occurredOn).sort();
    await recordChange(repos, deps, actor, {
      unitId: actor.unitId,
      entity: 'activity',
      entityId: `import:${items[0]?.id}`,
      action: 'import',
      changes: { rows: items.length, from: days[0], to: days.at(-1) },
    });
    return { ...report, created: items.length, applied: true };
  });
}
