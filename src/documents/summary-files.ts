import type { Actor } from '../domain/accounts/access';
import type { Deps, Reads } from '../domain/deps';
import {
  phaseSummary,
  type PhaseSummary,
  type PhaseSummaryRepos,
} from '../domain/reports/phase-summary';
import { civilDate } from '../domain/shared/dates';
import { renderAdministrativeDocx } from './administrative-docx';
import { summaryDocumentModel, summaryWorkbook } from './summary-document';
import { renderXlsx } from './xlsx';

export interface SummaryFiles {
  summary: PhaseSummary;
  /** "bao-cao-so-ket-2021-01-18-2021-03-25", without extension. */
  name: string;
  docx: () => Promise<Buffer>;
  xlsx: () => Promise<Buffer>;
}

/** A phase summary with its BÁO CÁO (DOCX) and raw figures (XLSX): the API and the CLI share it. */
export async function summaryFiles(
  deps: Reads<PhaseSummaryRepos> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: Parameters<typeof phaseSummary>[2],
): Promise<SummaryFiles> {
  const summary = await phaseSummary(deps, actor, input);
  const today = civilDate(deps.clock.now());
  const parent = summary.unit.parentId ? await deps.repos.units.get(summary.unit.parentId) : null;
  const model = summaryDocumentModel(summary, {
    parent,
    issuedOn: today,
    year: Number(today.slice(0, 4)),
  });
  return {
    summary,
    name: `bao-cao-${summary.kind === 'final' ? 'tong-ket' : 'so-ket'}-${summary.from}-${summary.to}`,
    docx: () => renderAdministrativeDocx(model),
    xlsx: () => renderXlsx(summaryWorkbook(summary)),
  };
}
