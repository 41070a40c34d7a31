import type { Actor } from '../domain/accounts/access';
import type { Deps, Reads } from '../domain/deps';
import type { IssuedDocument } from '../domain/documents/issued-document';
import { phaseSummary, type PhaseSummaryRepos } from '../domain/reports/phase-summary';
import type { AdministrativeDocumentModel } from './document-model';
import { summaryDocumentModel } from './summary-document';

type SummaryDeps = Reads<'users' | PhaseSummaryRepos> & Pick<Deps, 'clock'>;

/** The phase's name in a sơ kết's period key ("Đợt 1 2021-01-18/2021-03-25"). */
const phaseOfKey = (key: string): string => key.slice(0, key.lastIndexOf(' ')).trim();

/**
 * The BÁO CÁO of an issued sơ kết (or tổng kết) as it was issued: its number and date, the figures stored at
 * issue (its narrative is among the highlights), the unit above as recipient (b/c), signed by
 * the leader who issued it.
 * Read as the issuing unit sees its own subtree.
 */
export async function issuedSummaryModel(
  deps: SummaryDeps,
  doc: IssuedDocument,
): Promise<{ model: AdministrativeDocumentModel; signer: { name: string; position: string } }> {
  const report = await deps.repos.reports.get(doc.entityId);
  const unit = report && (await deps.repos.units.get(report.unitId));
  if (!report || !unit) throw new Error(`issued report ${doc.entityId} is gone`);
  const leader = report.submittedBy ? await deps.repos.users.get(report.submittedBy) : null;
  // The issuing unit reading its own sơ kết: no wider than the unit, whoever opens the PDF later.
  const reader: Actor = {
    userId: leader?.id ?? '',
    username: leader?.username ?? '',
    displayName: leader?.displayName ?? '',
    role: 'viewer',
    unitId: unit.id,
    unitPath: unit.path,
  };
  const ask = report.kind === 'final' ? { final: true } : { phase: phaseOfKey(report.periodKey) };
  let summary = await phaseSummary(deps, reader, { unitId: unit.id, ...ask });
  // The plan found for the phase's name must be the one of these dates (every year has "Đợt 1").
  if (summary.from !== report.from || summary.to !== report.to)
    summary = await phaseSummary(deps, reader, {
      unitId: unit.id,
      ...ask,
      from: report.from,
      to: report.to,
    });
  const parent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  const base = summaryDocumentModel(
    { ...summary, figures: report.figures },
    { parent, issuedOn: doc.issuedOn, year: Number(doc.issuedOn.slice(0, 4)) },
  );
  const signer = { name: leader?.displayName ?? '', position: '' };
  return {
    signer,
    model: {
      ...base,
      header: { ...base.header, numberLine: `Số: ${doc.numberText}` },
      signature: { authority: '', position: '', signer: signer.name },
      draft: false,
    },
  };
}
