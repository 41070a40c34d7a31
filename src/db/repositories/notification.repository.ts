import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { NotificationRepository } from '../../domain/notifications/notifications.port';
import type { Db } from '../database';
import { notifications, users } from '../schema';

export function notificationRepository(db: Db): NotificationRepository {
  return {
    async insertMany(items) {
      if (items.length > 0) await db.insert(notifications).values(items);
    },
    async find(userId, { unreadOnly, limit }) {
      return db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            unreadOnly ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt))
        .limit(limit);
    },
    async countUnread(userId) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return row?.n ?? 0;
    },
    async markRead(userId, ids, at) {
      if (ids !== 'all' && ids.length === 0) return 0;
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === 'all' ? undefined : inArray(notifications.id, ids),
          ),
        )
        .returning({ id: notifications.id });
      return rows.length;
    },
    async settleLink(link, at, remove) {
      const rows = remove
        ? await db
            .delete(notifications)
            .where(eq(notifications.link, link))
            .returning({ id: notifications.id })
        : await db
            .update(notifications)
            .set({ readAt: at })
            .where(and(eq(notifications.link, link), isNull(notifications.readAt)))
            .returning({ id: notifications.id });
      return rows.length;
    },
    async recipientsOfUnits(unitIds, roles) {
      if (unitIds.length === 0) return [];
      return db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          and(
            inArray(users.unitId, unitIds),
            eq(users.active, true),
            roles?.length ? inArray(users.role, roles) : undefined,
          ),
        );
    },
  };
}
