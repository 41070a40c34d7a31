import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import { getReport } from './get-report';
import type { ReportRow } from './reports.port';

/** Whether this reader opening the report counts as its parent having read it: a unit above. */
export const readsAsParent = (actor: Actor, report: Pick<ReportRow, 'unitId' | 'unitPath'>) =>
  actor.unitId !== report.unitId && isWithin(report.unitPath, actor.unitPath);

/**
 * Records that someone of a unit above first opened a sent report (read_at, read_by, audited);
 * from then on its unit cannot recall it. Idempotent: a later opening, a reader of the unit
 * itself or of a working group, and a report not sent change nothing. Compared and set on the
 * version, so against a racing recall exactly one wins; the loser here returns the report as the
 * recall left it. Throws not_found when the actor may not read the report, forbidden when they
 * only view (a viewer's look is not the parent's reading, and a viewer writes nothing).
 */
export async function markReportRead(
  deps: Writes<'reports' | 'groups' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<ReportRow> {
  const report = await getReport(deps, actor, id);
  authorize(actor, 'work.write');
  if (report.readAt || report.status !== 'submitted' || !readsAsParent(actor, report))
    return report;
  return deps.uow.transaction(async (repos) => {
    const now = deps.clock.now();
    const saved = await repos.reports.update(
      id,
      report.version,
      { readAt: now, readBy: actor.userId },
      now,
    );
    if (!saved) {
      const fresh = await repos.reports.get(id);
      if (!fresh) throw conflict('Báo cáo vừa thay đổi; hãy tải lại.');
      return fresh;
    }
    await recordChange(repos, deps, actor, {
      unitId: report.unitId,
      entity: 'report',
      entityId: id,
      action: 'read',
      changes: { period: report.periodKey, readAt: now.toISOString() },
    });
    return saved;
  });
}
