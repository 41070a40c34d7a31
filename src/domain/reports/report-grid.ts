import { authorize, type Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { civilDate } from '../shared/dates';
import { getUnit } from '../units/get-unit';
import { enteredLater, punctuality, REPORTING_KINDS, type Punctuality } from './report';
import { recentWeeks, weekOfKey } from './report-week';

export interface ReportGrid {
  weeks: Array<{ key: string; from: string; to: string; dueOn: string }>;
  rows: Array<{
    unitId: string;
    unitName: string;
    cells: Array<{ week: string; state: Punctuality; reportId: string | null }>;
  }>;
}

/** For a parent: each reporting child × the last `count` weeks, submitted on time, late, or missing. */
export async function reportGrid(
  deps: Pick<Deps, 'repos' | 'clock'>,
  actor: Actor,
  input: { unitId: string; endDay?: string; count: number },
): Promise<ReportGrid> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  const today = civilDate(deps.clock.now());
  const weeks = recentWeeks(input.endDay ?? today, input.count).flatMap((k) => weekOfKey(k) ?? []);
  const children = (
    await deps.repos.units.find({ withinPath: unit.path, parentId: unit.id, limit: 2000 })
  ).filter((u) => REPORTING_KINDS.has(u.kind));
  const reports = await deps.repos.reports.findFor(
    children.map((c) => c.id),
    'weekly',
    weeks.map((w) => w.key),
  );
  const byKey = new Map(reports.map((r) => [`${r.unitId}|${r.periodKey}`, r]));
  return {
    weeks,
    rows: children.map((c) => ({
      unitId: c.id,
      unitName: c.name,
      cells: weeks.map((w) => {
        const r = byKey.get(`${c.id}|${w.key}`) ?? null;
        return {
          week: w.key,
          state: punctuality(r, w.dueOn, today, r?.submittedOn ?? null),
          reportId: r?.id ?? null,
          enteredLater: r ? enteredLater(r.submittedOn, r.submittedAt) : false,
        };
      }),
    })),
  };
}

/**
 * Reminds the given child units (of the actor's subtree) that a week's report is due or late.
 * Throws not_found, and forbidden for a role that may not write: a reminder notifies people,
 * so a read-only viewer may not send one (the web app offers it to writers only).
 */
export async function remindReports(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids'>,
  actor: Actor,
  input: { unitIds: string[]; week: string },
): Promise<number> {
  const units = await Promise.all(input.unitIds.map((id) => getUnit(deps, actor, id)));
  for (const u of units) authorize(actor, 'work.write', u.path);
  return deps.uow.transaction(async (repos) => {
    await notifyUnits(repos, deps, {
      unitIds: units.map((u) => u.id),
      kind: 'reminder',
      title: `Nhắc nộp báo cáo tuần ${input.week}`,
      body: `${actor.displayName} nhắc đơn vị gửi báo cáo tiến độ tuyên truyền tuần ${input.week}.`,
      link: `/app/reports?week=${input.week}`,
    });
    return units.length;
  });
}
