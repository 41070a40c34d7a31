import type { ReportGridResponse } from './reports.contract';

/** A weekly report of the grid that came late or not at all. */
export interface LateReport {
  unitId: string;
  unitName: string;
  week: string;
  /** The week's deadline, when the grid names it. */
  dueOn: string | undefined;
  state: 'late' | 'missing';
  reportId: string | null;
}

/**
 * The grid's late and missing weekly reports, latest week first, then by unit name in Vietnamese
 * order: the dashboard's list and its count, in the SPA and in the first view.
 */
export function lateReports(grid: ReportGridResponse | undefined): LateReport[] {
  const dueOn = new Map((grid?.weeks ?? []).map((w) => [w.key, w.dueOn]));
  return (grid?.rows ?? [])
    .flatMap((r) =>
      r.cells.flatMap((c) =>
        c.state === 'late' || c.state === 'missing'
          ? [
              {
                unitId: r.unitId,
                unitName: r.unitName,
                week: c.week,
                dueOn: dueOn.get(c.week),
                state: c.state,
                reportId: c.reportId,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => b.week.localeCompare(a.week) || a.unitName.localeCompare(b.unitName, 'vi'));
}
