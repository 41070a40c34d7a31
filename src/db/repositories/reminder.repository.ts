import { sql } from 'drizzle-orm';
import type { ReminderRepository } from '../../domain/reminders/reminders.port';
import { REPORTING_KINDS } from '../../domain/reports/report';
import type { Db } from '../db';
import { queryRows } from '../query-rows';

export function reminderRepository(db: Db): ReminderRepository {
  return {
    async markOnce(job, key, at) {
      const rows = await queryRows<{ job: string }>(
        db,
        sql`insert into job_marks (job, key, done_at) values (${job}, ${key}, ${at}) on conflict do nothing returning job`,
      );
      return rows.length === 1;
    },
    async unitsOwingWeeklyReport(week) {
      const kinds = sql.join(
        [...REPORTING_KINDS].map((k) => sql`${k}`),
        sql`, `,
      );
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select distinct u.id from units u
            where u.active and u.created_at < (${week.to}::date + 1)
              and ((u.kind in (${kinds})
                    and exists (select 1 from task_periods tp where tp.assignee_path like u.path || '%'
                            and tp.period_from <= ${week.to}::date and tp.period_to >= ${week.from}::date))
                or exists (select 1 from reporting_duties d where d.reporter_unit_id = u.id
                            and d.from_on <= ${week.to}::date
                            and (d.to_on is null or d.to_on >= ${week.from}::date)))
              and not exists (select 1 from reports r where r.unit_id = u.id and r.kind = 'weekly'
                            and r.period_key = ${week.key} and r.status in ('submitted', 'accepted'))`,
      );
      return rows.map((r) => r.id);
    },
    async milestonesDue({ today, ahead, yesterday }) {
      return queryRows<{
        id: string;
        electionId: string;
        election: string;
        unitId: string;
        title: string;
        dueOn: string;
        late: boolean;
      }>(
        db,
        sql`select m.id, e.id as "electionId", m.title, m.due_on::text as "dueOn", e.unit_id as "unitId", e.name as election, (m.due_on = ${yesterday}::date) as late
            from election_milestones m join elections e on e.id = m.election_id
            where m.done_at is null and (m.due_on between ${today}::date and ${ahead}::date or m.due_on = ${yesterday}::date)`,
      );
    },
    async unreadForDigest(since) {
      return queryRows<{ userId: string; email: string; title: string; body: string }>(
        db,
        sql`select u.id as "userId", u.email, n.title, n.body from notifications n join users u on u.id = n.user_id
            where u.active and u.email is not null and n.read_at is null and n.created_at > ${since}
            order by u.id, n.created_at`,
      );
    },
  };
}
