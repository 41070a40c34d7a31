import { and, asc, eq, gte, inArray, isNull, like, lte, or } from 'drizzle-orm';
import type { GroupMember, ReportingDuty } from '../../domain/groups/group';
import type { DutyRepository, GroupRepository, Reporter } from '../../domain/groups/groups.port';
import type { Db } from '../database';
import { groupMembers, reportingDuties, units } from '../schema';
import { likeEscape, toUnit } from './unit.repository';

const toMember = (r: typeof groupMembers.$inferSelect): GroupMember => ({ ...r });

export function groupRepository(db: Db): GroupRepository {
  return {
    async members(groupId, opts = {}) {
      const rows = await db
        .select({ m: groupMembers, u: units })
        .from(groupMembers)
        .innerJoin(units, eq(units.id, groupMembers.memberId))
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            opts.includeRemoved ? undefined : isNull(groupMembers.removedOn),
          ),
        )
        .orderBy(asc(units.name));
      return rows.map(({ m, u }) => ({ ...toMember(m), member: toUnit(u) }));
    },
    async current(groupId, memberId) {
      const [row] = await db
        .select()
        .from(groupMembers)
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            eq(groupMembers.memberId, memberId),
            isNull(groupMembers.removedOn),
          ),
        );
      return row ? toMember(row) : null;
    },
    async insert(member) {
      await db.insert(groupMembers).values(member);
    },
    async end(id, on) {
      const rows = await db
        .update(groupMembers)
        .set({ removedOn: on })
        .where(and(eq(groupMembers.id, id), isNull(groupMembers.removedOn)))
        .returning({ id: groupMembers.id });
      return rows.length === 1;
    },
    async groupsOf(memberId, from, to) {
      const rows = await db
        .selectDistinct({ groupId: groupMembers.groupId })
        .from(groupMembers)
        .where(
          and(
            eq(groupMembers.memberId, memberId),
            lte(groupMembers.addedOn, to),
            or(isNull(groupMembers.removedOn), gte(groupMembers.removedOn, from)),
          ),
        );
      return rows.map((r) => r.groupId);
    },
  };
}

const toDuty = (r: typeof reportingDuties.$inferSelect): ReportingDuty => ({
  ...r,
  frequency: 'weekly',
});

export function dutyRepository(db: Db): DutyRepository {
  return {
    async insertMany(duties) {
      if (duties.length) await db.insert(reportingDuties).values(duties);
    },
    async endFor(ownerId, reporterId, on) {
      await db
        .update(reportingDuties)
        .set({ toOn: on })
        .where(
          and(
            eq(reportingDuties.ownerId, ownerId),
            eq(reportingDuties.reporterId, reporterId),
            or(isNull(reportingDuties.toOn), gte(reportingDuties.toOn, on)),
          ),
        );
    },
    async forReporter(reporterId) {
      return (
        await db.select().from(reportingDuties).where(eq(reportingDuties.reporterId, reporterId))
      ).map(toDuty);
    },
    async reporters(q) {
      const below = `${likeEscape(q.path)}_%`;
      const explicit = await db
        .select({ d: reportingDuties, u: units })
        .from(reportingDuties)
        .innerJoin(units, eq(units.id, reportingDuties.reporterId))
        .where(
          and(
            or(like(reportingDuties.reporterPath, below), eq(reportingDuties.ownerId, q.ownerId)),
            q.kind ? eq(units.kind, q.kind) : undefined,
          ),
        )
        .orderBy(asc(units.depth), asc(units.name))
        .limit(q.limit);
      const implicit = await db
        .select()
        .from(units)
        .where(
          and(
            like(units.path, below),
            eq(units.active, true),
            inArray(
              units.kind,
              q.kind ? [q.kind].filter((k) => q.implicitKinds.includes(k)) : [...q.implicitKinds],
            ),
          ),
        )
        .orderBy(asc(units.depth), asc(units.name))
        .limit(q.limit);
      const out: Reporter[] = [
        ...implicit.map((u) => ({ unit: toUnit(u), fromOn: null, toOn: null, ownerId: null })),
        ...explicit.map(({ d, u }) => ({
          unit: toUnit(u),
          fromOn: d.fromOn,
          toOn: d.toOn,
          ownerId: d.ownerId,
        })),
      ];
      return out;
    },
  };
}
