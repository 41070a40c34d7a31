import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Election } from '../../domain/elections/election';
import type {
  Candidate,
  ElectionRepository,
  ResultRow,
} from '../../domain/elections/elections.port';
import type { Milestone } from '../../domain/elections/milestones';
import type { Db } from '../database';
import {
  candidates,
  electionMilestones,
  electionResults,
  elections,
  electoralDistricts,
  pollingAreas,
  pollingAreaVillages,
  units,
} from '../schema';
import { likeEscape } from './unit.repository';
import { districtStateRepository } from './district-state.repository';
import { milestoneCompletionRepository } from './milestone-completion.repository';
import { electionExtrasRepository, withVillages } from './election-extras.repository';

const toElection = (r: typeof elections.$inferSelect): Election => ({
  ...r,
  type: r.type,
  voteDenominator: r.voteDenominator,
  voterBasis: r.voterBasis === 'voters' ? 'voters' : 'households',
});

const toMilestone = ({
  offsetDays,
  evidenceFile: _file,
  evidenceFileType: _type,
  doneBy: _by,
  ...m
}: typeof electionMilestones.$inferSelect): Milestone => ({ ...m, offset: offsetDays });

const candidateColumns = {
  id: candidates.id,
  electionId: candidates.electionId,
  districtId: candidates.districtId,
  fullName: candidates.fullName,
  birthYear: candidates.birthYear,
  gender: candidates.gender,
  occupation: candidates.occupation,
  workplace: candidates.workplace,
  biography: candidates.biography,
  programmeHtml: candidates.programmeHtml,
  hasPhoto: sql<boolean>`${candidates.photo} is not null`,
  sort: candidates.sort,
};

const districtColumns = {
  id: electoralDistricts.id,
  electionId: electoralDistricts.electionId,
  unitId: electoralDistricts.unitId,
  unitPath: electoralDistricts.unitPath,
  unitName: units.name,
  name: electoralDistricts.name,
  seats: electoralDistricts.seats,
  candidatesPublishedAt: electoralDistricts.candidatesPublishedAt,
  resultsPublishedAt: electoralDistricts.resultsPublishedAt,
};

const toCandidate = (r: Omit<Candidate, 'gender'> & { gender: string | null }): Candidate => ({
  ...r,
  gender: r.gender === 'male' || r.gender === 'female' ? r.gender : null,
});

export function electionRepository(db: Db): ElectionRepository {
  return {
    async insert(e) {
      await db.insert(elections).values(e);
    },
    async update(e) {
      await db.update(elections).set(e).where(eq(elections.id, e.id));
    },
    async get(id) {
      const [r] = await db.select().from(elections).where(eq(elections.id, id));
      return r ? toElection(r) : null;
    },
    async getBySlug(slug) {
      const [r] = await db.select().from(elections).where(eq(elections.slug, slug));
      return r ? toElection(r) : null;
    },
    async slugTaken(slug) {
      const [r] = await db
        .select({ id: elections.id })
        .from(elections)
        .where(eq(elections.slug, slug));
      return !!r;
    },
    async findTouching(path) {
      const rows = await db
        .select()
        .from(elections)
        .where(
          or(
            like(elections.unitPath, `${likeEscape(path)}%`),
            sql`${path} like ${elections.unitPath} || '%'`,
          ),
        )
        .orderBy(sql`${elections.electionDay} desc`);
      return rows.map(toElection);
    },
    async milestones(electionId) {
      const rows = await db
        .select()
        .from(electionMilestones)
        .where(eq(electionMilestones.electionId, electionId))
        .orderBy(asc(electionMilestones.dueOn), asc(electionMilestones.sort));
      return rows.map(toMilestone);
    },
    async milestonesOf(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(electionMilestones)
        .where(inArray(electionMilestones.electionId, ids))
        .orderBy(asc(electionMilestones.dueOn), asc(electionMilestones.sort));
      return rows.map(toMilestone);
    },
    async insertMilestones(ms) {
      if (ms.length === 0) return;
      await db
        .insert(electionMilestones)
        .values(ms.map(({ offset, ...m }) => ({ ...m, offsetDays: offset })));
    },
    async updateMilestone({ offset, ...m }, file) {
      await db
        .update(electionMilestones)
        .set({
          ...m,
          offsetDays: offset,
          ...(file === undefined
            ? {}
            : {
                evidenceFile: file?.bytes ?? null,
                evidenceFileType: file?.type ?? null,
                evidenceFileName: file?.name ?? null,
              }),
        })
        .where(eq(electionMilestones.id, m.id));
    },
    async milestoneFile(id) {
      const [r] = await db
        .select({
          name: electionMilestones.evidenceFileName,
          type: electionMilestones.evidenceFileType,
          bytes: electionMilestones.evidenceFile,
        })
        .from(electionMilestones)
        .where(eq(electionMilestones.id, id));
      return r?.bytes && r.name && r.type ? { name: r.name, type: r.type, bytes: r.bytes } : null;
    },
    async districts(electionId, withinPath) {
      return db
        .select(districtColumns)
        .from(electoralDistricts)
        .innerJoin(units, eq(units.id, electoralDistricts.unitId))
        .where(
          and(
            eq(electoralDistricts.electionId, electionId),
            withinPath
              ? like(electoralDistricts.unitPath, `${likeEscape(withinPath)}%`)
              : undefined,
          ),
        )
        .orderBy(asc(electoralDistricts.unitPath), asc(electoralDistricts.name));
    },
    async getDistrict(id) {
      const [r] = await db
        .select(districtColumns)
        .from(electoralDistricts)
        .innerJoin(units, eq(units.id, electoralDistricts.unitId))
        .where(eq(electoralDistricts.id, id));
      return r ?? null;
    },
    async insertDistrict(d) {
      await db.insert(electoralDistricts).values(d);
    },
    async pollingAreas(electionId, withinPath) {
      const rows = await db
        .select()
        .from(pollingAreas)
        .where(
          and(
            eq(pollingAreas.electionId, electionId),
            withinPath ? like(pollingAreas.unitPath, `${likeEscape(withinPath)}%`) : undefined,
          ),
        )
        .orderBy(asc(pollingAreas.unitPath), asc(pollingAreas.name));
      return withVillages(db, rows);
    },
    async pollingAreasServing(electionId, villageIds) {
      if (villageIds.length === 0) return [];
      const rows = await db
        .selectDistinct({ area: pollingAreas })
        .from(pollingAreaVillages)
        .innerJoin(pollingAreas, eq(pollingAreas.id, pollingAreaVillages.pollingAreaId))
        .where(
          and(
            inArray(pollingAreaVillages.unitId, villageIds),
            eq(pollingAreas.electionId, electionId),
          ),
        );
      return withVillages(
        db,
        rows
          .map((r) => r.area)
          .sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true })),
      );
    },
    async insertPollingArea({ villageIds, ...p }) {
      await db.insert(pollingAreas).values(p);
      if (villageIds.length)
        await db
          .insert(pollingAreaVillages)
          .values(villageIds.map((unitId) => ({ pollingAreaId: p.id, unitId })));
    },
    async candidates(districtIds) {
      if (districtIds.length === 0) return [];
      const rows = await db
        .select(candidateColumns)
        .from(candidates)
        .where(inArray(candidates.districtId, districtIds))
        .orderBy(asc(candidates.districtId), asc(candidates.sort), asc(candidates.fullName));
      return rows.map(toCandidate);
    },
    async getCandidate(id) {
      const [r] = await db.select(candidateColumns).from(candidates).where(eq(candidates.id, id));
      return r ? toCandidate(r) : null;
    },
    async saveCandidate({ hasPhoto: _p, ...c }) {
      const now = new Date();
      await db
        .insert(candidates)
        .values({ ...c, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: candidates.id, set: { ...c, updatedAt: now } });
    },
    async deleteCandidate(id) {
      await db.delete(candidates).where(eq(candidates.id, id));
    },
    async setPhoto(id, photo) {
      await db
        .update(candidates)
        .set({ photo: photo?.bytes ?? null, photoType: photo?.type ?? null })
        .where(eq(candidates.id, id));
    },
    async photo(id) {
      const [r] = await db
        .select({ bytes: candidates.photo, type: candidates.photoType })
        .from(candidates)
        .where(eq(candidates.id, id));
      return r?.bytes && r.type ? { bytes: r.bytes, type: r.type } : null;
    },
    async results(districtIds) {
      if (districtIds.length === 0) return [];
      const rows = await db
        .select()
        .from(electionResults)
        .where(inArray(electionResults.districtId, districtIds));
      return rows.map((r): ResultRow => r);
    },
    async replaceResult(r, enteredBy) {
      await db
        .delete(electionResults)
        .where(
          and(
            eq(electionResults.districtId, r.districtId),
            r.pollingAreaId
              ? eq(electionResults.pollingAreaId, r.pollingAreaId)
              : isNull(electionResults.pollingAreaId),
          ),
        );
      await db.insert(electionResults).values({ ...r, enteredBy });
    },
    ...electionExtrasRepository(db),
    ...districtStateRepository(db),
    ...milestoneCompletionRepository(db),
  };
}
