import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { DomainError, notFound } from '../shared/domain-error';
import type { ReportRow } from './reports.port';

/**
 * A stored report the actor may read: one of their subtree, or a weekly report of a member of
 * their working group for a week the member belonged to it (ADR 16). Throws not_found otherwise.
 */
export async function getReport(
  deps: Reads<'reports' | 'groups'>,
  actor: Actor,
  id: string,
): Promise<ReportRow> {
  const report = await deps.repos.reports.get(id);
  if (!report) throw notFound('báo cáo');
  const groups =
    report.kind === 'weekly'
      ? await deps.repos.groups.groupsOf(report.unitId, report.from, report.to)
      : [];
  try {
    authorize(actor, 'work.read', report.unitPath, groups);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'not_found') throw notFound('báo cáo');
    throw e;
  }
  return report;
}
