import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import { createElection, type ElectionInput } from '../../../src/domain/elections/create-election';
import type { Election } from '../../../src/domain/elections/election';
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
