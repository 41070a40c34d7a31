import type { ComplianceResponse, ObligationsResponse } from '../../contracts/activities.contract';
import type { MeResponse } from '../../contracts/accounts.contract';
import type { ReportGridResponse } from '../../contracts/reports.contract';
import { LATE_SHOWN, UPCOMING_SHOWN } from '../../contracts/dashboard-spans';
import { lateReports, type LateReport } from '../../contracts/late-reports';
import {
  complianceByWeek,
  percent,
  upcoming,
  type WeekCompliance,
} from '../../domain/obligations/week-compliance';

/** What the first view reads: the very answers the SPA's dashboard asks the API for. */
export interface DashboardAnswers {
  me: MeResponse;
  range: { from: string; to: string };
  compliance: ComplianceResponse;
  /** Sum of the figures' entries: the activities recorded in the range. */
  activities: number;
  obligations: ObligationsResponse['items'];
  grid: ReportGridResponse;
  ahead: ObligationsResponse['items'];
}

/** The first view's content, every figure as the SPA's dashboard computes it. */
export interface DashboardView {
  displayName: string;
  unitId: string;
  unitName: string;
  range: { from: string; to: string };
  kpi: { rate: number | null; due: number; met: number; activities: number; lateReports: number };
  weeks: WeekCompliance[];
  children: Array<{
    unitId: string;
    unitName: string;
    due: number;
    met: number;
    rate: number | null;
    overdue: number;
  }>;
  late: LateReport[];
  upcoming: Array<{ taskTitle: string; assigneeName: string; to: string }>;
}

export function dashboardView(a: DashboardAnswers): DashboardView {
  const late = lateReports(a.grid);
  return {
    displayName: a.me.displayName,
    unitId: a.compliance.unitId,
    unitName: a.compliance.unitName,
    range: a.range,
    kpi: {
      rate: percent(a.compliance.rate),
      due: a.compliance.due,
      met: a.compliance.met,
      activities: a.activities,
      lateReports: late.length,
    },
    weeks: complianceByWeek(a.obligations),
    children: a.compliance.children.map((c) => ({
      unitId: c.unitId,
      unitName: c.unitName,
      due: c.due,
      met: c.met,
      rate: percent(c.rate),
      overdue: c.overdue,
    })),
    late: late.slice(0, LATE_SHOWN),
    upcoming: upcoming(a.ahead)
      .slice(0, UPCOMING_SHOWN)
      .map((o) => ({ taskTitle: o.taskTitle, assigneeName: o.assigneeName, to: o.to })),
  };
}
