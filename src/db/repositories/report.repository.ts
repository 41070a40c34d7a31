import { and, desc, eq, gte, inArray, like, lte, ne } from 'drizzle-orm';
import { withStatedDefaults } from '../../domain/activities/unit-figures';
import type { ReportRepository, ReportRow } from '../../domain/reports/reports.port';
import type { Db } from '../db';
import { reports } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof reports.$inferSelect;
const toReport = ({ periodFrom, periodTo, ...r }: Row): ReportRow => ({
  ...r,
  from: periodFrom,
  to: periodTo,
  kind: r.kind,
  status: r.status,
  figures: r.figures.map(withStatedDefaults),
});
const toRow = ({ from, to, ...r }: Partial<ReportRow>) => ({
  ...r,
  ...(from !== undefined ? { periodFrom: from } : {}),
  ...(to !== undefined ? { periodTo: to } : {}),
});

export function reportRepository(db: Db): ReportRepository {
  return {
    async get(id) {
      const [row] = await db.select().from(reports).where(eq(reports.id, id));
      return row ? toReport(row) : null;
    },
    async getFor(unitId, kind, periodKey) {
      const [row] = await db
        .select()
        .from(reports)
        .where(
          and(eq(reports.unitId, unitId), eq(reports.kind, kind), eq(reports.periodKey, periodKey)),
        );
      return row ? toReport(row) : null;
    },
    async insertOrGet(report) {
      const { from, to, ...rest } = report;
      await db
        .insert(reports)
        .values({ ...rest, periodFrom: from, periodTo: to })
        .onConflictDoNothing();
      const stored = await this.getFor(report.unitId, report.kind, report.periodKey);
      if (!stored) throw new Error('report vanished');
      return stored;
    },
    async update(id, expectedVersion, patch, at) {
      const { id: _i, version: _v, createdAt: _c, ...fields } = patch;
      const [row] = await db
        .update(reports)
        .set({ ...toRow(fields), version: expectedVersion + 1, updatedAt: at })
        .where(and(eq(reports.id, id), eq(reports.version, expectedVersion)))
        .returning();
      return row ? toReport(row) : null;
    },
    async findFor(unitIds, kind, periodKeys) {
      if (unitIds.length === 0 || periodKeys.length === 0) return [];
      return (
        await db
          .select()
          .from(reports)
          .where(
            and(
              inArray(reports.unitId, unitIds),
              eq(reports.kind, kind),
              inArray(reports.periodKey, periodKeys),
            ),
          )
      ).map(toReport);
    },
    async narratives(q) {
      const rows = await db
        .select({
          unitId: reports.unitId,
          periodKey: reports.periodKey,
          narrative: reports.narrative,
        })
        .from(reports)
        .where(
          and(
            like(reports.unitPath, `${likeEscape(q.withinPath)}%`),
            ne(reports.status, 'draft'),
            gte(reports.periodFrom, q.from),
            lte(reports.periodTo, q.to),
          ),
        )
        .orderBy(desc(reports.periodTo))
        .limit(q.limit);
      return rows
        .filter((r) => r.narrative.results.trim())
        .map((r) => ({ unitId: r.unitId, periodKey: r.periodKey, results: r.narrative.results }));
    },
  };
}
