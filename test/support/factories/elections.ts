import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import { createElection, type ElectionInput } from '../../../src/domain/elections/create-election';
import type { Election } from '../../../src/domain/elections/election';
import type {
  Candidate,
  District,
  PollingArea,
} from '../../../src/domain/elections/elections.port';
import {
  publishCandidates,
  saveCandidate,
  setCandidatePhoto,
  type CandidateInput,
} from '../../../src/domain/elections/manage-candidates';
import { importPollingAreas } from '../../../src/domain/elections/manage-polling';
import { publishResults, saveResult } from '../../../src/domain/elections/manage-results';
import { POLLING_IMPORT_HEADER } from '../../../src/domain/elections/polling-import';
import type { ResultFigures } from '../../../src/domain/elections/results';
import type { Milestone } from '../../../src/domain/elections/milestones';
import { addDays, weekday } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

export type ElectionOverrides = Partial<Omit<ElectionInput, 'unitId'>> & {
  /** Who creates it; a new officer of the unit otherwise. */
  author?: User;
};

/** An election and the milestones its template gave it, in their order. */
export interface BuiltElection {
  election: Election;
  milestones: Milestone[];
}

/**
 * The first Sunday at least six weeks ahead: far enough that every milestone of a template is
 * still to come (none overdue on a test's first day), and a Sunday, so an NA_HDND election needs
 * no `dayReason`.
 */
export function sundayAhead(today: string, weeks = 6): string {
  const from = addDays(today, weeks * 7);
  return addDays(from, (7 - weekday(from)) % 7);
}

/**
 * An election of `unit` made through `createElection`, which dates every milestone of its
 * template from election day; they are read back, as the domain stored them, for the test to
 * use. Defaults: a village-head election on a Sunday six weeks ahead, marked `sample` (the portal
 * says so on every page built on it) with a sample name; a term starting that year.
 */
export async function buildElection(
  deps: Deps,
  unit: Unit,
  overrides: ElectionOverrides = {},
): Promise<BuiltElection> {
  const { author, ...input } = overrides;
  const officer = await actingAs(deps, unit, author, 'officer');
  const type = input.type ?? 'VILLAGE_HEAD';
  const electionDay = input.electionDay ?? sundayAhead(civilDate(deps.clock.now()));
  const year = Number(electionDay.slice(0, 4));
  // A village head serves two and a half years (2022-2025 in the seeds); assemblies serve five.
  const term = `${year}-${year + (type === 'VILLAGE_HEAD' ? 3 : 5)}`;
  const election = await createElection(deps, officer, {
    unitId: unit.id,
    type,
    name: `Bầu cử thử số ${nextNumber()} ${SAMPLE}`,
    term,
    electionDay,
    sample: true,
    ...input,
  });
  return { election, milestones: await deps.repos.elections.milestones(election.id) };
}

/** One polling area of an import; the areas that share `district` form one electoral district. */
export interface PollingAreaSpec {
  district: string;
  /** Seats of the district (1 otherwise). */
  seats?: number;
  name: string;
  address: string;
  /** The commune (ward) that holds the area; matched by name, as a spreadsheet's cell is. */
  commune: Unit;
  /** The villages it serves, each a child of `commune`. */
  villages?: Unit[];
  voters?: number;
}

/** The districts and polling areas of an election, as the domain stored them. */
export interface BuiltPolling {
  districts: District[];
  areas: PollingArea[];
}

/**
 * Electoral districts and polling areas of `election`, imported through `importPollingAreas` as the
 * rows of a spreadsheet (so the same checks apply: an area the import refuses fails the factory),
 * and read back. Who imports: `author`, or a new officer of the election's unit.
 */
export async function buildPolling(
  deps: Deps,
  election: Election,
  areas: PollingAreaSpec[],
  author?: User,
): Promise<BuiltPolling> {
  const unit = await deps.repos.units.get(election.unitId);
  if (!unit) throw new Error(`unit of election ${election.slug} missing`);
  const officer = await actingAs(deps, unit, author, 'officer');
  const rows = areas.map((a) => [
    a.district,
    String(a.seats ?? 1),
    a.name,
    a.address,
    a.commune.name,
    (a.villages ?? []).map((v) => v.name).join(';'),
    String(a.voters ?? 500),
  ]);
  const read = () => Promise.resolve([POLLING_IMPORT_HEADER, ...rows]);
  const report = await importPollingAreas(deps, officer, election.id, read, false);
  if (!report.applied) throw new Error(`polling import refused: ${JSON.stringify(report.issues)}`);
  const [districts, stored] = await Promise.all([
    deps.repos.elections.districts(election.id),
    deps.repos.elections.pollingAreas(election.id),
  ]);
  return { districts, areas: stored };
}

export type CandidateOverrides = Partial<Omit<CandidateInput, 'districtId'>> & {
  /** Attach this photo through `setCandidatePhoto` (bytes checked as an upload's are). */
  photo?: Buffer;
  /** Who enters them; a new officer of the district's unit otherwise. */
  author?: User;
};

/**
 * A candidate of `district`, entered through `saveCandidate` (which sanitises the programme).
 * Defaults: a sample name, occupation, biography and programme, so every field the portal shows
 * has something in it.
 */
export async function buildCandidate(
  deps: Deps,
  district: District,
  overrides: CandidateOverrides = {},
): Promise<Candidate> {
  const { author, photo, ...input } = overrides;
  const officer = await actingAs(deps, await unitOf(deps, district), author, 'officer');
  const n = nextNumber();
  const candidate = await saveCandidate(deps, officer, {
    districtId: district.id,
    fullName: `Nguyễn Văn Thử ${n} ${SAMPLE}`,
    occupation: `Cán bộ hưu trí ${SAMPLE}`,
    biography: `Sinh sống tại địa phương từ nhỏ ${SAMPLE}.`,
    programmeHtml: `<p>Chăm lo đời sống bà con trong khu dân cư ${SAMPLE}.</p>`,
    ...input,
  });
  if (photo) await setCandidatePhoto(deps, officer, candidate.id, photo);
  return candidate;
}

export interface ResultOverrides {
  pollingAreaId?: string | null;
  /** Also publish the candidate list and the results, as a leader who entered neither. */
  publish?: boolean;
  /** Who enters the count; a new officer of the district's unit otherwise. */
  author?: User;
  /** Who publishes; a new leader of the district's unit otherwise. */
  approver?: User;
}

/**
 * The count of `district` (whole, or of one polling area) entered through `saveResult`, which
 * checks it as it would a person's; published through `publishCandidates` and `publishResults`
 * when asked. Counts are taken from election day on, so the election must have reached it.
 */
export async function buildResult(
  deps: Deps,
  district: District,
  figures: ResultFigures,
  overrides: ResultOverrides = {},
): Promise<void> {
  const { pollingAreaId = null, publish = false, author, approver } = overrides;
  const unit = await unitOf(deps, district);
  const officer = await actingAs(deps, unit, author, 'officer');
  await saveResult(deps, officer, { ...figures, districtId: district.id, pollingAreaId });
  if (!publish) return;
  const leader = await actingAs(deps, unit, approver, 'leader');
  const state = await deps.repos.elections.getDistrict(district.id);
  if (!state?.candidatesPublishedAt) await publishCandidates(deps, leader, district.id);
  await publishResults(deps, leader, district.id);
}

const unitOf = async (deps: Deps, district: District): Promise<Unit> => {
  const unit = await deps.repos.units.get(district.unitId);
  if (!unit) throw new Error(`unit of district ${district.name} missing`);
  return unit;
};
