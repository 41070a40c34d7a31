import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { invalid } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import {
  electionDayWarning,
  electionSlug,
  type Election,
  type ElectionType,
  type VoteDenominator,
  type VoterBasis,
} from './election';
import { getElection } from './election-access';
import { defaultTemplate, findTemplate } from './milestone-templates';
import { milestoneDate, moveMilestones, type Milestone } from './milestones';

export interface ElectionInput {
  type: ElectionType;
  name: string;
  term: string;
  electionDay: string;
  unitId: string;
  template?: string;
  /** Required when an NA_HDND election day is not a Sunday. */
  dayReason?: string | null;
  voteDenominator?: VoteDenominator;
  /** VILLAGE_HEAD: household representatives (the default) or every voter. */
  voterBasis?: VoterBasis;
  sample?: boolean;
}

const TERM = /^\d{4}\s*-\s*\d{4}$/;

function checkDay(type: ElectionType, day: string, reason: string | null | undefined): void {
  const warning = electionDayWarning(type, day);
  if (warning && !reason?.trim()) throw invalid('dayReason', warning);
}

/** Milestones of a new election, from its template, dated from election day. */
export function milestonesFor(
  deps: Pick<Deps, 'ids'>,
  election: Pick<Election, 'id' | 'template' | 'electionDay'>,
): Milestone[] {
  const template = findTemplate(election.template);
  if (!template) throw invalid('template', 'Không có mẫu mốc thời gian này.');
  return template.items.map((item, sort) => ({
    id: deps.ids.newId(),
    electionId: election.id,
    code: item.code,
    title: item.title,
    offset: item.offset,
    workingDays: !!item.workingDays,
    dueOn: milestoneDate(item, election.electionDay),
    time: item.time ?? null,
    note: item.note ?? null,
    forVoters: !!item.forVoters,
    edited: false,
    doneAt: null,
    evidenceNote: null,
    evidenceUrl: null,
    evidenceFileName: null,
    sort,
    citation:
      template.citedFrom && election.electionDay < template.citedFrom
        ? null
        : (item.citation ?? null),
    unitId: null,
    unitPath: null,
    perSubUnit: !!item.perSubUnit,
    createdBy: null,
  }));
}

/**
 * Creates an election in a unit of the actor's subtree with every milestone of its template
 * dated from election day. Throws validation (an NA_HDND day that is not a Sunday needs a
 * reason; a term like 2026-2031), not_found, forbidden.
 */
export async function createElection(
  deps: Writes<'units' | 'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  input: ElectionInput,
): Promise<Election> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  if (!TERM.test(input.term)) throw invalid('term', 'Nhiệm kỳ có dạng 2026-2031.');
  checkDay(input.type, input.electionDay, input.dayReason);
  const template = input.template ?? defaultTemplate(input.type, input.electionDay);
  const tpl = findTemplate(template);
  if (!tpl || tpl.type !== input.type)
    throw invalid('template', 'Mẫu mốc thời gian không phù hợp với loại bầu cử.');
  const base = electionSlug(
    input.type,
    unit.depth === 0 ? null : (unit.shortName ?? unit.name),
    input.electionDay,
  );
  let slug = base;
  for (let n = 2; await deps.repos.elections.slugTaken(slug); n++) slug = `${base}-${n}`;
  const now = deps.clock.now();
  const election: Election = {
    id: deps.ids.newId(),
    slug,
    type: input.type,
    name: cleanText(input.name),
    term: input.term.replace(/\s/g, ''),
    electionDay: input.electionDay,
    template,
    unitId: unit.id,
    unitPath: unit.path,
    dayReason: input.dayReason?.trim() || null,
    voteDenominator: input.voteDenominator ?? 'present',
    voterBasis: input.voterBasis ?? 'households',
    sample: !!input.sample,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await deps.uow.transaction(async (repos) => {
    await repos.elections.insert(election);
    await repos.elections.insertMilestones(milestonesFor(deps, election));
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'election',
      entityId: election.id,
      action: 'create',
      changes: { slug, electionDay: input.electionDay, template },
    });
  });
  deps.changes.publish({ kind: 'elections' });
  return election;
}

export type ElectionPatch = Partial<
  Pick<
    ElectionInput,
    'name' | 'term' | 'electionDay' | 'dayReason' | 'voteDenominator' | 'voterBasis'
  >
>;

/**
 * Edits an election. A new election day moves every milestone that was not edited by hand.
 * Throws validation, not_found, forbidden.
 */
export async function updateElection(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  id: string,
  patch: ElectionPatch,
): Promise<Election> {
  const before = await getElection(deps, actor, id, 'work.write');
  const day = patch.electionDay ?? before.electionDay;
  const reason = patch.dayReason === undefined ? before.dayReason : patch.dayReason;
  checkDay(before.type, day, reason);
  if (patch.term && !TERM.test(patch.term)) throw invalid('term', 'Nhiệm kỳ có dạng 2026-2031.');
  const after: Election = {
    ...before,
    name: patch.name ? cleanText(patch.name) : before.name,
    term: patch.term?.replace(/\s/g, '') ?? before.term,
    electionDay: day,
    dayReason: reason?.trim() || null,
    voteDenominator: patch.voteDenominator ?? before.voteDenominator,
    voterBasis: patch.voterBasis ?? before.voterBasis,
    version: before.version + 1,
    updatedAt: deps.clock.now(),
  };
  await deps.uow.transaction(async (repos) => {
    await repos.elections.update(after);
    if (day !== before.electionDay) {
      const moved = moveMilestones(await repos.elections.milestones(id), day);
      for (const m of moved) await repos.elections.updateMilestone(m);
    }
    await recordChange(repos, deps, actor, {
      unitId: before.unitId,
      entity: 'election',
      entityId: id,
      action: 'update',
      changes: {
        electionDay: { from: before.electionDay, to: day },
        voteDenominator: after.voteDenominator,
        voterBasis: after.voterBasis,
      },
    });
  });
  deps.changes.publish({ kind: 'election', electionId: id });
  deps.changes.publish({ kind: 'elections' });
  return after;
}
