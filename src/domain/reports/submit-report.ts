import { weekLabel as labelOfWeek } from '../shared/week-label';
import { authorizeOwnReport, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { civilDate } from '../shared/dates';
import { conflict, invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { Narrative, ReportKind } from './report';
import { reportContents } from './report-contents';
import { newReportRow, type ReportRow } from './reports.port';
import { weekOfKey } from './report-week';

export interface SubmitReportInput {
  unitId: string;
  kind: ReportKind;
  periodKey: string;
  /** Needed for phase and final reports; weekly reports take the week's dates. */
  from?: string;
  to?: string;
  narrative: Narrative;
  /** false: save the narrative as a draft only. */
  submit: boolean;
  /**
   * The day it was really sent, for a report entered after the fact (a past campaign); the entry
   * time is kept as submittedAt. Only the reporting unit's own officers give it.
   */
  submittedOn?: string | null;
}

/**
 * Saves or submits a unit's report. Idempotent: there is one report per unit, kind and period, so
 * a double click or a retry lands on the same report; submitting an already submitted report
 * again returns it unchanged. Submitting freezes the figures as they are and tells the parent.
 * Throws conflict once the report is accepted, validation for a bad period, not_found out of
 * scope and forbidden for anyone but the reporting unit's own officers.
 */
export async function submitReport(
  deps: Writes<
    'units' | 'reports' | 'activities' | 'obligations' | 'notifications' | 'outbox' | 'audit'
  > &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  input: SubmitReportInput,
): Promise<ReportRow> {
  const unit = await getUnit(deps, actor, input.unitId);
  // Units above read, accept or return a report; only the reporting unit writes it.
  authorizeOwnReport(actor, unit.id);
  const week = input.kind === 'weekly' ? weekOfKey(input.periodKey) : null;
  if (input.kind === 'weekly' && !week)
    throw invalid('periodKey', 'Tuần không hợp lệ (dạng 2022-W14).');
  const from = week?.from ?? input.from;
  const to = week?.to ?? input.to;
  if (!from || !to || to < from) throw invalid('to', 'Báo cáo cần có khoảng thời gian hợp lệ.');
  const now = deps.clock.now();
  const today = civilDate(now);
  const sentOn = input.submittedOn ?? today;
  if (input.submittedOn) {
    if (actor.unitId !== unit.id)
      throw invalid('submittedOn', 'Chỉ cán bộ của đơn vị báo cáo mới ghi được ngày gửi thực tế.');
    if (input.submittedOn > today) throw invalid('submittedOn', 'Ngày gửi không được ở tương lai.');
    if (input.submittedOn < from)
      throw invalid('submittedOn', 'Ngày gửi không được trước ngày bắt đầu kỳ báo cáo.');
  }
  return deps.uow.transaction(async (repos) => {
    const stored = await repos.reports.insertOrGet(
      newReportRow(
        {
          id: deps.ids.newId(),
          unitId: unit.id,
          unitPath: unit.path,
          kind: input.kind,
          periodKey: input.periodKey,
          from,
          to,
          dueOn: week?.dueOn ?? to,
        },
        now,
      ),
    );
    if (stored.status === 'accepted')
      throw conflict('Báo cáo đã được cấp trên tiếp nhận; không sửa được nữa.');
    if (stored.status === 'submitted' && input.submit) return stored;
    if (stored.status === 'submitted')
      throw conflict('Báo cáo đã gửi; chờ cấp trên tiếp nhận hoặc trả lại.');
    const contents = input.submit ? await reportContents({ repos }, unit, from, to, today) : null;
    const saved = await repos.reports.update(
      stored.id,
      stored.version,
      {
        narrative: input.narrative,
        ...(contents
          ? {
              status: 'submitted',
              figures: contents.figures,
              compliance: contents.compliance,
              submittedAt: now,
              submittedOn: sentOn,
              submittedBy: actor.userId,
              reviewNote: null,
              // A report sent again after being returned is unread until someone above opens it.
              readAt: null,
              readBy: null,
            }
          : {}),
      },
      now,
    );
    if (!saved) throw conflict('Báo cáo vừa được lưu ở nơi khác; hãy tải lại.');
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'report',
      entityId: saved.id,
      action: 'update',
      changes: {
        kind: input.kind,
        period: input.periodKey,
        status: { from: stored.status, to: saved.status },
        ...(input.submittedOn && contents ? { submittedOn: input.submittedOn } : {}),
      },
    });
    // The unit above hears of it by e-mail too, sent once the report is committed.
    if (contents && unit.parentId)
      await notifyUnits(repos, deps, {
        unitIds: [unit.parentId],
        kind: 'report',
        title: `${unit.name} đã gửi báo cáo ${labelOfWeek(input.periodKey).toLowerCase()}`,
        body: input.narrative.results.slice(0, 300) || 'Báo cáo tiến độ tuyên truyền.',
        link: `/app/reports/${saved.id}`,
      });
    return saved;
  });
}
