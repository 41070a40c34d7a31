import type { Deps } from '../domain/deps';
import { notifyUnits } from '../domain/notifications/notify';
import type { Repos } from '../domain/ports';
import { civilDate, formatDateVi } from '../domain/shared/dates';

const DAY = 86_400_000;
/** How many days ahead the election's unit is told of a coming step. */
export const MILESTONE_NOTICE_DAYS = 3;

/**
 * Tells the unit running an election about its legal steps: once when a step is a few days
 * ahead, and once the day after a step passed without being marked done. Each notice goes out
 * once per step, however many instances run the job.
 */
export async function runMilestoneReminders(
  repos: Pick<Repos, 'reminders' | 'notifications' | 'outbox'>,
  deps: Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>,
): Promise<{ notified: number }> {
  const now = deps.clock.now();
  const today = civilDate(now);
  const ahead = civilDate(new Date(now.getTime() + MILESTONE_NOTICE_DAYS * DAY));
  const yesterday = civilDate(new Date(now.getTime() - DAY));
  const rows = await repos.reminders.milestonesDue({ today, ahead, yesterday });
  let notified = 0;
  for (const m of rows) {
    if (!(await repos.reminders.markOnce(m.late ? 'milestone-late' : 'milestone-ahead', m.id, now)))
      continue;
    await notifyUnits(repos, deps, {
      unitIds: [m.unitId],
      kind: 'milestone',
      title: m.late ? `Quá hạn: ${m.title}` : `Sắp tới (${formatDateVi(m.dueOn)}): ${m.title}`,
      body: m.late
        ? `Mốc "${m.title}" của ${m.election} đã qua ngày ${formatDateVi(m.dueOn)} mà chưa đánh dấu hoàn thành.`
        : `${m.election}: mốc "${m.title}" vào ngày ${formatDateVi(m.dueOn)}.`,
      link: `/app/elections/${m.electionId}`,
    });
    notified++;
  }
  return { notified };
}
