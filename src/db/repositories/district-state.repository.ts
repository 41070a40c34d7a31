import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ElectionRepository } from '../../domain/elections/elections.port';
import type { Db } from '../database';
import { electionResults, electoralDistricts } from '../schema';

/** A district's publication state: what publishing compares and sets, and who may not do it. */
export function districtStateRepository(
  db: Db,
): Pick<
  ElectionRepository,
  'setDistrictPublished' | 'lockDistrict' | 'touchCandidates' | 'resultEditors'
> {
  return {
    async setDistrictPublished(id, what, at, by, expect = {}) {
      const rows = await db
        .update(electoralDistricts)
        .set(
          what === 'candidates'
            ? // A published list starts a new version whose editors are yet to come.
              { candidatesPublishedAt: at, candidateEditors: [] }
            : { resultsPublishedAt: at, resultsPublishedBy: by },
        )
        .where(
          and(
            eq(electoralDistricts.id, id),
            expect.candidatesVersion !== undefined
              ? eq(electoralDistricts.candidatesVersion, expect.candidatesVersion)
              : undefined,
            expect.resultsUnpublished ? isNull(electoralDistricts.resultsPublishedAt) : undefined,
          ),
        )
        .returning({ id: electoralDistricts.id });
      return rows.length > 0;
    },
    async lockDistrict(id) {
      const [row] = await db
        .select({
          candidatesVersion: electoralDistricts.candidatesVersion,
          candidateEditors: electoralDistricts.candidateEditors,
          candidatesPublishedAt: electoralDistricts.candidatesPublishedAt,
          resultsPublishedAt: electoralDistricts.resultsPublishedAt,
        })
        .from(electoralDistricts)
        .where(eq(electoralDistricts.id, id))
        .for('update');
      return row ?? null;
    },
    async touchCandidates(districtId, changedBy) {
      const editor = JSON.stringify([changedBy]);
      const editors = electoralDistricts.candidateEditors;
      await db
        .update(electoralDistricts)
        .set({
          candidatesVersion: sql`${electoralDistricts.candidatesVersion} + 1`,
          candidateEditors: sql`case when ${editors} @> ${editor}::jsonb then ${editors} else ${editors} || ${editor}::jsonb end`,
        })
        .where(eq(electoralDistricts.id, districtId));
    },
    async resultEditors(districtId) {
      const rows = await db
        .selectDistinct({ by: electionResults.enteredBy })
        .from(electionResults)
        .where(eq(electionResults.districtId, districtId));
      return rows.map((r) => r.by).filter((b): b is string => b !== null);
    },
  };
}
