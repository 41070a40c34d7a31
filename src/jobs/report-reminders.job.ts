import { sql } from 'drizzle-orm';
import type { Db } from '../db/db';
import { queryRows } from '../db/query-rows';
import { makeRepos } from '../db/repositories';
import type { Deps } from '../domain/deps';
import { notifyUnits } from '../domain/notifications/notify';
import { REPORTING_KINDS } from '../domain/reports/report';
import { weekOfDay } from '../domain/reports/report-week';
import { civilDate } from '../domain/shared/dates';
import { markOnce } from './job-lock';

const DAY = 86_400_000;

/** Reporting units with work in the week (a task window of their subtree overlaps it) and no report sent. */
async function unitsOwingReport(
  db: Db,
  week: { key: string; from: string; to: string },
): Promise<string[]> {
  const kinds = sql.join(
    [...REPORTING_KINDS].map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct u.id from units u
        where u.active and u.kind in (${kinds})
          and exists (select 1 from task_periods tp where tp.assignee_path like u.path || '%'
                        and tp.period_from <= ${week.to}::date and tp.period_to >= ${week.from}::date)
          and not exists (select 1 from reports r where r.unit_id = u.id and r.kind = 'weekly'
                        and r.period_key = ${week.key} and r.status in ('submitted', 'accepted'))`,
  );
  return rows.map((r) => r.id);
}

/**
 * In-app reminders around a weekly report's due day (the Monday after the week): "due today" on
 * that Monday, and "late" the day after, once per unit and week however many instances run it.
 * Returns the messages to e-mail when SMTP is configured.
 */
export async function runReportReminders(
  tx: Db,
  deps: Pick<Deps, 'clock' | 'ids'>,
): Promise<{ notified: number; mail: Array<{ to: string; subject: string; text: string }> }> {
  const now = deps.clock.now();
  const repos = makeRepos(tx);
  let notified = 0;
  const mail: Array<{ to: string; subject: string; text: string }> = [];
  for (const [offset, late] of [
    [1, false],
    [2, true],
  ] as const) {
    const week = weekOfDay(civilDate(new Date(now.getTime() - offset * DAY)));
    if (week.dueOn !== civilDate(new Date(now.getTime() - (late ? DAY : 0)))) continue;
    const owing = await unitsOwingReport(tx, week);
    const fresh: string[] = [];
    for (const id of owing)
      if (await markOnce(tx, late ? 'report-late' : 'report-due', `${week.key}:${id}`, now))
        fresh.push(id);
    if (fresh.length === 0) continue;
    mail.push(
      ...(await notifyUnits(repos, deps, {
        unitIds: fresh,
        kind: 'reminder',
        title: late
          ? `Báo cáo tuần ${week.key} đã quá hạn`
          : `Hôm nay là hạn nộp báo cáo tuần ${week.key}`,
        body: late
          ? `Đơn vị chưa gửi báo cáo tiến độ tuần ${week.key} (hạn ${week.dueOn.split('-').reverse().join('/')}).`
          : `Hãy gửi báo cáo tiến độ tuyên truyền tuần ${week.key} trong hôm nay.`,
        link: `/app/reports?week=${week.key}`,
      })),
    );
    notified += fresh.length;
  }
  return { notified, mail };
}
