import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, or, sql } from 'drizzle-orm';
import type { ContentItem } from '../../domain/content/content';
import type {
  ContentExpectation,
  ContentRepository,
  NewsItem,
} from '../../domain/content/content.port';
import { foldVietnamese } from '../../domain/shared/text';
import type { Db } from '../db';
import { claims, contentItems, contentRecipients, units } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof contentItems.$inferSelect;

const toItem = (r: Row): ContentItem => ({
  id: r.id,
  unitId: r.unitId,
  unitPath: r.unitPath,
  kind: r.kind,
  title: r.title,
  summary: r.summary,
  themes: r.themes,
  electionId: r.electionId,
  validFrom: r.validFrom,
  validUntil: r.validUntil,
  language: 'vi',
  minorityLanguage: r.minorityLanguage,
  body: r.body,
  file:
    r.fileKey && r.fileType && r.fileName
      ? {
          key: r.fileKey,
          name: r.fileName,
          mediaType: r.fileType,
          size: r.fileSize ?? 0,
          durationSeconds: r.durationSeconds,
        }
      : null,
  machineRead: r.machineRead,
  status: r.status,
  approvedBy: r.approvedBy,
  approvedAt: r.approvedAt,
  publishedAt: r.publishedAt,
  publishedUnitId: r.publishedUnitId,
  claimId: r.claimId,
  createdBy: r.createdBy,
  editors: r.editors,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toRow = (patch: Partial<Omit<ContentItem, 'version'>>): Partial<Row> => {
  const { file, language: _l, ...rest } = patch;
  const out: Partial<Row> = { ...rest };
  if (file !== undefined) {
    out.fileKey = file?.key ?? null;
    out.fileName = file?.name ?? null;
    out.fileType = file?.mediaType ?? null;
    out.fileSize = file?.size ?? null;
    out.durationSeconds = file?.durationSeconds ?? null;
  }
  if (patch.title !== undefined || patch.summary !== undefined)
    out.searchText = foldVietnamese(`${patch.title ?? ''} ${patch.summary ?? ''}`);
  return out;
};

const matches = (expect: ContentExpectation) =>
  and(
    expect.status ? eq(contentItems.status, expect.status) : undefined,
    expect.version !== undefined ? eq(contentItems.version, expect.version) : undefined,
    expect.unpublished ? isNull(contentItems.publishedAt) : undefined,
  );

const newsColumns = {
  id: contentItems.id,
  title: contentItems.title,
  summary: contentItems.summary,
  body: contentItems.body,
  unitId: units.id,
  unitName: units.name,
  publishedAt: contentItems.publishedAt,
  claimId: contentItems.claimId,
};
const toNews = (r: { publishedAt: Date | null } & Omit<NewsItem, 'publishedAt'>): NewsItem => ({
  ...r,
  publishedAt: r.publishedAt ?? new Date(0),
});

export function contentRepository(db: Db): ContentRepository {
  return {
    async get(id) {
      const [row] = await db.select().from(contentItems).where(eq(contentItems.id, id));
      return row ? toItem(row) : null;
    },
    async find(q) {
      const received = q.receivedByIds.length
        ? sql`exists (select 1 from content_recipients r where r.content_id = ${contentItems.id} and r.unit_id in (${sql.join(
            q.receivedByIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}))`
        : sql`false`;
      const owned = q.ownedByIds?.length ? inArray(contentItems.unitId, q.ownedByIds) : sql`false`;
      const where = and(
        or(
          like(contentItems.unitPath, `${likeEscape(q.withinPath)}%`),
          and(eq(contentItems.status, 'approved'), or(received, owned)),
        ),
        q.kind ? eq(contentItems.kind, q.kind) : undefined,
        q.status ? eq(contentItems.status, q.status) : undefined,
        q.search ? like(contentItems.searchText, `%${likeEscape(q.search)}%`) : undefined,
      );
      const own = q.viewerUnitId;
      const [rows, [total]] = await Promise.all([
        db
          .select({
            c: contentItems,
            unitName: units.name,
            recipients: sql<number>`(select count(*)::int from content_recipients r where r.content_id = ${contentItems.id} and r.unit_path like ${`${likeEscape(q.withinPath)}%`})`,
            acknowledged: sql<number>`(select count(*)::int from content_recipients r where r.content_id = ${contentItems.id} and r.unit_path like ${`${likeEscape(q.withinPath)}%`} and r.acknowledged_at is not null)`,
            receivedAt: sql<
              string | null
            >`(select coalesce(r.acknowledged_at::text, 'pending') from content_recipients r where r.content_id = ${contentItems.id} and r.unit_id = ${own}::uuid)`,
          })
          .from(contentItems)
          .innerJoin(units, eq(units.id, contentItems.unitId))
          .where(where)
          .orderBy(desc(contentItems.createdAt))
          .limit(q.limit)
          .offset(q.offset),
        db.select({ n: count() }).from(contentItems).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          ...toItem(r.c),
          unitName: r.unitName,
          recipients: r.recipients,
          acknowledged: r.acknowledged,
          received:
            r.receivedAt === null
              ? null
              : { acknowledgedAt: r.receivedAt === 'pending' ? null : new Date(r.receivedAt) },
        })),
        total: total?.n ?? 0,
      };
    },
    async insert(item) {
      await db.insert(contentItems).values({
        ...(toRow(item) as Row),
        searchText: foldVietnamese(`${item.title} ${item.summary}`),
      });
    },
    async update(id, patch, at, expect = {}) {
      const editors = expect.changedBy
        ? sql`case when ${contentItems.editors} @> ${JSON.stringify([expect.changedBy])}::jsonb then ${contentItems.editors} else ${contentItems.editors} || ${JSON.stringify([expect.changedBy])}::jsonb end`
        : undefined;
      const rows = await db
        .update(contentItems)
        .set({
          ...toRow(patch),
          ...(editors ? { editors } : {}),
          version: sql`${contentItems.version} + 1`,
          updatedAt: at,
        })
        .where(and(eq(contentItems.id, id), matches(expect)))
        .returning();
      return rows[0] ? toItem(rows[0]) : null;
    },
    async lockIf(id, expect) {
      const [row] = await db
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.id, id), matches(expect)))
        .for('update');
      return row ? toItem(row) : null;
    },
    async delete(id) {
      await db.update(claims).set({ correctionId: null }).where(eq(claims.correctionId, id));
      await db.delete(contentItems).where(eq(contentItems.id, id));
    },
    async addRecipients(rows) {
      const added: typeof rows = [];
      for (let i = 0; i < rows.length; i += 1000) {
        const ids = await db
          .insert(contentRecipients)
          .values(rows.slice(i, i + 1000))
          .onConflictDoNothing()
          .returning({ unitId: contentRecipients.unitId });
        const set = new Set(ids.map((r) => r.unitId));
        added.push(...rows.slice(i, i + 1000).filter((r) => set.has(r.unitId)));
      }
      return added;
    },
    async recipient(contentId, unitId) {
      const [row] = await db
        .select()
        .from(contentRecipients)
        .where(
          and(eq(contentRecipients.contentId, contentId), eq(contentRecipients.unitId, unitId)),
        );
      return row ?? null;
    },
    async recipients(contentId, withinPath) {
      const rows = await db
        .select({ r: contentRecipients, unitName: units.name })
        .from(contentRecipients)
        .innerJoin(units, eq(units.id, contentRecipients.unitId))
        .where(
          and(
            eq(contentRecipients.contentId, contentId),
            like(contentRecipients.unitPath, `${likeEscape(withinPath)}%`),
          ),
        )
        .orderBy(
          sql`${contentRecipients.acknowledgedAt} is not null`,
          asc(contentRecipients.unitPath),
        );
      return rows.map((r) => ({ ...r.r, unitName: r.unitName }));
    },
    async receivedByAny(contentId, unitIds) {
      if (unitIds.length === 0) return false;
      const [row] = await db
        .select({ n: count() })
        .from(contentRecipients)
        .where(
          and(
            eq(contentRecipients.contentId, contentId),
            inArray(contentRecipients.unitId, unitIds),
          ),
        );
      return (row?.n ?? 0) > 0;
    },
    async acknowledge(contentId, unitId, by, at) {
      const rows = await db
        .update(contentRecipients)
        .set({ acknowledgedAt: at, acknowledgedBy: by })
        .where(
          and(
            eq(contentRecipients.contentId, contentId),
            eq(contentRecipients.unitId, unitId),
            isNull(contentRecipients.acknowledgedAt),
          ),
        )
        .returning({ unitId: contentRecipients.unitId });
      return rows.length > 0;
    },
    async publishedNews(q) {
      const rows = await db
        .select(newsColumns)
        .from(contentItems)
        .innerJoin(units, eq(units.id, contentItems.publishedUnitId))
        .where(
          and(
            isNotNull(contentItems.publishedAt),
            eq(contentItems.status, 'approved'),
            q.unitIds
              ? q.unitIds.length
                ? inArray(contentItems.publishedUnitId, q.unitIds)
                : sql`false`
              : undefined,
            q.withinPath ? like(units.path, `${likeEscape(q.withinPath)}%`) : undefined,
          ),
        )
        .orderBy(desc(contentItems.publishedAt))
        .limit(q.limit);
      return rows.map(toNews);
    },
    async getNews(id) {
      const [row] = await db
        .select(newsColumns)
        .from(contentItems)
        .innerJoin(units, eq(units.id, contentItems.publishedUnitId))
        .where(
          and(
            eq(contentItems.id, id),
            isNotNull(contentItems.publishedAt),
            eq(contentItems.status, 'approved'),
          ),
        );
      return row ? toNews(row) : null;
    },
  };
}
