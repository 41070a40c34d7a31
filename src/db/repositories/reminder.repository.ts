import { sql } from 'drizzle-orm';
import type {
  DigestLine,
  MilestoneDue,
  ReminderRepository,
} from '../../domain/reminders/reminders.port';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { owesWeeklyReport } from './owes-weekly-report.sql';

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
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select u.id from units u where ${owesWeeklyReport(week)}`,
      );
      return rows.map((r) => r.id);
    },
    async milestonesDue({ today, ahead, yesterday }) {
      return queryRows<MilestoneDue>(
        db,
        sql`select m.id, e.id as "electionId", m.title, m.due_on::text as "dueOn", e.unit_id as "unitId", e.name as election, (m.due_on = ${yesterday}::date) as late
            from election_milestones m join elections e on e.id = m.election_id
            where m.done_at is null and (m.due_on between ${today}::date and ${ahead}::date or m.due_on = ${yesterday}::date)`,
      );
    },
    async unreadForDigest(since) {
      return queryRows<DigestLine>(
        db,
        sql`select u.id as "userId", u.email, n.title, n.body from notifications n join users u on u.id = n.user_id
            where u.active and u.email is not null and n.read_at is null and n.created_at > ${since}
            order by u.id, n.created_at`,
      );
    },
  };
}
