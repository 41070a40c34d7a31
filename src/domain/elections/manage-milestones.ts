import type { Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { detectExtension, nameForType } from '../content/file-type';
import { civilDate } from '../shared/dates';
import { DomainError, invalid, notFound } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import type { Election } from './election';
import { isWithin } from '../units/unit';
import {
  getElection,
  getMilestone,
  milestoneScope,
  seesMilestone,
  touches,
} from './election-access';
import { subUnitCounts } from './milestone-completions';
import {
  MAX_EVIDENCE_BYTES,
  milestoneStatus,
  type Milestone,
  type MilestoneStatus,
} from './milestones';

export type MilestoneView = Milestone & {
  status: MilestoneStatus;
  /** Its scope is in the actor's subtree: they may edit it (with the right role). */
  own: boolean;
  /** For a step each sub-unit does: how many of those in the actor's part have done it. */
  subUnits: { done: number; total: number } | null;
};

/**
 * An election's milestones that concern the actor, with their status today. A step each sub-unit
 * does counts as done once every sub-unit of the actor's part has done it. Throws not_found.
 */
export async function findMilestones(
  deps: Reads<'units' | 'elections'> & Pick<Deps, 'clock'>,
  actor: Actor,
  electionId: string,
): Promise<MilestoneView[]> {
  const election = await getElection(deps, actor, electionId);
  const today = civilDate(deps.clock.now());
  const visible = (await deps.repos.elections.milestones(electionId)).filter((m) =>
    seesMilestone(m, actor),
  );
  const counts = await subUnitCounts(deps, election, actor, visible);
  return visible.map((m) => {
    const sub = counts.get(m.id) ?? null;
    const allDone = sub !== null && sub.total > 0 && sub.done === sub.total;
    return {
      ...m,
      status: allDone ? 'done' : milestoneStatus(m, today),
      own: isWithin(milestoneScope(m, election), actor.unitPath),
      subUnits: sub,
    };
  });
}

/**
 * The evidence file of a milestone of an election the actor may read. The milestone must belong
 * to that election: reading one election is no licence to read another's evidence by its id.
 * Throws not_found.
 */
export async function milestoneEvidence(
  deps: Reads<'elections'>,
  actor: Actor,
  electionId: string,
  id: string,
): Promise<{ name: string; type: string; bytes: Uint8Array }> {
  await getMilestone(deps, actor, electionId, id);
  const file = await deps.repos.elections.milestoneFile(id);
  if (!file) throw notFound('tệp minh chứng');
  return file;
}

export interface MilestoneEdit {
  title?: string;
  dueOn?: string;
  time?: string | null;
  note?: string | null;
  citation?: string | null;
  forVoters?: boolean;
}

export interface Evidence {
  note?: string | null;
  url?: string | null;
  file?: { name: string; type: string; bytes: Buffer } | null;
  /** false reopens a milestone marked done by mistake. */
  done: boolean;
}

/** Evidence may be any file, but is offered under the extension of what it is, when known. */
async function evidenceName(file: { name: string; bytes: Uint8Array }): Promise<string> {
  const ext = await detectExtension(file.bytes);
  return ext ? nameForType(file.name, ext) : file.name;
}

/**
 * Edits a milestone, or marks it done with evidence (a note, a link, a file). A date set by hand
 * stays put when election day moves. Throws validation, not_found, forbidden.
 */
export async function changeMilestone(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  electionId: string,
  id: string,
  edit: MilestoneEdit & { evidence?: Evidence },
): Promise<Milestone> {
  const { election, milestone } = await getMilestone(deps, actor, electionId, id, 'work.write');
  if (edit.title !== undefined && !cleanText(edit.title))
    throw invalid('title', 'Hãy nhập tên mốc thời gian.');
  const ev = edit.evidence;
  if (ev?.url && !/^https?:\/\//i.test(ev.url))
    throw invalid('evidence.url', 'Liên kết phải bắt đầu bằng http:// hoặc https://.');
  if (ev?.file && ev.file.bytes.length > MAX_EVIDENCE_BYTES)
    throw new DomainError('payload_too_large', 'Tệp minh chứng tối đa 5 MB.');
  if (ev?.done && !ev.note?.trim() && !ev.url && !ev.file)
    throw invalid('evidence', 'Hãy ghi chú, dán liên kết hoặc đính kèm tệp làm minh chứng.');
  const dateChanged = edit.dueOn !== undefined && edit.dueOn !== milestone.dueOn;
  const file = ev?.file ? { ...ev.file, name: await evidenceName(ev.file) } : undefined;
  const after: Milestone = {
    ...milestone,
    title: edit.title ? cleanText(edit.title) : milestone.title,
    dueOn: edit.dueOn ?? milestone.dueOn,
    time: edit.time === undefined ? milestone.time : edit.time,
    note: edit.note === undefined ? milestone.note : edit.note,
    citation: edit.citation === undefined ? milestone.citation : edit.citation?.trim() || null,
    forVoters: edit.forVoters ?? milestone.forVoters,
    edited: milestone.edited || dateChanged,
    ...(ev
      ? {
          doneAt: ev.done ? (milestone.doneAt ?? deps.clock.now()) : null,
          evidenceNote: ev.note?.trim() || null,
          evidenceUrl: ev.url || null,
          evidenceFileName: file ? file.name : milestone.evidenceFileName,
        }
      : {}),
  };
  await deps.uow.transaction(async (repos) => {
    await repos.elections.updateMilestone(after, file);
    await recordChange(repos, deps, actor, {
      unitId: milestone.unitId ?? election.unitId,
      entity: 'election_milestone',
      entityId: id,
      action: ev ? (ev.done ? 'done' : 'reopen') : 'update',
      changes: {
        dueOn: { from: milestone.dueOn, to: after.dueOn },
        title: after.title,
        citation: { from: milestone.citation, to: after.citation },
      },
    });
  });
  deps.changes.publish({ kind: 'election', electionId });
  return after;
}

/**
 * A new calendar subscription for an election or a unit: a 256-bit random token that a phone
 * puts in the feed URL in place of a cookie. Only its hash is kept. Throws not_found.
 */
export async function createCalendarFeed(
  deps: Reads<'units' | 'elections'> & Pick<Deps, 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  target: { electionId?: string; unitId?: string },
): Promise<string> {
  if (target.electionId) await getElection(deps, actor, target.electionId);
  else if (target.unitId) await getUnit(deps, actor, target.unitId);
  else throw invalid('target', 'Chọn cuộc bầu cử hoặc đơn vị.');
  const token = deps.tokens.newToken();
  await deps.repos.elections.insertFeed({
    id: deps.ids.newId(),
    tokenHash: deps.tokens.idOf(token),
    electionId: target.electionId ?? null,
    unitId: target.electionId ? null : (target.unitId ?? null),
    createdBy: actor.userId,
    at: deps.clock.now(),
  });
  return token;
}

/** The calendar behind a feed token: the milestones of one election, or of every election that concerns a unit. Throws not_found. */
export async function calendarOfFeed(
  deps: Reads<'units' | 'elections'> & Pick<Deps, 'tokens'>,
  token: string,
): Promise<{ name: string; elections: Election[]; milestones: Milestone[] }> {
  const feed = /^[A-Za-z0-9_-]{43}$/.test(token)
    ? await deps.repos.elections.feedByToken(deps.tokens.idOf(token))
    : null;
  if (!feed) throw notFound('lịch');
  if (feed.electionId) {
    const e = await deps.repos.elections.get(feed.electionId);
    if (!e) throw notFound('lịch');
    // A feed has no reader to scope to: it carries the election's own steps, not wards' parts.
    const own = (await deps.repos.elections.milestones(e.id)).filter((m) => m.unitPath === null);
    return { name: e.name, elections: [e], milestones: own };
  }
  const unit = feed.unitId ? await deps.repos.units.get(feed.unitId) : null;
  if (!unit) throw notFound('lịch');
  const elections = (await deps.repos.elections.findTouching(unit.path)).filter((e) =>
    touches(e, { unitPath: unit.path }),
  );
  const milestones = (await deps.repos.elections.milestonesOf(elections.map((e) => e.id))).filter(
    (m) => seesMilestone(m, { unitPath: unit.path }),
  );
  return { name: `Mốc bầu cử — ${unit.name}`, elections, milestones };
}
