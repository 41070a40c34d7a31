import type { FigureRow } from '../activities/activities.port';
import type { Reads } from '../deps';
import type { Judged } from '../obligations/unit-obligations';
import {
  complianceOf,
  judged,
  onceStatus,
  periodStatus,
  type Compliance,
} from '../obligations/task-period';
import type { Unit } from '../units/unit';

export interface ReportContents {
  figures: FigureRow[];
  compliance: Compliance;
  /** Windows of the range that were missed or overdue: what the report must explain. */
  missed: Judged[];
}

/** What a report of a unit for [from, to] is pre-filled with: its subtree's figures and obligations. */
export async function reportContents(
  deps: Reads<'activities' | 'obligations'>,
  unit: Unit,
  from: string,
  to: string,
  today: string,
): Promise<ReportContents> {
  const [figures, periods] = await Promise.all([
    deps.repos.activities.figures({ withinPath: unit.path, from, to }),
    deps.repos.obligations.periods({ withinPath: unit.path, from, to, limit: 2000 }),
  ]);
  let due = 0;
  let met = 0;
  const missed: Judged[] = [];
  for (const p of periods) {
    const j = judged(p, today);
    if (j.due) due++;
    if (j.met) met++;
    const status = p.kind === 'once' ? onceStatus(p, today) : periodStatus(p, today);
    if (status === 'missed' || status === 'overdue' || status === 'done_late')
      missed.push({ ...p, status });
  }
  return { figures, compliance: complianceOf(due, met), missed };
}
