import { asc, eq } from 'drizzle-orm';
import type { PlanReceiptRepository } from '../../domain/plans/plan-receipts.port';
import type { Db } from '../db';
import { planAcknowledgements, tasks, users } from '../schema';

/** Who an issued plan reached and who confirmed receipt. */
export function planReceiptRepository(db: Db): PlanReceiptRepository {
  return {
    async assigneeUnitIds(planId) {
      const rows = await db
        .selectDistinct({ id: tasks.assigneeUnitId })
        .from(tasks)
        .where(eq(tasks.planId, planId));
      return rows.map((r) => r.id);
    },
    async acknowledgements(planId) {
      const rows = await db
        .select({
          unitId: planAcknowledgements.unitId,
          acknowledgedBy: planAcknowledgements.acknowledgedBy,
          acknowledgedByName: users.displayName,
          acknowledgedAt: planAcknowledgements.acknowledgedAt,
        })
        .from(planAcknowledgements)
        .leftJoin(users, eq(users.id, planAcknowledgements.acknowledgedBy))
        .where(eq(planAcknowledgements.planId, planId))
        .orderBy(asc(planAcknowledgements.acknowledgedAt));
      return rows;
    },
    async acknowledge(planId, unitId, userId, at) {
      const rows = await db
        .insert(planAcknowledgements)
        .values({ planId, unitId, acknowledgedBy: userId, acknowledgedAt: at })
        .onConflictDoNothing()
        .returning({ planId: planAcknowledgements.planId });
      return rows.length > 0;
    },
  };
}
