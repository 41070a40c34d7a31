import { authorize, type Actor } from '../accounts/access';
import { sniffFileType } from '../content/file-type';
import { capFor, FILE_USES, takes } from '../content/file-uses';
import type { FileStream } from '../content/content.port';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { DomainError, invalid, notFound } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { isWithin, type Unit } from '../units/unit';
import type { Election } from './election';
import { getMilestone, milestoneScope, touches } from './election-access';
import type { MilestoneCompletion } from './elections.port';
import { narrower } from './manage-polling';
import type { Milestone } from './milestones';

/** The sub-units (thôn, khu phố) at or below a path, in their natural order (Khu phố 2 before 10). */
async function subUnitsWithin(deps: Reads<'units'>, path: string): Promise<Unit[]> {
  const found = await deps.repos.units.listWithin({ withinPath: path, kind: 'village' });
  return found.sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
}

/** The part of a milestone's scope the actor covers, or null when the two do not nest. */
const partOf = (scope: string, actor: Pick<Actor, 'unitPath'>): string | null =>
  touches({ unitPath: scope }, actor) ? narrower(scope, actor.unitPath) : null;

/** For each per-sub-unit milestone: how many sub-units of the actor's part have done it. */
export async function subUnitCounts(
  deps: Reads<'units' | 'elections'>,
  election: Election,
  actor: Actor,
  milestones: Milestone[],
): Promise<Map<string, { done: number; total: number }>> {
  const out = new Map<string, { done: number; total: number }>();
  for (const m of milestones.filter((x) => x.perSubUnit)) {
    const part = partOf(milestoneScope(m, election), actor);
    if (!part) continue;
    const [units, done] = await Promise.all([
      subUnitsWithin(deps, part),
      deps.repos.elections.completions([m.id], part),
    ]);
    const ids = new Set(units.map((u) => u.id));
    out.set(m.id, { done: done.filter((c) => ids.has(c.unitId)).length, total: units.length });
  }
  return out;
}

export interface SubUnitRow {
  unit: Pick<Unit, 'id' | 'name' | 'path'>;
  completion: MilestoneCompletion | null;
}

/**
 * Which sub-units of the actor's part have done a per-sub-unit milestone (with the day and the
 * photo) and which have not yet. Throws not_found, validation (a step done once, not per sub-unit).
 */
export async function findSubUnitCompletions(
  deps: Reads<'units' | 'elections'>,
  actor: Actor,
  electionId: string,
  milestoneId: string,
): Promise<{ milestone: Milestone; rows: SubUnitRow[] }> {
  const { election, milestone } = await getMilestone(deps, actor, electionId, milestoneId);
  if (!milestone.perSubUnit)
    throw invalid(
      'milestoneId',
      'Mốc này do đơn vị tổ chức làm một lần, không theo từng thôn, khu phố.',
    );
  const part = partOf(milestoneScope(milestone, election), actor);
  if (!part) throw notFound('mốc thời gian');
  const [units, done] = await Promise.all([
    subUnitsWithin(deps, part),
    deps.repos.elections.completions([milestone.id], part),
  ]);
  const byUnit = new Map(done.map((c) => [c.unitId, c]));
  return {
    milestone,
    rows: units.map((u) => ({
      unit: { id: u.id, name: u.name, path: u.path },
      completion: byUnit.get(u.id) ?? null,
    })),
  };
}

/** The sub-unit a completion is for: a thôn / khu phố in the milestone's scope and the actor's subtree. */
async function subUnitFor(
  deps: Reads<'units' | 'elections'>,
  actor: Actor,
  electionId: string,
  milestoneId: string,
  unitId: string,
) {
  const { election, milestone } = await getMilestone(deps, actor, electionId, milestoneId);
  const unit = await deps.repos.units.get(unitId);
  if (!unit || !isWithin(unit.path, milestoneScope(milestone, election)))
    throw notFound('thôn, khu phố');
  authorize(actor, 'work.write', unit.path);
  if (!milestone.perSubUnit || unit.kind !== 'village')
    throw invalid(
      'unitId',
      'Chỉ thôn, khu phố đánh dấu hoàn thành riêng một mốc làm theo từng thôn, khu phố.',
    );
  return { election, milestone, unit };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Marks a per-sub-unit milestone done for one thôn / khu phố: the day it was done (not after
 * today) and a photo as evidence (an image by its content, at most 10 MB), replacing an earlier
 * one. Throws not_found, forbidden, validation, payload_too_large, storage_full.
 */
export async function completeForSubUnit(
  deps: Writes<'units' | 'elections' | 'audit'> &
    Pick<Deps, 'clock' | 'ids' | 'storage' | 'changes'>,
  actor: Actor,
  input: {
    electionId: string;
    milestoneId: string;
    unitId: string;
    doneOn: string;
    note?: string | null;
    photo: Uint8Array;
  },
): Promise<MilestoneCompletion> {
  const { milestone, unit } = await subUnitFor(
    deps,
    actor,
    input.electionId,
    input.milestoneId,
    input.unitId,
  );
  if (!DAY.test(input.doneOn) || input.doneOn > civilDate(deps.clock.now()))
    throw invalid('doneOn', 'Ngày thực hiện không được sau hôm nay.');
  const type = await sniffFileType(input.photo);
  if (!type || !takes(FILE_USES.subUnitPhoto, type))
    throw invalid('photo', 'Ảnh minh chứng phải là tệp ảnh (JPEG, PNG, WebP…).');
  if (input.photo.length > capFor(FILE_USES.subUnitPhoto, type.family))
    throw new DomainError('payload_too_large', 'Ảnh vượt giới hạn 10 MB.');
  const before = (await deps.repos.elections.completions([milestone.id], unit.path)).find(
    (c) => c.unitId === unit.id,
  );
  const key = `milestones/${milestone.id}/${deps.ids.newId()}.${type.extension}`;
  await deps.storage.put(key, input.photo, type.mediaType);
  const completion: MilestoneCompletion = {
    id: deps.ids.newId(),
    milestoneId: milestone.id,
    electionId: milestone.electionId,
    unitId: unit.id,
    unitPath: unit.path,
    doneOn: input.doneOn,
    photoKey: key,
    photoType: type.mediaType,
    note: input.note ? cleanText(input.note) || null : null,
    createdBy: actor.userId,
    createdAt: deps.clock.now(),
  };
  await deps.uow.transaction(async (repos) => {
    await repos.elections.saveCompletion(completion);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'milestone_completion',
      entityId: milestone.id,
      action: 'done',
      changes: { unit: unit.name, doneOn: { from: before?.doneOn ?? null, to: input.doneOn } },
    });
  });
  // The photo it replaces is no longer anyone's.
  if (before) await deps.storage.delete(before.photoKey).catch(() => undefined);
  deps.changes.publish({ kind: 'election', electionId: milestone.electionId });
  return completion;
}

/** Withdraws a sub-unit's completion marked by mistake. Throws not_found, forbidden, validation. */
export async function reopenForSubUnit(
  deps: Writes<'units' | 'elections' | 'audit'> &
    Pick<Deps, 'clock' | 'ids' | 'storage' | 'changes'>,
  actor: Actor,
  input: { electionId: string; milestoneId: string; unitId: string },
): Promise<void> {
  const { milestone, unit } = await subUnitFor(
    deps,
    actor,
    input.electionId,
    input.milestoneId,
    input.unitId,
  );
  const before = (await deps.repos.elections.completions([milestone.id], unit.path)).find(
    (c) => c.unitId === unit.id,
  );
  if (!before) throw notFound('dấu hoàn thành');
  await deps.uow.transaction(async (repos) => {
    await repos.elections.deleteCompletion(before.id);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'milestone_completion',
      entityId: milestone.id,
      action: 'reopen',
      changes: { unit: unit.name, doneOn: { from: before.doneOn, to: null } },
    });
  });
  await deps.storage.delete(before.photoKey).catch(() => undefined);
  deps.changes.publish({ kind: 'election', electionId: milestone.electionId });
}

/** The photo of a sub-unit's completion, for those who see that sub-unit. Throws not_found. */
export async function completionPhoto(
  deps: Reads<'units' | 'elections'> & Pick<Deps, 'storage'>,
  actor: Actor,
  input: { electionId: string; milestoneId: string; unitId: string },
): Promise<{ file: FileStream; mediaType: string }> {
  const { milestone } = await getMilestone(deps, actor, input.electionId, input.milestoneId);
  const unit = await deps.repos.units.get(input.unitId);
  if (!unit || !isWithin(unit.path, actor.unitPath)) throw notFound('ảnh minh chứng');
  const c = (await deps.repos.elections.completions([milestone.id], unit.path)).find(
    (x) => x.unitId === unit.id,
  );
  const file = c ? await deps.storage.open(c.photoKey) : null;
  if (!c || !file) throw notFound('ảnh minh chứng');
  return { file, mediaType: c.photoType };
}
