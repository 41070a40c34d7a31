import type { z } from 'zod';
import type {
  CandidateResponseSchema,
  DistrictResponseSchema,
  ElectionResponseSchema,
  MilestoneResponseSchema,
  PollingAreaResponseSchema,
  ResultListResponseSchema,
} from '../../contracts/elections.contract';
import { electionDayWarning, type Election } from '../../domain/elections/election';
import type { Candidate, District, PollingArea } from '../../domain/elections/elections.port';
import { CUSTOM_MILESTONE } from '../../domain/elections/custom-milestones';
import type { MilestoneView } from '../../domain/elections/manage-milestones';
import { votingRules } from '../../domain/elections/voting-rules';
import type { findResults } from '../../domain/elections/manage-results';

type Out<S extends z.ZodType> = z.infer<S>;

export const toElectionResponse = (e: Election): Out<typeof ElectionResponseSchema> => ({
  id: e.id,
  slug: e.slug,
  type: e.type,
  name: e.name,
  term: e.term,
  electionDay: e.electionDay,
  template: e.template,
  unitId: e.unitId,
  dayReason: e.dayReason,
  dayWarning: electionDayWarning(e.type, e.electionDay),
  voteDenominator: e.voteDenominator,
  voterBasis: e.voterBasis,
  rules: votingRules(e),
  sample: e.sample,
  version: e.version,
});

export const toMilestoneResponse = (m: MilestoneView): Out<typeof MilestoneResponseSchema> => ({
  id: m.id,
  code: m.code,
  title: m.title,
  offset: m.offset,
  workingDays: m.workingDays,
  dueOn: m.dueOn,
  time: m.time,
  note: m.note,
  forVoters: m.forVoters,
  edited: m.edited,
  doneAt: m.doneAt?.toISOString() ?? null,
  evidenceNote: m.evidenceNote,
  evidenceUrl: m.evidenceUrl,
  evidenceFileName: m.evidenceFileName,
  status: m.status,
  citation: m.citation,
  unitId: m.unitId,
  perSubUnit: m.perSubUnit,
  custom: m.code === CUSTOM_MILESTONE,
  own: m.own,
  subUnits: m.subUnits,
});

export const toDistrictResponse = (d: District): Out<typeof DistrictResponseSchema> => ({
  id: d.id,
  unitId: d.unitId,
  unitName: d.unitName,
  name: d.name,
  seats: d.seats,
  candidatesPublishedAt: d.candidatesPublishedAt?.toISOString() ?? null,
  resultsPublishedAt: d.resultsPublishedAt?.toISOString() ?? null,
});

export const toPollingAreaResponse = (a: PollingArea): Out<typeof PollingAreaResponseSchema> => ({
  id: a.id,
  districtId: a.districtId,
  unitId: a.unitId,
  name: a.name,
  address: a.address,
  voterCount: a.voterCount,
  villages: a.villages,
});

export const toCandidateResponse = (c: Candidate): Out<typeof CandidateResponseSchema> => ({
  id: c.id,
  districtId: c.districtId,
  fullName: c.fullName,
  birthYear: c.birthYear,
  gender: c.gender,
  occupation: c.occupation,
  workplace: c.workplace,
  biography: c.biography,
  programmeHtml: c.programmeHtml,
  hasPhoto: c.hasPhoto,
  sort: c.sort,
});

type ResultItem = Awaited<ReturnType<typeof findResults>>[number];
export const toResultResponse = (
  r: ResultItem,
): Out<typeof ResultListResponseSchema>['items'][number] => ({
  districtId: r.district.id,
  embargoed: r.embargoed,
  entered: r.entered,
  published: r.district.resultsPublishedAt !== null,
  rows: r.rows.map(({ pollingAreaId, votersListed, ballotsIssued, valid, invalid, votes }) => ({
    pollingAreaId,
    votersListed,
    ballotsIssued,
    valid,
    invalid,
    votes,
  })),
  total: r.total,
  outcome: r.outcome,
});
