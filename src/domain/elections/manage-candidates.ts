import type { Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { sniffFileType } from '../content/file-type';
import { FILE_USES, takes } from '../content/file-uses';
import { conflict, DomainError, forbidden, invalid, notFound } from '../shared/domain-error';
import { sanitizeHtml } from '../shared/sanitize-html';
import { cleanText } from '../shared/text';
import { getDistrict } from './election-access';
import type { Candidate } from './elections.port';
import { OFFICIAL_CANDIDATE_LIST } from './milestone-templates';

export interface CandidateInput {
  districtId: string;
  fullName: string;
  birthYear?: number | null;
  gender?: 'male' | 'female' | null;
  occupation?: string | null;
  workplace?: string | null;
  biography?: string | null;
  /** Rich text; sanitised with an allow-list before it is stored. */
  programmeHtml?: string;
  sort?: number;
}

const LIST_CHANGED = 'Danh sách người ứng cử vừa thay đổi; hãy tải lại, xem lại rồi công bố.';

const text = (v: string | null | undefined): string | null => (v ? cleanText(v) || null : null);

/**
 * Adds a candidate to a district, or edits one (`id`). The official list, once published, is
 * changed only by someone who may publish. Throws validation, not_found, forbidden.
 */
export async function saveCandidate(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  input: CandidateInput,
  id?: string,
): Promise<Candidate> {
  const { district, election } = await getDistrict(deps, actor, input.districtId, 'work.write');
  if (district.candidatesPublishedAt)
    await getDistrict(deps, actor, input.districtId, 'work.approve');
  const before = id ? await deps.repos.elections.getCandidate(id) : null;
  if (id && (!before || before.districtId !== district.id)) throw notFound('người ứng cử');
  const year = input.birthYear ?? null;
  if (year !== null && (year < 1900 || year > Number(election.electionDay.slice(0, 4)) - 18))
    throw invalid('birthYear', 'Năm sinh không hợp lệ (người ứng cử phải đủ 18 tuổi trở lên).');
  const candidate: Candidate = {
    id: id ?? deps.ids.newId(),
    electionId: election.id,
    districtId: district.id,
    fullName: cleanText(input.fullName),
    birthYear: year,
    gender: input.gender ?? null,
    occupation: text(input.occupation),
    workplace: text(input.workplace),
    biography: input.biography?.trim() || null,
    programmeHtml: sanitizeHtml(input.programmeHtml ?? ''),
    hasPhoto: before?.hasPhoto ?? false,
    sort: input.sort ?? before?.sort ?? 0,
  };
  if (!candidate.fullName) throw invalid('fullName', 'Hãy nhập họ và tên.');
  await deps.uow.transaction(async (repos) => {
    await repos.elections.saveCandidate(candidate);
    await repos.elections.touchCandidates(district.id, actor.userId);
    await recordChange(repos, deps, actor, {
      unitId: district.unitId,
      entity: 'candidate',
      entityId: candidate.id,
      action: id ? 'update' : 'create',
      changes: { fullName: candidate.fullName },
    });
  });
  // A candidate is shown on the pages of its own district alone.
  deps.changes.publish({ kind: 'election', electionId: election.id, districtId: district.id });
  return candidate;
}

/** Removes a candidate from a provisional list. Throws conflict once the list is official. */
export async function deleteCandidate(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const candidate = await deps.repos.elections.getCandidate(id);
  if (!candidate) throw notFound('người ứng cử');
  const { district } = await getDistrict(deps, actor, candidate.districtId, 'work.write');
  await deps.uow.transaction(async (repos) => {
    // Read under the district's lock: a candidate never leaves a list once it is published.
    if ((await repos.elections.lockDistrict(district.id))?.candidatesPublishedAt)
      throw conflict('Danh sách chính thức đã công bố; không xóa được người ứng cử.');
    await repos.elections.deleteCandidate(id);
    await repos.elections.touchCandidates(district.id, actor.userId);
    await recordChange(repos, deps, actor, {
      unitId: district.unitId,
      entity: 'candidate',
      entityId: id,
      action: 'delete',
      changes: { fullName: candidate.fullName },
    });
  });
  deps.changes.publish({
    kind: 'election',
    electionId: candidate.electionId,
    districtId: district.id,
  });
}

export const MAX_PHOTO_BYTES = FILE_USES.candidatePhoto.maxBytes;

/** Stores a candidate's photo: JPEG, PNG or WebP by content, at most 2 MB. Throws validation, payload_too_large. */
export async function setCandidatePhoto(
  deps: Writes<'elections'> & Pick<Deps, 'changes'>,
  actor: Actor,
  id: string,
  bytes: Buffer,
): Promise<void> {
  const candidate = await deps.repos.elections.getCandidate(id);
  if (!candidate) throw notFound('người ứng cử');
  const { district } = await getDistrict(deps, actor, candidate.districtId, 'work.write');
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new DomainError('payload_too_large', 'Ảnh tối đa 2 MB.');
  const sniffed = await sniffFileType(bytes);
  const type = sniffed?.mediaType;
  if (!sniffed || !type || !takes(FILE_USES.candidatePhoto, sniffed))
    throw invalid('photo', 'Ảnh phải là tệp JPEG, PNG hoặc WebP.');
  await deps.uow.transaction(async (repos) => {
    await repos.elections.setPhoto(id, { type, bytes });
    await repos.elections.touchCandidates(district.id, actor.userId);
  });
  deps.changes.publish({
    kind: 'election',
    electionId: candidate.electionId,
    districtId: district.id,
  });
}

/**
 * Publishes a district's official candidate list (a leader's right, never one who changed it since
 * it was last published): from then on the portal shows it, and the election's official-list
 * milestone is marked done. Throws not_found, forbidden, conflict (the list changed meanwhile).
 */
export async function publishCandidates(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  districtId: string,
): Promise<void> {
  const { district, election } = await getDistrict(deps, actor, districtId, 'work.approve');
  const now = deps.clock.now();
  // The first list published also marks the election's step done, which every page shows.
  const stepDone = await deps.uow.transaction(async (repos) => {
    const state = await repos.elections.lockDistrict(district.id);
    if (!state) throw notFound('đơn vị bầu cử');
    if (state.candidateEditors.includes(actor.userId))
      throw forbidden(
        'Bạn đã nhập hoặc sửa danh sách người ứng cử này nên không tự công bố được; cần lãnh đạo khác công bố.',
      );
    const published = await repos.elections.setDistrictPublished(
      district.id,
      'candidates',
      now,
      actor.userId,
      { candidatesVersion: state.candidatesVersion },
    );
    if (!published) throw conflict(LIST_CHANGED);
    const milestone = (await repos.elections.milestones(election.id)).find(
      (m) => m.code === OFFICIAL_CANDIDATE_LIST && !m.doneAt,
    );
    if (milestone)
      await repos.elections.updateMilestone({
        ...milestone,
        doneAt: now,
        evidenceNote: milestone.evidenceNote ?? `Công bố danh sách chính thức: ${district.name}`,
      });
    await recordChange(repos, deps, actor, {
      unitId: district.unitId,
      entity: 'electoral_district',
      entityId: district.id,
      action: 'publish_candidates',
      changes: {},
    });
    return milestone !== undefined;
  });
  deps.changes.publish(
    stepDone
      ? { kind: 'election', electionId: election.id }
      : { kind: 'election', electionId: election.id, districtId: district.id },
  );
}
