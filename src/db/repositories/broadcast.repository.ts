import { and, asc, desc, eq, gte, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BroadcastSlot, Play, Station } from '../../domain/broadcasts/broadcast';
import type { BroadcastRepository } from '../../domain/broadcasts/broadcasts.port';
import type { Db } from '../db';
import { broadcastSlots, contentItems, plays, stations, units } from '../schema';
import { likeEscape } from './unit.repository';

// A station stored before operators existed is operated by its owner.
const toStation = (r: typeof stations.$inferSelect): Station => ({
  ...r,
  operatorUnitId: r.operatorUnitId ?? r.unitId,
  operatorPath: r.operatorPath ?? r.unitPath,
  kind: r.kind,
});
const operators = alias(units, 'operators');
const toSlot = (r: typeof broadcastSlots.$inferSelect): BroadcastSlot => ({
  ...r,
  priority: r.priority,
  repeat: r.repeat,
});
const toPlay = (r: typeof plays.$inferSelect): Play => ({
  ...r,
  source: r.source,
});

export function broadcastRepository(db: Db): BroadcastRepository {
  return {
    async insertStation(s) {
      await db.insert(stations).values(s);
    },
    async getStation(id) {
      const [row] = await db.select().from(stations).where(eq(stations.id, id));
      return row ? toStation(row) : null;
    },
    async updateStation(s) {
      await db
        .update(stations)
        .set({
          operatorUnitId: s.operatorUnitId,
          operatorPath: s.operatorPath,
          inServiceFrom: s.inServiceFrom,
        })
        .where(eq(stations.id, s.id));
    },
    async getStations(ids) {
      if (ids.length === 0) return [];
      return (await db.select().from(stations).where(inArray(stations.id, ids))).map(toStation);
    },
    async findStations(q) {
      const rows = await db
        .select({ s: stations, unitName: units.name, operatorName: operators.name })
        .from(stations)
        .innerJoin(units, eq(units.id, stations.unitId))
        .leftJoin(operators, eq(operators.id, stations.operatorUnitId))
        .where(
          and(
            or(
              like(stations.unitPath, `${likeEscape(q.withinPath)}%`),
              like(stations.operatorPath, `${likeEscape(q.withinPath)}%`),
            ),
            q.unitId ? eq(stations.unitId, q.unitId) : undefined,
          ),
        )
        .orderBy(asc(stations.unitPath), asc(stations.name))
        .limit(2000);
      return rows.map((r) => ({
        ...toStation(r.s),
        unitName: r.unitName,
        operatorName: r.operatorName ?? r.unitName,
      }));
    },
    async stationByTokenHash(hash) {
      const [row] = await db.select().from(stations).where(eq(stations.tokenHash, hash));
      return row ? toStation(row) : null;
    },
    async setToken(id, hash, at) {
      await db
        .update(stations)
        .set({ tokenHash: hash, tokenIssuedAt: at })
        .where(eq(stations.id, id));
    },
    async touch(id, at, health) {
      await db
        .update(stations)
        .set({ lastSeenAt: at, ...(health ? { lastHealth: health } : {}) })
        .where(eq(stations.id, id));
    },
    async insertSlot(slot) {
      await db.insert(broadcastSlots).values(slot);
    },
    async getSlot(id) {
      const [row] = await db.select().from(broadcastSlots).where(eq(broadcastSlots.id, id));
      return row ? toSlot(row) : null;
    },
    async cancelSlot(id, at) {
      await db.update(broadcastSlots).set({ cancelledAt: at }).where(eq(broadcastSlots.id, id));
    },
    async findSlots(q) {
      const rows = await db
        .select({
          s: broadcastSlots,
          contentTitle: contentItems.title,
          contentStatus: contentItems.status,
          validFrom: contentItems.validFrom,
          validUntil: contentItems.validUntil,
          durationSeconds: contentItems.durationSeconds,
          machineRead: contentItems.machineRead,
          fileKey: contentItems.fileKey,
        })
        .from(broadcastSlots)
        .innerJoin(contentItems, eq(contentItems.id, broadcastSlots.contentId))
        .where(
          and(
            isNull(broadcastSlots.cancelledAt),
            lte(broadcastSlots.startDate, q.to),
            gte(broadcastSlots.endDate, q.from),
            q.withinPath
              ? like(broadcastSlots.unitPath, `${likeEscape(q.withinPath)}%`)
              : undefined,
            q.stationId
              ? sql`${broadcastSlots.stationIds} @> ${JSON.stringify([q.stationId])}::jsonb`
              : undefined,
          ),
        )
        .orderBy(asc(broadcastSlots.startDate))
        .limit(5000);
      return rows.map(({ s, fileKey, ...rest }) => ({
        ...toSlot(s),
        ...rest,
        hasFile: fileKey !== null,
      }));
    },
    async insertPlay(play) {
      const rows = await db
        .insert(plays)
        .values(play)
        .onConflictDoNothing()
        .returning({ id: plays.id });
      return rows.length === 1;
    },
    async findPlays(q) {
      const rows = await db
        .select({ p: plays, stationName: stations.name, contentTitle: contentItems.title })
        .from(plays)
        .innerJoin(stations, eq(stations.id, plays.stationId))
        .innerJoin(contentItems, eq(contentItems.id, plays.contentId))
        .where(
          and(
            or(
              like(stations.unitPath, `${likeEscape(q.withinPath)}%`),
              like(stations.operatorPath, `${likeEscape(q.withinPath)}%`),
            ),
            q.stationId ? eq(plays.stationId, q.stationId) : undefined,
            gte(plays.playedAt, q.from),
            lte(plays.playedAt, q.to),
          ),
        )
        .orderBy(desc(plays.playedAt))
        .limit(q.limit);
      return rows.map((r) => ({
        ...toPlay(r.p),
        stationName: r.stationName,
        contentTitle: r.contentTitle,
      }));
    },
    async playedSlots(stationId, slotIds, since) {
      if (slotIds.length === 0) return [];
      const rows = await db
        .selectDistinct({ slotId: plays.slotId })
        .from(plays)
        .where(
          and(
            eq(plays.stationId, stationId),
            inArray(plays.slotId, slotIds),
            gte(plays.playedAt, since),
          ),
        );
      return rows.flatMap((r) => (r.slotId ? [r.slotId] : []));
    },
  };
}
