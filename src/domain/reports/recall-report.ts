import { authorizeOwnReport, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { formatDateVi } from '../shared/dates';
import { conflict, notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import type { ReportRow } from './reports.port';

const readMessage = (readAt: Date): string =>
  `Cấp trên đã đọc báo cáo ngày ${formatDateVi(readAt)}; không rút lại được nữa. Hãy liên hệ cấp trên để được trả lại.`;

/**
 * The reporting unit takes back a report it sent, as long as no one above has opened it: the
 * report becomes a draft again (narrative kept, figures recomputed when it is sent again). The
 * status and version are compared and set in one statement, so a read and a recall racing give
 * one winner. Throws conflict once the report was read, accepted or returned, not_found out of
 * scope and forbidden for anyone but the reporting unit's own officers.
 */
export async function recallReport(
  deps: Writes<'reports' | 'units' | 'notifications' | 'outbox' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  id: string,
): Promise<ReportRow> {
  const report = await deps.repos.reports.get(id);
  if (!report || !isWithin(report.unitPath, actor.unitPath)) throw notFound('báo cáo');
  authorizeOwnReport(actor, report.unitId);
  if (report.readAt) throw conflict(readMessage(report.readAt));
  if (report.status !== 'submitted') throw conflict('Chỉ rút lại được báo cáo đã gửi.');
  // A numbered document has been issued and sent out signed: it is not taken back.
  if (report.number !== null)
    throw conflict('Báo cáo đã ban hành có số văn bản; không rút lại được.');
  return deps.uow.transaction(async (repos) => {
    const saved = await repos.reports.update(
      id,
      report.version,
      {
        status: 'draft',
        submittedAt: null,
        submittedOn: null,
        submittedBy: null,
      },
      deps.clock.now(),
    );
    if (!saved) {
      const fresh = await repos.reports.get(id);
      throw conflict(
        fresh?.readAt ? readMessage(fresh.readAt) : 'Báo cáo vừa thay đổi; hãy tải lại.',
      );
    }
    await recordChange(repos, deps, actor, {
      unitId: report.unitId,
      entity: 'report',
      entityId: id,
      action: 'recall',
      changes: { period: report.periodKey, status: { from: 'submitted', to: 'draft' } },
    });
    const unit = await repos.units.get(report.unitId);
    if (unit?.parentId) {
      await notifyUnits(repos, deps, {
        unitIds: [unit.parentId],
        kind: 'report',
        title: `${unit.name} đã rút lại báo cáo ${report.periodKey}`,
        body: 'Báo cáo sẽ được gửi lại sau khi chỉnh sửa.',
        link: `/app/reports/${id}`,
      });
    }
    return saved;
  });
}
