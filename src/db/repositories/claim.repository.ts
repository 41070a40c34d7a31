import { and, count, desc, eq, gte, inArray, like, notInArray, sql } from 'drizzle-orm';
import type { Claim, ClaimStatus, Verdict } from '../../domain/claims/claim';
import type { ClaimCountRow, ClaimRepository } from '../../domain/claims/claims.port';
import { foldVietnamese } from '../../domain/shared/text';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { claims, units } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof claims.$inferSelect;
const toClaim = ({ searchText: _s, ...r }: Row): Claim => ({
  ...r,
  platform: r.platform,
  status: r.status,
  verdict: r.verdict,
});
const within = (path: string) => like(claims.unitPath, `${likeEscape(path)}%`);

export function claimRepository(db: Db): ClaimRepository {
  return {
    async get(id) {
      const [row] = await db.select().from(claims).where(eq(claims.id, id));
      return row ? toClaim(row) : null;
    },
    async insert(c) {
      await db.insert(claims).values({ ...c, searchText: foldVietnamese(`${c.text} ${c.topic}`) });
    },
    async find(q) {
      const where = and(
        within(q.withinPath),
        q.status ? eq(claims.status, q.status) : undefined,
        q.groupId ? eq(claims.groupId, q.groupId) : undefined,
        q.search ? like(claims.searchText, `%${likeEscape(q.search)}%`) : undefined,
      );
      const groupSize = sql<number>`(select count(*)::int from claims g where g.group_id = "claims"."group_id" and g.unit_path like ${`${likeEscape(q.withinPath)}%`})`;
      const [rows, [total]] = await Promise.all([
        db
          .select({ c: claims, unitName: units.name, groupSize })
          .from(claims)
          .innerJoin(units, eq(units.id, claims.unitId))
          .where(where)
          .orderBy(desc(claims.firstSeenOn), desc(claims.createdAt))
          .limit(q.limit)
          .offset(q.offset),
        db.select({ n: count() }).from(claims).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          ...toClaim(r.c),
          unitName: r.unitName,
          groupSize: r.groupSize,
        })),
        total: total?.n ?? 0,
      };
    },
    async candidates(q) {
      const rows = await db
        .select()
        .from(claims)
        .where(
          and(
            within(q.withinPath),
            gte(claims.firstSeenOn, q.since),
            notInArray(claims.status, ['closed']),
          ),
        )
        .orderBy(desc(claims.firstSeenOn))
        .limit(q.limit);
      return rows.map(toClaim);
    },
    async updateGroup(groupId, withinPath, patch, at) {
      const rows = await db
        .update(claims)
        .set({ ...patch, updatedAt: at })
        .where(and(eq(claims.groupId, groupId), within(withinPath)))
        .returning({ id: claims.id });
      return rows.map((r) => r.id);
    },
    async update(id, withinPath, patch, at, expect = {}) {
      const rows = await db
        .update(claims)
        .set({ ...patch, updatedAt: at })
        .where(
          and(
            eq(claims.id, id),
            within(withinPath),
            expect.status ? eq(claims.status, expect.status) : undefined,
            expect.groupId ? eq(claims.groupId, expect.groupId) : undefined,
          ),
        )
        .returning({ id: claims.id });
      return rows.length > 0;
    },
    async deleteIf(id, withinPath, status) {
      const rows = await db
        .delete(claims)
        .where(and(eq(claims.id, id), within(withinPath), eq(claims.status, status)))
        .returning({ id: claims.id });
      return rows.length > 0;
    },
    async markCorrected(contentId, withinPath, at) {
      await db
        .update(claims)
        .set({ status: 'corrected', updatedAt: at })
        .where(
          and(
            eq(claims.correctionId, contentId),
            within(withinPath),
            inArray(claims.status, ['false', 'misleading']),
          ),
        );
    },
    async counts(q) {
      // The table's CHECKs hold status and verdict to the domain's codes (ADR 31).
      const rows = await queryRows<{
        status: ClaimStatus;
        verdict: Verdict | null;
        claims: number | string;
        cases: number | string;
        corrected: number | string;
      }>(
        db,
        sql`select c.status, c.verdict, count(*)::int as claims, count(distinct c.group_id)::int as cases,
              count(*) filter (where ci.published_at is not null)::int as corrected
            from claims c left join content_items ci on ci.id = c.correction_id
            where c.unit_path like ${`${likeEscape(q.withinPath)}%`}
              and c.first_seen_on between ${q.from}::date and ${q.to}::date
            group by c.status, c.verdict`,
      );
      return rows.map((r): ClaimCountRow => ({
        status: r.status,
        verdict: r.verdict,
        claims: Number(r.claims),
        cases: Number(r.cases),
        corrected: Number(r.corrected),
      }));
    },
  };
}
