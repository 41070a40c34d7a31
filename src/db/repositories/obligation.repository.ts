import { sql, type SQL } from 'drizzle-orm';
import type {
  ObligationRepository,
  OpenWindow,
  PeriodListItem,
} from '../../domain/obligations/obligations.port';
import type { Activity } from '../../domain/activities/activity';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { taskPeriods } from '../schema';
import { likeEscape } from './unit.repository';

const list = (ids: string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The channels an activity can meet a task on: a figure over several channels counts towards a
 * task on any of them, and once only, since each window is matched once per activity.
 */
const channelsOf = (a: Activity): SQL =>
  sql`array[${sql.join(
    [a.channel, ...(a.extraChannels ?? [])].map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`;

/**
 * Each activity's contribution to every window it satisfies, summed per window. An activity
 * counts for a task assigned to its own unit or any unit above it: the ancestors are read off
 * its path, so the join is by assignee id (indexed), never a prefix match per window.
 */
const counted = (filter: SQL): SQL => sql`
  select tp.id, sum(case when c.counts_quantity then a.quantity else 1 end)::int as done, min(a.occurred_on) as first
  from activities a
  join activity_categories c on c.code = a.category_code
  cross join lateral unnest(string_to_array(trim(both '/' from a.unit_path), '/')) anc(id)
  join task_periods tp on tp.assignee_unit_id = anc.id::uuid and a.occurred_on >= tp.period_from
    and (tp.kind = 'once' or a.occurred_on <= tp.period_to)
  join tasks t on t.id = tp.task_id
  where (t.channel is null or a.channel = t.channel or a.extra_channels @> jsonb_build_array(t.channel))
    and (a.task_id is null or a.task_id = t.id) and ${filter}
  group by tp.id`;

const setCounts = (filter: SQL): SQL => sql`
  update task_periods tp set done = x.done, first_done_on = x.first from (${counted(filter)}) x where tp.id = x.id`;

/**
 * Locks the windows a change is about to count into, in id order, before it counts them. Two
 * writers whose windows overlap (one ward's activities on nearby days, or a plan's recount beside
 * them) then queue on the first window they share; updated in whatever order the plan scans,
 * each could hold a window the other needs, and PostgreSQL would end that by failing one.
 */
const lockPeriods = (db: Db, where: SQL) =>
  db.execute(sql`
    select tp.id from task_periods tp join tasks t on t.id = tp.task_id
    where ${where} order by tp.id for update of tp`);

/** The windows one activity counts into: its unit's and its ancestors', on its channels, around its day. */
const windowsOf = (a: Activity, assigneeIds: string[]): SQL => sql`
  tp.assignee_unit_id in (${list(assigneeIds)})
  and (t.channel is null or t.channel = any(${channelsOf(a)}))
  and tp.period_from <= ${a.occurredOn}::date and (tp.kind = 'once' or tp.period_to >= ${a.occurredOn}::date)
  and (${a.taskId}::uuid is null or t.id = ${a.taskId}::uuid)`;

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
      await lockPeriods(db, windowsOf(a, assigneeIds));
      await db.execute(sql`
        update task_periods tp set done = tp.done + ${contribution},
          first_done_on = least(coalesce(tp.first_done_on, ${a.occurredOn}::date), ${a.occurredOn}::date)
        from tasks t
        where t.id = tp.task_id and ${windowsOf(a, assigneeIds)}`);
    },
    async applyBatch(batchId) {
      // Counted once into a table of this transaction, then locked and added from it: counting a
      // 100,000-row import is most of its cost, and the lock and the update both need the result.
      await db.execute(sql`drop table if exists pg_temp.batch_counts`);
      await db.execute(sql`create temp table batch_counts on commit drop as
        ${counted(sql`a.batch_id = ${batchId}::uuid`)}`);
      await lockPeriods(db, sql`tp.id in (select id from batch_counts)`);
      await db.execute(sql`
        update task_periods tp set done = tp.done + x.done, first_done_on = least(coalesce(tp.first_done_on, x.first), x.first)
        from batch_counts x where tp.id = x.id`);
    },
    async unapplyActivity(a, contribution, assigneeIds) {
      if (assigneeIds.length === 0) return;
      await lockPeriods(db, windowsOf(a, assigneeIds));
      const touched = await queryRows<{
        id: string;
        done: number;
        path: string;
        from: string;
        kind: string;
        channel: string | null;
        task: string;
      }>(
        db,
        sql`update task_periods tp set done = greatest(tp.done - ${contribution}, 0)
            from tasks t
            where t.id = tp.task_id and ${windowsOf(a, assigneeIds)} and tp.first_done_on is not null
            returning tp.id, tp.done, tp.assignee_path as path, tp.period_from::text as from, tp.kind, t.channel, t.id as task`,
      );
      // The first day may have been the deleted activity's: find it again from what is left.
      for (const p of touched) {
        await db.execute(sql`
          update task_periods tp set first_done_on = case when tp.done = 0 then null else (
            select min(a.occurred_on) from activities a where a.unit_path like ${`${likeEscape(p.path)}%`}
              and a.occurred_on >= tp.period_from and (tp.kind = 'once' or a.occurred_on <= tp.period_to)
              and (${p.channel}::text is null or a.channel = ${p.channel} or a.extra_channels @> jsonb_build_array(${p.channel}::text)) and (a.task_id is null or a.task_id = ${p.task}::uuid)) end
          where tp.id = ${p.id}::uuid`);
      }
    },
    async recountTasks(taskIds) {
      if (taskIds.length === 0) return;
      await lockPeriods(db, sql`tp.task_id in (${list(taskIds)})`);
      await db.execute(
        sql`update task_periods set done = 0, first_done_on = null where task_id in (${list(taskIds)})`,
      );
      await db.execute(
        setCounts(sql`tp.task_id in (${list(taskIds)})
        and a.occurred_on >= (select min(period_from) from task_periods where task_id in (${list(taskIds)}))`),
      );
    },
    async recountAll() {
      await lockPeriods(db, sql`true`);
      await db.execute(sql`update task_periods set done = 0, first_done_on = null`);
      await db.execute(setCounts(sql`true`));
    },
    async compliance(q) {
      const rows = await queryRows<{
        childId: string;
        childName: string | null;
        onTime: string | number;
        late: string | number;
        inWindow: string | number;
        overdue: string | number;
      }>(
        db,
        sql`select x.child as "childId", (select u.name from units u where u.id = nullif(x.child, '')::uuid) as "childName",
              x.on_time as "onTime", x.late, x.in_window as "inWindow", x.overdue from (
              select split_part(assignee_path, '/', ${q.depth + 3}) as child,
                count(*) filter (where done >= required and (kind <> 'once' or first_done_on <= period_to)) as on_time,
                count(*) filter (where done >= required and kind = 'once' and (first_done_on is null or first_done_on > period_to)) as late,
                count(*) filter (where done < required and period_to >= ${q.today}::date) as in_window,
                count(*) filter (where done < required and period_to < ${q.today}::date) as overdue
              from task_periods
              where assignee_path like ${`${likeEscape(q.path)}%`} and period_to between ${q.from}::date and ${q.to}::date
              group by 1) x`,
      );
      const byChild = rows.map((r) => {
        const onTime = Number(r.onTime);
        const late = Number(r.late);
        const overdue = Number(r.overdue);
        return {
          childId: r.childId,
          childName: r.childName,
          onTime,
          late,
          inWindow: Number(r.inWindow),
          overdue,
          due: onTime + late + overdue,
          met: onTime,
        };
      });
      const zero = { due: 0, met: 0, onTime: 0, late: 0, inWindow: 0, overdue: 0 };
      const total = byChild.reduce(
        (s, r) => ({
          due: s.due + r.due,
          met: s.met + r.met,
          onTime: s.onTime + r.onTime,
          late: s.late + r.late,
          inWindow: s.inWindow + r.inWindow,
          overdue: s.overdue + r.overdue,
        }),
        zero,
      );
      return { total, byChild };
    },
    async periods(q) {
      // The tables' CHECKs hold kind and channel to the domain's codes (ADR 31).
      const rows = await queryRows<
        Omit<PeriodListItem, 'required' | 'done'> & {
          required: number | string;
          done: number | string;
        }
      >(
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
      return rows.map((r) => ({
        ...r,
        required: Number(r.required),
        done: Number(r.done),
      }));
    },
    async openWindows(q) {
      const assignees = q.assigneeIds?.length
        ? sql`tp.assignee_unit_id in (${list(q.assigneeIds)})`
        : q.belowPath
          ? sql`tp.assignee_path like ${`${likeEscape(q.belowPath)}_%`}`
          : sql`false`;
      return queryRows<OpenWindow>(
        db,
        sql`select tp.task_id as "taskId", t.title as "taskTitle", tp.assignee_unit_id as "assigneeUnitId",
              u.name as "assigneeName", i.name as "issuerName", tp.key, tp.period_from::text as "from",
              tp.period_to::text as "to", tp.required, tp.done
            from task_periods tp join tasks t on t.id = tp.task_id
              join units u on u.id = tp.assignee_unit_id join units i on i.id = t.issuer_unit_id
            where ${assignees} and tp.assignee_path like ${`${likeEscape(q.withinPath)}%`}
              and (t.channel is null or t.channel = ${q.channel})
              and tp.period_from <= ${q.day}::date and (tp.kind = 'once' or tp.period_to >= ${q.day}::date)
            order by length(tp.assignee_path) desc, t.title limit ${q.limit}`,
      );
    },
  };
}
