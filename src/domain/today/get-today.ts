import { can, type Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { weekOfDay } from '../reports/report-week';
import { civilDate } from '../shared/dates';
import { assembleToday } from './assemble-today';
import type { PendingItem, TodayView } from './today';
import { addDays } from '../shared/calendar';

/** How far ahead an election step shows on the today view. */
export const MILESTONE_HORIZON_DAYS = 14;

/**
 * "Việc cần làm" of the signed-in user: reports their unit owes, documents and plans to acknowledge, the
 * week's tasks with their status, what awaits their decision (by role), what they sent that
 * awaits someone named, and election steps near. Every role may read it; it never throws.
 */
export async function getToday(
  deps: Reads<'today'> & Pick<Deps, 'clock'>,
  actor: Actor,
): Promise<TodayView> {
  const repo = deps.repos.today;
  const today = civilDate(deps.clock.now());
  const week = weekOfDay(today);
  const last = weekOfDay(addDays(week.from, -1));
  const writes = can(actor.role, 'work.write');
  const approves = can(actor.role, 'work.approve');
  const reports = writes ? await repo.owedReports(actor.unitId, [last, week]) : [];
  const documents = await repo.documentsToAcknowledge(actor.unitId);
  const plans = await repo.plansToAcknowledge(actor.unitId);
  const tasks = await repo.taskWindows(actor.unitId, week);
  const toApprove = [
    ...(approves ? await repo.contentToApprove(actor.unitId, actor.userId) : []),
    ...(approves ? await repo.plansToIssue(actor.unitId, actor.userId) : []),
    ...(approves ? await repo.reportsToReview(actor.unitId) : []),
    // A leader issues the unit's own sơ kết once a phase of its plan has ended.
    ...(approves ? await repo.summariesToIssue(actor.unitId, today) : []),
    ...(writes ? await repo.claimsToHandle(actor.unitId) : []),
  ];
  const mine = writes ? await repo.waitingOnOthers(actor.userId) : [];
  const leaders = mine.length
    ? await repo.leadersOf([...new Set(mine.map((m) => m.approverUnitId))])
    : [];
  const waiting: PendingItem[] = mine.map(({ approverUnitId, ...item }) => ({
    ...item,
    approvers: leaders
      .filter((l) => l.unitId === approverUnitId)
      .map(({ name, role, unitName }) => ({ name, role, unitName })),
  }));
  const milestones = await repo.milestonesNear(
    actor.unitPath,
    today,
    addDays(today, MILESTONE_HORIZON_DAYS),
  );
  return assembleToday(
    { reports, documents, plans, tasks, toApprove, waiting, milestones },
    today,
    {
      key: week.key,
      from: week.from,
      to: week.to,
    },
  );
}
