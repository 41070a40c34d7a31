import { authorize, type Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { civilDate } from '../shared/dates';
import { invalid, notFound } from '../shared/domain-error';
import type { Unit } from '../units/unit';
import { emptyNarrative, type Report } from './report';
import { reportContents, type ReportContents } from './report-contents';
import { weekOfKey } from './report-week';

export interface ReportView extends ReportContents {
  unit: Unit;
  /** The stored report, or null while the week's report is only a draft computed on the fly. */
  report: Report | null;
  week: { key: string; from: string; to: string; dueOn: string };
  narrative: Report['narrative'];
  /** The unit the report goes to, named in the confirmation before sending. */
  parentName: string | null;
}

/**
 * A unit's weekly report: the stored one, or a draft pre-filled from the week's activities and
 * obligations (nothing is stored until the officer saves or submits). Throws validation for a bad
 * week key, not_found/forbidden for a unit out of scope.
 */
export async function weeklyReport(
  deps: Reads<'units' | 'groups' | 'reports' | 'activities' | 'obligations'> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: { unitId: string; week: string },
): Promise<ReportView> {
  const week = weekOfKey(input.week);
  if (!week) throw invalid('week', `Tuần "${input.week}" không hợp lệ (dạng 2022-W14).`);
  const unit = await deps.repos.units.get(input.unitId);
  if (!unit) throw notFound('đơn vị');
  // A working group reads a member's report for the weeks the member had to report to it.
  const groups = await deps.repos.groups.groupsOf(unit.id, week.from, week.to);
  authorize(actor, 'work.read', unit.path, groups);
  const report = await deps.repos.reports.getFor(unit.id, 'weekly', week.key);
  const live = await reportContents(deps, unit, week.from, week.to, civilDate(deps.clock.now()));
  const frozen = report && report.status !== 'draft' && report.status !== 'returned';
  const parent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  return {
    unit,
    parentName: parent?.name ?? null,
    report,
    week,
    narrative: report?.narrative ?? emptyNarrative(),
    ...live,
    ...(frozen
      ? { figures: report.figures, compliance: report.compliance ?? live.compliance }
      : {}),
  };
}
