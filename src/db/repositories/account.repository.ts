import { and, asc, eq, gt, ilike, isNull, like, lte, ne, or, sql } from 'drizzle-orm';
import type {
  SessionRepository,
  UserListItem,
  UserRepository,
} from '../../domain/accounts/accounts.port';
import type { User } from '../../domain/accounts/user';
import type { Db } from '../database';
import { sessions, units, users } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof users.$inferSelect;
const toUser = (r: Row): User => ({ ...r, role: r.role });

export function userRepository(db: Db): UserRepository {
  return {
    async get(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toUser(row) : null;
    },
    async getByUsername(username) {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row ? toUser(row) : null;
    },
    async find(q): Promise<UserListItem[]> {
      const pattern = q.search ? `%${likeEscape(q.search)}%` : null;
      const rows = await db
        .select({ user: users, unitName: units.name })
        .from(users)
        .innerJoin(units, eq(users.unitId, units.id))
        .where(
          and(
            like(units.path, `${likeEscape(q.withinPath)}%`),
            q.unitId ? eq(users.unitId, q.unitId) : undefined,
            pattern
              ? or(ilike(users.username, pattern), ilike(users.displayName, pattern))
              : undefined,
          ),
        )
        .orderBy(asc(units.depth), asc(users.username))
        .limit(q.limit);
      return rows.map(({ user: { passwordHash: _h, ...u }, unitName }) => ({
        ...u,
        role: u.role,
        unitName,
      }));
    },
    async insert(user) {
      await db.insert(users).values(user);
    },
    async update(id, patch, at) {
      const [row] = await db
        .update(users)
        .set({ ...patch, updatedAt: at, version: sql`${users.version} + 1` })
        .where(eq(users.id, id))
        .returning();
      return row ? toUser(row) : null;
    },
    // No version bump in these two: a sign-in must not turn an administrator's edit into a conflict.
    async reserveLoginAttempt(id, at, rule) {
      const now = sql`${at.toISOString()}::timestamptz`;
      const next = sql`case when ${users.lockedUntil} <= ${now} then 1 else ${users.failedLogins} + 1 end`;
      const [row] = await db
        .update(users)
        .set({
          failedLogins: next,
          lockedUntil: sql`case when ${next} >= ${rule.max} then ${rule.lockedUntil.toISOString()}::timestamptz end`,
          updatedAt: at,
        })
        .where(
          and(
            eq(users.id, id),
            eq(users.active, true),
            or(isNull(users.lockedUntil), lte(users.lockedUntil, at)),
          ),
        )
        .returning({ attempt: users.failedLogins });
      return row?.attempt ?? null;
    },
    async clearLoginAttempts(id, at) {
      await db
        .update(users)
        .set({ failedLogins: 0, lockedUntil: null, updatedAt: at })
        .where(eq(users.id, id));
    },
    async count() {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
      return row?.n ?? 0;
    },
  };
}

/**
 * The session check, as a prepared statement: it runs before every API request, and preparing it
 * once skips building the query and PostgreSQL's planning of the join (about 1.0 → 0.2 ms).
 */
const activeSessionQuery = (db: Db) =>
  db
    .select({ session: sessions, user: users, unitPath: units.path })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .innerJoin(units, eq(users.unitId, units.id))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.active, true),
        eq(units.active, true),
      ),
    )
    .prepare('loa_active_session');

export function sessionRepository(db: Db): SessionRepository {
  let activeSession: ReturnType<typeof activeSessionQuery> | null = null;
  return {
    async insert(s) {
      await db.insert(sessions).values(s);
    },
    async getActive(id, now) {
      activeSession ??= activeSessionQuery(db);
      const [row] = await activeSession.execute({ id, now });
      return row ? { session: row.session, user: toUser(row.user), unitPath: row.unitPath } : null;
    },
    async delete(id) {
      await db.delete(sessions).where(eq(sessions.id, id));
    },
    async deleteForUser(userId, exceptId) {
      await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), exceptId ? ne(sessions.id, exceptId) : undefined));
    },
  };
}
