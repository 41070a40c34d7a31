import { can, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { civilDate, formatDateVi } from '../shared/dates';
import { conflict, DomainError, forbidden, invalid } from '../shared/domain-error';
import { getDistrict } from './election-access';
import type { VoterBasis } from './election';
import type { District, ResultRow } from './elections.port';
import { findPolling } from './manage-polling';
import {
  checkResult,
  decideOutcome,
  sumResults,
  type Outcome,
  type ResultFigures,
} from './results';

/**
 * Saves the count of a polling area (or of the whole district) after every check passes; a
 * failing check rejects the count whole with the rule named, and nothing is saved. Throws
 * validation (details.rules; before election day, a count that cannot exist yet), not_found,
 * forbidden, conflict once results are published.
 */
export async function saveResult(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  input: ResultFigures & { districtId: string; pollingAreaId: string | null },
): Promise<void> {
  const { district, election } = await getDistrict(deps, actor, input.districtId, 'work.write');
  if (civilDate(deps.clock.now()) < election.electionDay)
    throw invalid(
      'districtId',
      `Chưa đến ngày bầu cử (${formatDateVi(election.electionDay)}); kết quả chỉ nhập được từ ngày đó.`,
    );
  if (district.resultsPublishedAt)
    throw new DomainError('conflict', 'Kết quả đã công bố; không sửa được nữa.');
  if (input.pollingAreaId) {
    const areas = await deps.repos.elections.pollingAreas(election.id);
    if (!areas.some((a) => a.id === input.pollingAreaId && a.districtId === district.id))
      throw invalid('pollingAreaId', 'Khu vực bỏ phiếu không thuộc đơn vị bầu cử này.');
  }
  const candidates = await deps.repos.elections.candidates([district.id]);
  const failures = checkResult(input, {
    seats: district.seats,
    candidateIds: candidates.map((c) => c.id),
  });
  if (failures.length > 0)
    throw new DomainError('validation', `Kết quả không hợp lệ: ${failures[0]?.message ?? ''}`, {
      issues: failures.map((f) => ({ path: f.rule, message: f.message })),
      details: { rules: failures.map((f) => f.rule) },
    });
  const row: ResultRow = {
    id: deps.ids.newId(),
    electionId: election.id,
    districtId: district.id,
    pollingAreaId: input.pollingAreaId,
    votersListed: input.votersListed,
    ballotsIssued: input.ballotsIssued,
    valid: input.valid,
    invalid: input.invalid,
    votes: input.votes,
    updatedAt: deps.clock.now(),
  };
  await deps.uow.transaction(async (repos) => {
    // Read under the district's lock: a count never lands after the results were published.
    if ((await repos.elections.lockDistrict(district.id))?.resultsPublishedAt)
      throw new DomainError('conflict', 'Kết quả đã công bố; không sửa được nữa.');
    await repos.elections.replaceResult(row, actor.userId);
    await recordChange(repos, deps, actor, {
      unitId: district.unitId,
      entity: 'election_result',
      entityId: district.id,
      action: 'enter',
      changes: { pollingAreaId: input.pollingAreaId, ballotsIssued: input.ballotsIssued },
    });
  });
}

export interface DistrictResult {
  district: District;
  /** The counts entered, area by area (null = the district as a whole). */
  rows: ResultRow[];
  total: ResultFigures | null;
  outcome: Outcome | null;
}

/** The district's total: its district-wide count when one was entered, else the sum of its areas. */
export function districtTotal(rows: ResultRow[]): ResultFigures | null {
  if (rows.length === 0) return null;
  const whole = rows.find((r) => r.pollingAreaId === null);
  return whole ?? sumResults(rows);
}

/** Outcome of each district from its rows, under the election's rules. */
export function districtResult(
  district: District,
  rows: ResultRow[],
  type: Parameters<typeof decideOutcome>[0],
  denominator: Parameters<typeof decideOutcome>[2]['denominator'],
  basis: VoterBasis = 'households',
): DistrictResult {
  const total = districtTotal(rows);
  return {
    district,
    rows,
    total,
    outcome: total
      ? decideOutcome(type, total, { seats: district.seats, denominator, basis })
      : null,
  };
}

/**
 * Results of an election in the actor's subtree. Embargo: a district's unpublished counts reach
 * only those who may publish (leaders); for others they come back as `embargoed`, with only the
 * rows they entered themselves (so a reopened form shows what they typed), and no outcome.
 */
export async function findResults(
  deps: Reads<'elections'>,
  actor: Actor,
  electionId: string,
): Promise<Array<DistrictResult & { embargoed: boolean; entered: boolean }>> {
  const { election, districts } = await findPolling(deps, actor, electionId);
  const rows = await deps.repos.elections.results(districts.map((d) => d.id));
  const leader = can(actor.role, 'work.approve');
  return districts.map((d) => {
    const own = rows.filter((r) => r.districtId === d.id);
    const embargoed = !d.resultsPublishedAt && !leader;
    const result = districtResult(
      d,
      embargoed ? [] : own,
      election.type,
      election.voteDenominator,
      election.voterBasis,
    );
    const mine = embargoed ? own.filter((r) => r.enteredBy === actor.userId) : result.rows;
    return { ...result, rows: mine, embargoed, entered: own.length > 0 };
  });
}

/**
 * Publishes a district's results (a leader's right, never one who entered them). Throws forbidden,
 * validation when nothing was entered, conflict when they were published meanwhile.
 */
export async function publishResults(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  districtId: string,
): Promise<void> {
  const { district, election } = await getDistrict(deps, actor, districtId, 'work.approve');
  await deps.uow.transaction(async (repos) => {
    // Checked under the district's lock, so no count is entered between the check and the write.
    const state = await repos.elections.lockDistrict(district.id);
    if (state?.resultsPublishedAt) throw conflict('Kết quả của đơn vị bầu cử này đã công bố.');
    const rows = await repos.elections.results([district.id]);
    if (rows.length === 0) throw invalid('districtId', 'Chưa có kết quả để công bố.');
    if ((await repos.elections.resultEditors(district.id)).includes(actor.userId))
      throw forbidden(
        'Bạn đã nhập kết quả của đơn vị bầu cử này nên không tự công bố được; cần lãnh đạo khác công bố.',
      );
    const published = await repos.elections.setDistrictPublished(
      district.id,
      'results',
      deps.clock.now(),
      actor.userId,
      { resultsUnpublished: true },
    );
    if (!published) throw conflict('Kết quả của đơn vị bầu cử này đã công bố.');
    await recordChange(repos, deps, actor, {
      unitId: district.unitId,
      entity: 'electoral_district',
      entityId: district.id,
      action: 'publish_results',
      changes: {},
    });
  });
  // Only this district's pages show its results.
  deps.changes.publish({ kind: 'election', electionId: election.id, districtId: district.id });
}
