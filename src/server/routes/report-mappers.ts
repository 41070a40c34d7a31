import type { PhaseSummary } from '../../domain/reports/phase-summary';
import { enteredLater, type Report } from '../../domain/reports/report';
import type { ReportView } from '../../domain/reports/weekly-report';
import type {
  ReportResponse,
  SummaryResponse,
  WeeklyReportResponse,
} from '../../contracts/reports.contract';

export const toReportResponse = (r: Report): ReportResponse => ({
  id: r.id,
  unitId: r.unitId,
  kind: r.kind,
  periodKey: r.periodKey,
  from: r.from,
  to: r.to,
  dueOn: r.dueOn,
  status: r.status,
  narrative: r.narrative,
  figures: r.figures,
  compliance: r.compliance,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  ...('submittedOn' in r && typeof r.submittedOn === 'string'
    ? { submittedOn: r.submittedOn, enteredLater: enteredLater(r.submittedOn, r.submittedAt) }
    : {}),
  readAt: r.readAt?.toISOString() ?? null,
  reviewNote: r.reviewNote,
  version: r.version,
});

export const toWeeklyReportResponse = (v: ReportView): WeeklyReportResponse => ({
  unitId: v.unit.id,
  unitName: v.unit.name,
  parentName: v.parentName,
  week: v.week,
  report: v.report ? toReportResponse(v.report) : null,
  narrative: v.narrative,
  figures: v.figures,
  compliance: v.compliance,
  missed: v.missed.map((m) => ({
    taskTitle: m.taskTitle,
    assigneeName: m.assigneeName,
    key: m.key,
    to: m.to,
    status: m.status,
    required: m.required,
    done: m.done,
  })),
});

export const toSummaryResponse = (s: PhaseSummary): SummaryResponse => ({
  unitId: s.unit.id,
  unitName: s.unit.name,
  kind: s.kind,
  phaseName: s.phaseName,
  planId: s.plan?.id ?? null,
  planTitle: s.plan?.title ?? null,
  from: s.from,
  to: s.to,
  figures: s.figures,
  byChild: s.byChild,
  compliance: {
    due: s.compliance.due,
    met: s.compliance.met,
    rate: s.compliance.rate,
    children: s.compliance.children,
  },
  highlights: s.highlights,
  claims: s.claims,
  issued: s.issued,
  byWeek: s.byWeek,
});
