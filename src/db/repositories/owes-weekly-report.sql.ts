import { sql, type SQL } from 'drizzle-orm';
import { REPORTING_KINDS } from '../../domain/reports/report';

/**
 * Whether the unit `u` owes the weekly report of `week` and has not sent it: an active
 * administrative unit with work in the week (a task window of its subtree overlaps it), or any
 * unit with an explicit reporting duty running in the week, at whatever level it sits. A unit
 * created after the week owes nothing for it. The one rule behind the reminders and "Việc cần
 * làm", so the two never disagree on who is late.
 */
export function owesWeeklyReport(week: { key: string; from: string; to: string }): SQL {
  const kinds = sql.join(
    [...REPORTING_KINDS].map((k) => sql`${k}`),
    sql`, `,
  );
  return sql`u.active and u.created_at < (${week.to}::date + 1)
    and ((u.kind in (${kinds})
          and exists (select 1 from task_periods tp where tp.assignee_path like u.path || '%'
                  and tp.period_from <= ${week.to}::date and tp.period_to >= ${week.from}::date))
      or exists (select 1 from reporting_duties d where d.reporter_unit_id = u.id
                  and d.from_on <= ${week.to}::date
                  and (d.to_on is null or d.to_on >= ${week.from}::date)))
    and not exists (select 1 from reports r where r.unit_id = u.id and r.kind = 'weekly'
                  and r.period_key = ${week.key} and r.status in ('submitted', 'accepted'))`;
}
