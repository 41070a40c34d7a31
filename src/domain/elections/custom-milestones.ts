import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { invalid } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import { isWithin } from '../units/unit';
import { getElection, getMilestone } from './election-access';
import type { Milestone } from './milestones';

/** The code of a milestone an officer added by hand: only these may be removed. */
export const CUSTOM_MILESTONE = 'custom';

export interface NewMilestone {
  title: string;
  dueOn: string;
  citation?: string | null;
  note?: string | null;
  time?: string | null;
  forVoters?: boolean;
  /** Each thôn / khu phố does the step itself, with a date and a photo. */
  perSubUnit?: boolean;
  /** Whose step it is; by default the actor's unit (a ward's part of a province's election). */
  unitId?: string;
}

/**
 * Adds a step of the officer's own to an election: the election's, when the unit is its scope;
 * otherwise the unit's part of it (a ward in a province-wide election), seen by that unit, those
 * above and those below. Throws validation, not_found, forbidden.
 */
export async function addMilestone(
  deps: Writes<'units' | 'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  electionId: string,
  input: NewMilestone,
): Promise<Milestone> {
  const election = await getElection(deps, actor, electionId);
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.write', unit.path);
  if (!isWithin(unit.path, election.unitPath))
    throw invalid('unitId', 'Đơn vị phải thuộc phạm vi của cuộc bầu cử.');
  const title = cleanText(input.title);
  if (!title) throw invalid('title', 'Hãy nhập tên mốc thời gian.');
  const own = unit.path === election.unitPath ? null : unit;
  const existing = await deps.repos.elections.milestones(electionId);
  const milestone: Milestone = {
    id: deps.ids.newId(),
    electionId,
    code: CUSTOM_MILESTONE,
    title,
    offset: null,
    workingDays: false,
    dueOn: input.dueOn,
    time: input.time?.trim() || null,
    note: input.note?.trim() || null,
    forVoters: !!input.forVoters,
    edited: true,
    doneAt: null,
    evidenceNote: null,
    evidenceUrl: null,
    evidenceFileName: null,
    sort: existing.reduce((max, m) => Math.max(max, m.sort), -1) + 1,
    citation: input.citation?.trim() || null,
    unitId: own?.id ?? null,
    unitPath: own?.path ?? null,
    perSubUnit: !!input.perSubUnit,
    createdBy: actor.userId,
  };
  await deps.uow.transaction(async (repos) => {
    await repos.elections.insertMilestones([milestone]);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'election_milestone',
      entityId: milestone.id,
      action: 'create',
      changes: { title, dueOn: input.dueOn, citation: milestone.citation },
    });
  });
  deps.changes.publish({ kind: 'election', electionId });
  return milestone;
}

/**
 * Removes a step an officer added (a template's legal step can be re-dated, not removed), with
 * the sub-units' completions of it. Throws validation, not_found, forbidden.
 */
export async function removeMilestone(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes' | 'storage'>,
  actor: Actor,
  electionId: string,
  id: string,
): Promise<void> {
  const { election, milestone } = await getMilestone(deps, actor, electionId, id, 'work.write');
  if (milestone.code !== CUSTOM_MILESTONE)
    throw invalid(
      'milestoneId',
      'Mốc theo luật không xóa được; hãy sửa ngày nếu địa phương làm khác.',
    );
  const photos = await deps.repos.elections.completions(
    [milestone.id],
    milestone.unitPath ?? election.unitPath,
  );
  await deps.uow.transaction(async (repos) => {
    await repos.elections.deleteMilestone(milestone.id);
    await recordChange(repos, deps, actor, {
      unitId: milestone.unitId ?? election.unitId,
      entity: 'election_milestone',
      entityId: milestone.id,
      action: 'delete',
      changes: { title: milestone.title, dueOn: milestone.dueOn },
    });
  });
  for (const c of photos) await deps.storage.delete(c.photoKey).catch(() => undefined);
  deps.changes.publish({ kind: 'election', electionId });
}
