import type { Actor } from '../domain/accounts/access';
import type { Reads } from '../domain/deps';
import { getReport } from '../domain/reports/get-report';
import { invalid, notFound } from '../domain/shared/domain-error';
import { renderAdministrativeDocx } from './administrative-docx';
import { weeklyReportDocumentModel } from './weekly-report-document';

/**
 * A stored weekly report as its BÁO CÁO (DOCX), for whoever may read it. Throws not_found out of
 * scope and validation for a sơ kết or tổng kết row (those print from the summary page).
 */
export async function weeklyReportFile(
  deps: Reads<'reports' | 'groups' | 'units'>,
  actor: Actor,
  id: string,
): Promise<{ name: string; docx: Buffer }> {
  const report = await getReport(deps, actor, id);
  if (report.kind !== 'weekly')
    throw invalid('id', 'Chỉ báo cáo tuần in được từ đây; sơ kết, tổng kết in từ trang Sơ kết.');
  const unit = await deps.repos.units.get(report.unitId);
  if (!unit) throw notFound('đơn vị');
  const parent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  return {
    name: `bao-cao-tuan-${report.periodKey.toLowerCase()}`,
    docx: await renderAdministrativeDocx(weeklyReportDocumentModel(report, unit, parent)),
  };
}
