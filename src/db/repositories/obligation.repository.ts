import { sql, type SQL } from 'drizzle-orm';
import type {
  ObligationRepository,
  PeriodListItem,
} from '../../domain/obligations/obligations.port';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { taskPeriods } from '../schema';
import { likeEscape } from './unit.repository';

const list = (ids: string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The contribution and first day of the activities satisfying window `tp` of task `t`. */
const COUNTED = sql`
  from activities a join activity_categories c on c.code = a.category_code
  where a.unit_path like tp.assignee_path || '%'
    and a.occurred_on >= tp.period_from and (tp.kind = 'once' or a.occurred_on <= tp.period_to)
    and (t.channel is null or a.channel = t.channel)
    and (a.task_id is null or a.task_id = t.id)`;

const RECOUNT = sql`
  update task_periods tp set
    done = coalesce((select sum(case when c.counts_quantity then a.quantity else 1 end) ${COUNTED}), 0),
    first_done_on = (select min(a.occurred_on) ${COUNTED})
  from tasks t where t.id = tp.task_id`;

export function obligationRepository(db: Db): ObligationRepository {
  return {
    async insertPeriods(periods) {
      for (let i = 0; i < periods.length; i += 1000) {
        const chunk = periods
          .slice(i, i + 1000)
          .map(({ from, to, ...p }) => ({ ...p, periodFrom: from, periodTo: to }));
        if (chunk.length) await db.insert(taskPeriods).values(chunk);
      }
    },
    async applyActivity(a, contribution, assigneeIds) {
      if (assigneeIds.length === 0) return;
      await db.execute(sql`
        update task_periods tp set done = tp.done + ${contribution},
          first_done_on = least(coalesce(tp.first_done_on, ${a.occurredOn}::date), ${a.occurredOn}::date)
        from tasks t
        where t.id = tp.task_id and tp.assignee_unit_id in (${list(assigneeIds)})
          and (t.channel is null or t.channel = ${a.channel})
          and tp.period_from <= ${a.occurredOn}::date and (tp.kind = 'once' or tp.period_to >= ${a.occurredOn}::date)
          and (${a.taskId}::uuid is null or t.id = ${a.taskId}::uuid)`);
    },
    async recount(q) {
      if (q.assigneeIds.length === 0) return;
      await db.execute(sql`${RECOUNT} and tp.assignee_unit_id in (${list(q.assigneeIds)})
        and tp.period_from <= ${q.to}::date and (tp.kind = 'once' or tp.period_to >= ${q.from}::date)`);
    },
    async recountTasks(taskIds) {
      if (taskIds.length === 0) return;
      await db.execute(sql`${RECOUNT} and tp.task_id in (${list(taskIds)})`);
    },
    async compliance(q) {
      const rows = await queryRows<{ childId: string; due: string | number; met: string | number }>(
        db,
        sql`select split_part(assignee_path, '/', ${q.depth + 3}) as "childId",
              count(*) filter (where done >= required or period_to < ${q.today}::date) as due,
              count(*) filter (where done >= required and (kind <> 'once' or first_done_on <= period_to)) as met
            from task_periods
            where assignee_path like ${`${likeEscape(q.path)}%`} and period_to between ${q.from}::date and ${q.to}::date
            group by 1`,
      );
      const byChild = rows.map((r) => ({
        childId: r.childId,
        due: Number(r.due),
        met: Number(r.met),
      }));
      const total = byChild.reduce((s, r) => ({ due: s.due + r.due, met: s.met + r.met }), {
        due: 0,
        met: 0,
      });
      return { total, byChild };
    },
    async periods(q) {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select tp.id, tp.task_id as "taskId", tp.assignee_unit_id as "assigneeUnitId", tp.assignee_path as "assigneePath",
              tp.kind, tp.key, tp.period_from::text as "from", tp.period_to::text as "to", tp.required, tp.done,
              tp.first_done_on::text as "firstDoneOn", t.title as "taskTitle", t.channel, t.plan_id as "planId", u.name as "assigneeName"
            from task_periods tp join tasks t on t.id = tp.task_id join units u on u.id = tp.assignee_unit_id
            where tp.assignee_path like ${`${likeEscape(q.withinPath)}%`} and tp.period_to between ${q.from}::date and ${q.to}::date
              ${q.assigneeUnitId ? sql`and tp.assignee_unit_id = ${q.assigneeUnitId}::uuid` : sql``}
              ${q.taskId ? sql`and tp.task_id = ${q.taskId}::uuid` : sql``}
            order by tp.period_to, u.name limit ${q.limit}`,
      );
      return rows.map((r): PeriodListItem => ({
        id: String(r.id),
        taskId: String(r.taskId),
        assigneeUnitId: String(r.assigneeUnitId),
        assigneePath: String(r.assigneePath),
        kind: r.kind as PeriodListItem['kind'],
        key: String(r.key),
        from: String(r.from),
        to: String(r.to),
        required: Number(r.required),
        done: Number(r.done),
        firstDoneOn: typeof r.firstDoneOn === 'string' ? r.firstDoneOn : null,
        taskTitle: String(r.taskTitle),
        channel: typeof r.channel === 'string' ? r.channel : null,
        planId: String(r.planId),
        assigneeName: String(r.assigneeName),
      }));
    },
  };
}
