import { sql } from 'drizzle-orm';
import type { Role } from '../../domain/accounts/access';
import type {
  DocumentToAcknowledge,
  MilestoneNear,
  PendingItem,
  PlanToAcknowledge,
  TaskWindow,
} from '../../domain/today/today';
import type { TodayRepository, Week } from '../../domain/today/today.port';
import type { Db } from '../database';
import { queryRows } from '../query-rows';
import { owesWeeklyReport } from './owes-weekly-report.sql';

const LIMIT = 50;
/** How long a phase's sơ kết not issued stays on the leaders' list after the phase ends. */
const SUMMARY_DAYS = 56;
/** How long a one-off task left undone stays on the list after its deadline. */
const OVERDUE_DAYS = 28;
type Row<T> = T & Record<string, unknown>;
const day = (column: ReturnType<typeof sql.raw>) =>
  sql`(${column} at time zone 'Asia/Ho_Chi_Minh')::date::text`;

type PendingRow = Omit<PendingItem, 'approvers' | 'state' | 'byName'> & {
  state?: string | null;
  byName?: string | null;
};
const pending = (rows: PendingRow[]): PendingItem[] =>
  rows.map((r) => ({ ...r, state: r.state ?? null, byName: r.byName ?? null, approvers: [] }));

/** The reads behind "Việc cần làm", each a single query scoped to one unit. */
export function todayRepository(db: Db): TodayRepository {
  return {
    async owedReports(unitId, weeks) {
      const owed = [];
      for (const week of weeks) owed.push(...(await owedReport(db, unitId, week)));
      return owed;
    },
    async documentsToAcknowledge(unitId) {
      return queryRows<Row<DocumentToAcknowledge>>(
        db,
        sql`select c.id as "contentId", c.title, f.name as "fromUnitName",
                   ${day(sql.raw('r.distributed_at'))} as "distributedOn"
            from content_recipients r join content_items c on c.id = r.content_id
            join units f on f.id = r.from_unit_id
            where r.unit_id = ${unitId} and r.acknowledged_at is null and c.status = 'approved'
            order by r.distributed_at limit ${LIMIT}`,
      );
    },
    async plansToAcknowledge(unitId) {
      // The same recipients as planRecipientIds: the units given tasks and those named in Nơi nhận.
      return queryRows<Row<PlanToAcknowledge>>(
        db,
        sql`select p.id as "planId", p.title, p.number, p.body_code as "bodyCode",
                   f.name as "fromUnitName", p.issued_on::text as "issuedOn"
            from plans p join units f on f.id = p.unit_id
            where p.status = 'issued' and p.unit_id <> ${unitId}
              and (p.id in (select t.plan_id from tasks t where t.assignee_unit_id = ${unitId})
                or p.recipients @> jsonb_build_array(jsonb_build_object('unitId', ${unitId}::text)))
              and not exists (select 1 from plan_acknowledgements a
                              where a.plan_id = p.id and a.unit_id = ${unitId})
            order by p.issued_on, p.number limit ${LIMIT}`,
      );
    },
    async taskWindows(unitId, week) {
      return queryRows<Row<TaskWindow>>(
        db,
        sql`select t.id as "taskId", t.title, u.id as "unitId", u.name as "unitName", tp.kind,
                   tp.period_from::text as "from", tp.period_to::text as "to", tp.done, tp.required,
                   tp.first_done_on::text as "firstDoneOn"
            from task_periods tp join tasks t on t.id = tp.task_id
            join plans p on p.id = t.plan_id and p.status = 'issued'
            join units u on u.id = tp.assignee_unit_id
            where (u.id = ${unitId} or u.parent_id = ${unitId})
              and ((tp.period_to between ${week.from}::date and ${week.to}::date)
                or (tp.kind = 'once' and tp.done < tp.required and tp.period_to < ${week.from}::date
                    and tp.period_to >= ${week.from}::date - ${OVERDUE_DAYS}::int))
            order by tp.period_to, t.title limit ${LIMIT}`,
      );
    },
    async contentToApprove(unitId, userId) {
      return pending(
        await queryRows<PendingRow>(
          db,
          sql`select 'content' as kind, c.id, c.title, u.name as "unitName",
                     ${day(sql.raw('c.updated_at'))} as since, a.display_name as "byName"
              from content_items c join units u on u.id = c.unit_id
              left join users a on a.id = c.created_by
              where c.unit_id = ${unitId} and c.status = 'draft' and c.created_by <> ${userId}
                and not (c.editors @> jsonb_build_array(${userId}::text))
              order by c.updated_at limit ${LIMIT}`,
        ),
      );
    },
    async plansToIssue(unitId, userId) {
      return pending(
        await queryRows<PendingRow>(
          db,
          sql`select 'plan' as kind, p.id, p.title, u.name as "unitName",
                     ${day(sql.raw('p.updated_at'))} as since, a.display_name as "byName"
              from plans p join units u on u.id = p.unit_id
              left join users a on a.id = p.submitted_by
              where p.unit_id = ${unitId} and p.status = 'submitted' and p.created_by <> ${userId}
                and p.submitted_by is distinct from ${userId}
                and not (p.editors @> jsonb_build_array(${userId}::text))
              order by p.updated_at limit ${LIMIT}`,
        ),
      );
    },
    async reportsToReview(unitId) {
      return pending(
        await queryRows<PendingRow>(
          db,
          sql`select 'weekly_report' as kind, r.id, r.period_key as title, u.name as "unitName",
                     coalesce(r.submitted_on::text, ${day(sql.raw('r.updated_at'))}) as since,
                     a.display_name as "byName"
              from reports r join units u on u.id = r.unit_id
              left join users a on a.id = r.submitted_by
              where u.parent_id = ${unitId} and r.kind = 'weekly' and r.status = 'submitted'
              order by r.period_key, u.name limit ${LIMIT}`,
        ),
      );
    },
    async summariesToIssue(unitId, today) {
      const rows = await queryRows<{
        planId: string;
        unitId: string;
        title: string;
        unitName: string;
        since: string;
      }>(
        db,
        sql`select p.id as "planId", u.id as "unitId", ph->>'name' as title, u.name as "unitName",
                   ph->>'to' as since
            from plans p join units u on u.id = p.unit_id
            cross join lateral jsonb_array_elements(p.phases) ph
            where p.unit_id = ${unitId} and p.status = 'issued'
              and (ph->>'to')::date < ${today}::date
              and (ph->>'to')::date >= ${today}::date - ${SUMMARY_DAYS}::int
              and not exists (select 1 from reports r where r.unit_id = p.unit_id
                              and r.kind = 'phase'
                              -- phaseReportKey: the phase's name and its dates
                              and r.period_key = (ph->>'name') || ' ' || (ph->>'from') || '/' || (ph->>'to')
                              and r.number is not null)
            order by ph->>'to', p.id limit ${LIMIT}`,
      );
      return rows.map((r) => ({
        kind: 'phase_summary' as const,
        id: `${r.planId}:${r.title}`,
        title: r.title,
        unitName: r.unitName,
        since: r.since,
        state: null,
        byName: null,
        approvers: [],
        summary: { unitId: r.unitId, planId: r.planId },
      }));
    },
    async claimsToHandle(unitId) {
      return pending(
        await queryRows<PendingRow>(
          db,
          sql`select 'claim' as kind, c.id, c.topic as title, u.name as "unitName",
                     c.first_seen_on::text as since, c.status as state
              from claims c join units u on u.id = c.unit_id
              where c.unit_id = ${unitId}
                and (c.status in ('new', 'verifying')
                  or (c.status in ('false', 'misleading') and c.correction_id is null))
              order by c.first_seen_on limit ${LIMIT}`,
        ),
      );
    },
    async waitingOnOthers(userId) {
      const rows = await queryRows<PendingRow & { approverUnitId: string }>(
        db,
        sql`(select 'content' as kind, c.id, c.title, u.name as "unitName", u.id as "approverUnitId",
                    ${day(sql.raw('c.updated_at'))} as since
             from content_items c join units u on u.id = c.unit_id
             where c.created_by = ${userId} and c.status = 'draft' limit ${LIMIT})
            union all
            (select 'plan', p.id, p.title, u.name, u.id, ${day(sql.raw('p.updated_at'))}
             from plans p join units u on u.id = p.unit_id
             where p.submitted_by = ${userId} and p.status = 'submitted' limit ${LIMIT})
            union all
            (select 'weekly_report', r.id, r.period_key, pu.name, pu.id,
                    coalesce(r.submitted_on::text, ${day(sql.raw('r.updated_at'))})
             from reports r join units u on u.id = r.unit_id join units pu on pu.id = u.parent_id
             where r.submitted_by = ${userId} and r.kind = 'weekly' and r.status = 'submitted'
             limit ${LIMIT})`,
      );
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        unitName: r.unitName,
        since: r.since,
        state: null,
        byName: null,
        approvers: [],
        approverUnitId: r.approverUnitId,
      }));
    },
    async leadersOf(unitIds) {
      if (unitIds.length === 0) return [];
      const ids = sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      return queryRows<{
        unitId: string;
        userId: string;
        name: string;
        role: Role;
        unitName: string;
      }>(
        db,
        sql`select a.unit_id as "unitId", a.id as "userId", a.display_name as name, a.role, u.name as "unitName"
            from users a join units u on u.id = a.unit_id
            where a.unit_id in (${ids}) and a.active and a.role = 'leader'
            order by a.display_name`,
      );
    },
    async milestonesNear(unitPath, from, to) {
      return queryRows<Row<MilestoneNear>>(
        db,
        sql`select m.id, e.id as "electionId", e.name as "electionName", m.title,
                   m.due_on::text as "dueOn"
            from election_milestones m join elections e on e.id = m.election_id
            where m.done_at is null and m.due_on between ${from}::date and ${to}::date
              and ${unitPath} like e.unit_path || '%'
              and (m.unit_path is null or ${unitPath} like m.unit_path || '%')
              and not exists (select 1 from milestone_completions mc
                              where mc.milestone_id = m.id and mc.unit_path = ${unitPath})
            order by m.due_on, m.sort limit ${LIMIT}`,
      );
    },
  };
}

/** The week's report if the unit owes it (the rule of the report reminders) and has not sent it. */
async function owedReport(db: Db, unitId: string, week: Week) {
  const rows = await queryRows<{ unitName: string; status: 'draft' | 'returned' | null }>(
    db,
    sql`select u.name as "unitName",
               (select r.status from reports r where r.unit_id = u.id and r.kind = 'weekly'
                 and r.period_key = ${week.key}) as status
        from units u
        where u.id = ${unitId} and ${owesWeeklyReport(week)}`,
  );
  return rows.map((r) => ({ unitName: r.unitName, status: r.status, week }));
}
