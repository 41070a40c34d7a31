import { weekLabel as labelOfWeek } from '../shared/week-label';
import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import type { ReportRow } from './reports.port';

/** The parent accepts a submitted report, or returns it with a comment for the unit to redo. Throws forbidden for one's own unit. */
export async function reviewReport(
  deps: Writes<'reports' | 'notifications' | 'outbox' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  id: string,
  input: { accept: boolean; note: string | null },
): Promise<ReportRow> {
  const report = await deps.repos.reports.get(id);
  if (!report || !isWithin(report.unitPath, actor.unitPath)) throw notFound('báo cáo');
  authorize(actor, 'work.approve', report.unitPath);
  if (report.unitId === actor.unitId)
    throw forbidden('Báo cáo của đơn vị mình do cấp trên tiếp nhận.');
  if (report.status !== 'submitted') throw conflict('Chỉ tiếp nhận hoặc trả lại báo cáo đã gửi.');
  if (!input.accept && !input.note?.trim()) throw invalid('note', 'Ghi lý do trả lại.');
  return deps.uow.transaction(async (repos) => {
    const now = deps.clock.now();
    const saved = await repos.reports.update(
      id,
      report.version,
      {
        status: input.accept ? 'accepted' : 'returned',
        reviewedBy: actor.userId,
        reviewNote: input.note?.trim() || null,
        // Deciding on a report is reading it, even through the API without opening it first.
        ...(report.readAt ? {} : { readAt: now, readBy: actor.userId }),
      },
      now,
    );
    if (!saved) throw conflict('Báo cáo vừa thay đổi; hãy tải lại.');
    await recordChange(repos, deps, actor, {
      unitId: report.unitId,
      entity: 'report',
      entityId: id,
      action: 'update',
      changes: { status: { from: 'submitted', to: saved.status }, note: saved.reviewNote },
    });
    // A returned report is owed again: the unit hears of it by e-mail too.
    await notifyUnits(repos, deps, {
      unitIds: [report.unitId],
      kind: 'report',
      title: input.accept
        ? `Báo cáo ${labelOfWeek(report.periodKey).toLowerCase()} đã được tiếp nhận`
        : `Báo cáo ${labelOfWeek(report.periodKey).toLowerCase()} bị trả lại`,
      body: saved.reviewNote ?? '',
      link: `/app/reports/${id}`,
    });
    return saved;
  });
}
