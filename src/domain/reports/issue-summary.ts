import { authorizeOwnReport, can, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { takeNumber } from '../registers/take-number';
import { civilDate } from '../shared/dates';
import { conflict, forbidden, invalid } from '../shared/domain-error';
import type { Narrative } from './report';
import { getUnit } from '../units/get-unit';
import { FINAL_REPORT_NAME, phaseReportKey } from './phase-key';
import { phaseSummary, type PhaseSummaryRepos } from './phase-summary';
import { newReportRow, type ReportRow } from './reports.port';
import { pendingDocument, summaryNumberText } from '../documents/issued-document-of';

/** Register type of a report issued as a document (báo cáo): "05/BC-TBTT". */
export const SUMMARY_TYPE_CODE = 'BC';

export interface IssueSummaryInput {
  unitId: string;
  /** The phase of a sơ kết; none for the tổng kết of the whole plan (`final`). */
  phase?: string | null;
  /** The final report (tổng kết) over the plan's whole period, instead of one phase's sơ kết. */
  final?: boolean;
  /** The plan whose phase is meant, when plans of several years share its name. */
  planId?: string | null;
  issuedOn: string;
  /** A number already given on paper or reserved; the next in the register otherwise. */
  number?: number | null;
  narrative?: Narrative;
}

/**
 * Issues a unit's phase summary (sơ kết), or its final report (tổng kết) over the plan's whole
 * period, as its own document: the figures as they stand (for a working group, its members' work for its plans), a number from the issuing
 * unit's own register in the year of `issuedOn`, and that date. Only a leader of the unit itself
 * issues it (forbidden otherwise); conflict when the phase was already issued or the number is
 * taken; validation for a phase no plan has.
 */
export async function issuePhaseSummary(
  deps: Writes<PhaseSummaryRepos | 'registers' | 'issuedDocuments' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: IssueSummaryInput,
): Promise<ReportRow> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorizeOwnReport(actor, unit.id);
  if (!can(actor.role, 'work.approve'))
    throw forbidden('Chỉ lãnh đạo đơn vị mới ban hành được báo cáo sơ kết, tổng kết.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn))
    throw invalid('issuedOn', 'Ngày ban hành không hợp lệ (dd/MM/yyyy).');
  const final = input.final === true;
  if (!final && !input.phase?.trim()) throw invalid('phase', 'Chọn đợt của báo cáo sơ kết.');
  const summary = await phaseSummary(deps, actor, {
    unitId: input.unitId,
    phase: final ? null : input.phase,
    planId: input.planId ?? null,
    final,
  });
  const what = final ? 'Tổng kết' : `Sơ kết ${summary.phaseName ?? input.phase ?? ''}`.trim();
  if (input.issuedOn < summary.to)
    throw invalid(
      'issuedOn',
      final
        ? 'Báo cáo tổng kết ban hành sau khi kế hoạch kết thúc.'
        : 'Báo cáo sơ kết ban hành sau khi đợt kết thúc.',
    );
  const now = deps.clock.now();
  return deps.uow.transaction(async (repos) => {
    const stored = await repos.reports.insertOrGet(
      newReportRow(
        {
          id: deps.ids.newId(),
          unitId: unit.id,
          unitPath: unit.path,
          kind: final ? 'final' : 'phase',
          periodKey: phaseReportKey(
            final ? FINAL_REPORT_NAME : (summary.phaseName ?? input.phase ?? ''),
            summary.from,
            summary.to,
          ),
          from: summary.from,
          to: summary.to,
          dueOn: input.issuedOn,
        },
        now,
      ),
    );
    if (stored.number !== null) throw conflict(`${what} đã được ban hành.`);
    const number = await takeNumber(repos, deps, {
      unitId: unit.id,
      year: Number(input.issuedOn.slice(0, 4)),
      typeCode: SUMMARY_TYPE_CODE,
      entityId: stored.id,
      requested: input.number ?? null,
      actorId: actor.userId,
    });
    const saved = await repos.reports.update(
      stored.id,
      stored.version,
      {
        status: 'submitted',
        narrative: input.narrative ?? stored.narrative,
        figures: summary.figures,
        submittedAt: now,
        submittedOn: civilDate(now),
        submittedBy: actor.userId,
        number,
        issuedOn: input.issuedOn,
      },
      now,
    );
    if (!saved) throw conflict('Báo cáo vừa được lưu ở nơi khác; hãy tải lại.');
    // Its PDF is made and signed once, after this commits, and sent to the unit above (b/c).
    await repos.issuedDocuments.enqueue(
      pendingDocument(
        {
          kind: final ? 'final_report' : 'phase_report',
          entityId: saved.id,
          unitId: saved.unitId,
          numberText: summaryNumberText(number, summary.plan?.bodyCode ?? null),
          issuedOn: input.issuedOn,
          title: `Báo cáo ${what.toLowerCase()} công tác tuyên truyền của ${unit.name}`,
        },
        deps.ids.newId(),
        now,
      ),
    );
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'report',
      entityId: saved.id,
      action: 'update',
      changes: {
        kind: final ? 'final' : 'phase',
        period: final ? FINAL_REPORT_NAME : (input.phase ?? ''),
        from: saved.from,
        to: saved.to,
        number,
        issuedOn: input.issuedOn,
      },
    });
    return saved;
  });
}
