import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TaskListItem, TaskRepository } from '../../domain/tasks/tasks.port';
import type { Db } from '../database';
import { plans, tasks, units } from '../schema';
import { likeEscape } from './unit.repository';

const issuer = alias(units, 'issuer');

export function taskRepository(db: Db): TaskRepository {
  return {
    async insertMany(items) {
      if (items.length === 0) return;
      await db.insert(tasks).values(
        items.map(({ recurrence, ...t }) => ({
          ...t,
          recurrenceCount: recurrence?.count ?? null,
          recurrencePer: recurrence?.per ?? null,
        })),
      );
    },
    async find(q) {
      const rows = await db
        .select({
          task: tasks,
          assigneeName: units.name,
          issuerName: issuer.name,
          planNumber: plans.number,
          planBodyCode: plans.bodyCode,
          planTitle: plans.title,
        })
        .from(tasks)
        .innerJoin(units, eq(tasks.assigneeUnitId, units.id))
        .innerJoin(issuer, eq(tasks.issuerUnitId, issuer.id))
        .innerJoin(plans, eq(tasks.planId, plans.id))
        .where(
          and(
            // A unit sees tasks assigned in its subtree and those it (or its subtree) issued: a
            // working group follows the tasks it gave its members, not their other work.
            or(
              like(tasks.assigneePath, `${likeEscape(q.withinPath)}%`),
              like(issuer.path, `${likeEscape(q.withinPath)}%`),
            ),
            q.planId ? eq(tasks.planId, q.planId) : undefined,
            q.assigneeUnitId ? eq(tasks.assigneeUnitId, q.assigneeUnitId) : undefined,
            q.assigneeWithinPath
              ? like(tasks.assigneePath, `${likeEscape(q.assigneeWithinPath)}%`)
              : undefined,
          ),
        )
        .orderBy(asc(tasks.deadline), asc(units.name))
        .limit(q.limit);
      return rows.map(
        ({ task: { recurrenceCount, recurrencePer, ...t }, ...rest }): TaskListItem => ({
          ...t,
          ...rest,
          channel: t.channel,
          kind: t.kind,
          recurrence:
            recurrenceCount && recurrencePer
              ? { count: recurrenceCount, per: recurrencePer }
              : null,
        }),
      );
    },
    async countForPlan(planId) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(tasks)
        .where(eq(tasks.planId, planId));
      return row?.n ?? 0;
    },
  };
}
