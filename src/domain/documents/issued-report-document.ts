import type { Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { getReport } from '../reports/get-report';
import { notFound } from '../shared/domain-error';
import type { IssuedDocument } from './issued-document';

/**
 * The issued-document record of a sơ kết or tổng kết the actor may read; not_found for a report that was
 * never issued as a document (a weekly report, a sơ kết not yet issued).
 */
export async function issuedDocumentOfReport(
  deps: Reads<'reports' | 'groups' | 'issuedDocuments'>,
  actor: Actor,
  reportId: string,
): Promise<IssuedDocument> {
  const report = await getReport(deps, actor, reportId);
  const doc =
    (await deps.repos.issuedDocuments.find('phase_report', report.id)) ??
    (await deps.repos.issuedDocuments.find('final_report', report.id));
  if (!doc) throw notFound('bản báo cáo đã ban hành');
  return doc;
}
