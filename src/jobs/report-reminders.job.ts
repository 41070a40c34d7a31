import { weekLabel as labelOfWeek } from '../domain/shared/week-label';
import type { Deps } from '../domain/deps';
import { notifyUnits } from '../domain/notifications/notify';
import type { Repos } from '../domain/ports';
import { weekOfDay } from '../domain/reports/report-week';
import { civilDate } from '../domain/shared/dates';

const DAY = 86_400_000;

interface Moment {
  job: string;
  week: { key: string; from: string; to: string; dueOn: string };
  title: string;
  body: string;
}

const vi = (iso: string): string => iso.split('-').reverse().join('/');

/** The reminders that fall on `today`: the day before a week's report is due, the due day, the day after. */
function momentsOf(now: Date): Moment[] {
  const today = civilDate(now);
  const dayBack = (n: number) => civilDate(new Date(now.getTime() - n * DAY));
  const moments: Moment[] = [];
  const current = weekOfDay(today);
  if (current.to === today) {
    moments.push({
      job: 'report-before',
      week: current,
      title: `Ngày mai là hạn nộp báo cáo ${labelOfWeek(current.key).toLowerCase()}`,
      body: `Báo cáo tiến độ tuyên truyền ${labelOfWeek(current.key).toLowerCase()} cần gửi trong ngày ${vi(current.dueOn)}.`,
    });
  }
  const last = weekOfDay(dayBack(1));
  if (last.dueOn === today) {
    moments.push({
      job: 'report-due',
      week: last,
      title: `Hôm nay là hạn nộp báo cáo ${labelOfWeek(last.key).toLowerCase()}`,
      body: `Hãy gửi báo cáo tiến độ tuyên truyền ${labelOfWeek(last.key).toLowerCase()} trong hôm nay.`,
    });
  }
  const late = weekOfDay(dayBack(2));
  if (late.dueOn === dayBack(1)) {
    moments.push({
      job: 'report-late',
      week: late,
      title: `Báo cáo ${labelOfWeek(late.key).toLowerCase()} đã quá hạn`,
      body: `Đơn vị chưa gửi báo cáo tiến độ ${labelOfWeek(late.key).toLowerCase()} (hạn ${vi(late.dueOn)}).`,
    });
  }
  return moments;
}

/**
 * In-app reminders around a weekly report's due day (the Monday after the week): the day before,
 * the day itself, and "late" the day after, each once per unit and week however many instances
 * run it. Their e-mail is queued in the same transaction when SMTP is configured.
 */
export async function runReportReminders(
  repos: Pick<Repos, 'reminders' | 'notifications' | 'outbox'>,
  deps: Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>,
): Promise<{ notified: number }> {
  const now = deps.clock.now();
  let notified = 0;
  for (const m of momentsOf(now)) {
    const fresh: string[] = [];
    for (const id of await repos.reminders.unitsOwingWeeklyReport(m.week)) {
      if (await repos.reminders.markOnce(m.job, `${m.week.key}:${id}`, now)) fresh.push(id);
    }
    if (fresh.length === 0) continue;
    await notifyUnits(repos, deps, {
      unitIds: fresh,
      kind: 'reminder',
      title: m.title,
      body: m.body,
      link: `/app/reports?week=${m.week.key}`,
    });
    notified += fresh.length;
  }
  return { notified };
}
