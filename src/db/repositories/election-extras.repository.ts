import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type {
  ElectionRepository,
  PollingArea,
  VoterInfoText,
} from '../../domain/elections/elections.port';
import type { Db } from '../database';
import {
  calendarFeeds,
  elections,
  pollingAreas,
  pollingAreaVillages,
  units,
  users,
  voterInfoTexts,
} from '../schema';

/** Polling areas with the villages each serves. */
export async function withVillages(
  db: Db,
  rows: Array<typeof pollingAreas.$inferSelect>,
): Promise<PollingArea[]> {
  const ids = rows.map((r) => r.id);
  const villages = ids.length
    ? await db
        .select({ areaId: pollingAreaVillages.pollingAreaId, id: units.id, name: units.name })
        .from(pollingAreaVillages)
        .innerJoin(units, eq(units.id, pollingAreaVillages.unitId))
        .where(inArray(pollingAreaVillages.pollingAreaId, ids))
        .orderBy(asc(units.name))
    : [];
  return rows.map((r): PollingArea => ({
    ...r,
    villages: villages.filter((v) => v.areaId === r.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** Voter-information texts and calendar feeds: the smaller tables of the election area. */
export function electionExtrasRepository(
  db: Db,
): Pick<
  ElectionRepository,
  'voterInfo' | 'saveVoterInfo' | 'insertFeed' | 'feedByToken' | 'feedsOf' | 'deleteFeed' | 'places'
> {
  return {
    async voterInfo(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(voterInfoTexts)
        .where(inArray(voterInfoTexts.unitId, ids))
        .orderBy(sql`length(${voterInfoTexts.unitPath}) desc`);
      return rows.map((r): VoterInfoText => ({
        key: r.key,
        title: r.title,
        body: r.body,
        unitId: r.unitId,
        updatedAt: r.updatedAt,
      }));
    },
    async saveVoterInfo(t) {
      await db
        .insert(voterInfoTexts)
        .values({
          id: t.id,
          unitId: t.unitId,
          unitPath: t.unitPath,
          key: t.key,
          title: t.title,
          body: t.body,
          updatedBy: t.by,
          updatedAt: t.at,
        })
        .onConflictDoUpdate({
          target: [voterInfoTexts.unitId, voterInfoTexts.key],
          set: { title: t.title, body: t.body, updatedBy: t.by, updatedAt: t.at },
        });
    },
    async insertFeed(f) {
      await db.insert(calendarFeeds).values({
        id: f.id,
        tokenHash: f.tokenHash,
        electionId: f.electionId,
        unitId: f.unitId,
        createdBy: f.createdBy,
        createdAt: f.at,
      });
    },
    async feedByToken(tokenHash) {
      const [r] = await db
        .select({ electionId: calendarFeeds.electionId, unitId: calendarFeeds.unitId })
        .from(calendarFeeds)
        .innerJoin(users, eq(users.id, calendarFeeds.createdBy))
        .where(and(eq(calendarFeeds.tokenHash, tokenHash), eq(users.active, true)));
      return r ?? null;
    },
    async feedsOf(userId) {
      return db
        .select({
          id: calendarFeeds.id,
          electionId: calendarFeeds.electionId,
          electionName: elections.name,
          unitId: calendarFeeds.unitId,
          unitName: units.name,
          createdAt: calendarFeeds.createdAt,
        })
        .from(calendarFeeds)
        .leftJoin(elections, eq(elections.id, calendarFeeds.electionId))
        .leftJoin(units, eq(units.id, calendarFeeds.unitId))
        .where(eq(calendarFeeds.createdBy, userId))
        .orderBy(desc(calendarFeeds.createdAt), asc(calendarFeeds.id));
    },
    async deleteFeed(id, ownerId) {
      const gone = await db
        .delete(calendarFeeds)
        .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.createdBy, ownerId)))
        .returning({ id: calendarFeeds.id });
      return gone.length > 0;
    },
    async places() {
      return db
        .select({
          id: units.id,
          parentId: units.parentId,
          name: units.name,
          shortName: units.shortName,
          kind: units.kind,
          path: units.path,
        })
        .from(units)
        .where(and(eq(units.active, true), ne(units.kind, 'agency')));
    },
  };
}
