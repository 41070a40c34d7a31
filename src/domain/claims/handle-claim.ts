import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { ContentItem } from '../content/content';
import { insertContent, newContentItem } from '../content/create-content';
import type { Deps, Reads, Writes } from '../deps';
import { conflict, DomainError, notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import { isVerdict, transitionIssue, type Claim, type ClaimStatus } from './claim';

const CLAIM_CHANGED = 'Thông tin sai lệch vừa được người khác cập nhật; hãy tải lại rồi thử lại.';

/** A claim the actor may see (their subtree). Throws not_found otherwise. */
export async function getClaim(deps: Reads<'claims'>, actor: Actor, id: string): Promise<Claim> {
  const claim = await deps.repos.claims.get(id);
  if (!claim || !isWithin(claim.unitPath, actor.unitPath)) throw notFound('thông tin sai lệch');
  authorize(actor, 'work.read', claim.unitPath);
  return claim;
}

/**
 * Moves a claim's whole case (the claims of it the actor can see) to a status; a verdict status
 * also sets the verdict. Throws not_found/forbidden, validation (transition not allowed).
 */
export async function changeClaimStatus(
  deps: Writes<'claims' | 'content' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  status: ClaimStatus,
): Promise<string[]> {
  const claim = await getClaim(deps, actor, id);
  authorize(actor, 'work.write', claim.unitPath);
  const published = claim.correctionId
    ? (await deps.repos.content.get(claim.correctionId))?.publishedAt != null
    : false;
  const issue = transitionIssue(claim.status, status, published);
  if (issue) throw new DomainError('validation', issue.message, { issues: [issue] });
  return deps.uow.transaction(async (repos) => {
    // Compare-and-set on the status this transition starts from; the row stays locked meanwhile.
    if (
      !(await repos.claims.update(claim.id, actor.unitPath, {}, deps.clock.now(), {
        status: claim.status,
        groupId: claim.groupId,
      }))
    )
      throw conflict(CLAIM_CHANGED);
    const changed = await repos.claims.updateGroup(
      claim.groupId,
      actor.unitPath,
      {
        status,
        ...(isVerdict(status)
          ? { verdict: status }
          : status === 'verifying'
            ? { verdict: null }
            : {}),
      },
      deps.clock.now(),
    );
    await recordChange(repos, deps, actor, {
      unitId: claim.unitId,
      entity: 'claim',
      entityId: claim.id,
      action: 'status',
      changes: { status: { from: claim.status, to: status }, claims: changed.length },
    });
    return changed;
  });
}

/**
 * Files a claim under another case (when grouping missed it), or on its own (intoId null).
 * Throws not_found/forbidden.
 */
export async function regroupClaim(
  deps: Writes<'claims' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  intoId: string | null,
): Promise<Claim> {
  const claim = await getClaim(deps, actor, id);
  authorize(actor, 'work.write', claim.unitPath);
  const target = intoId ? await getClaim(deps, actor, intoId) : null;
  const groupId = target?.groupId ?? claim.id;
  await deps.uow.transaction(async (repos) => {
    const moved = await repos.claims.update(
      claim.id,
      actor.unitPath,
      { groupId },
      deps.clock.now(),
      {
        groupId: claim.groupId,
      },
    );
    if (!moved) throw conflict(CLAIM_CHANGED);
    await recordChange(repos, deps, actor, {
      unitId: claim.unitId,
      entity: 'claim',
      entityId: claim.id,
      action: 'regroup',
      changes: { groupId: { from: claim.groupId, to: groupId } },
    });
  });
  return { ...claim, groupId };
}

/**
 * Writes the correction of a false or misleading case as a draft article of the content library
 * (approved by a leader, who is notified, then published to the portal). Throws not_found/forbidden, conflict.
 */
export async function writeCorrection(
  deps: Writes<'claims' | 'units' | 'content' | 'audit' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  id: string,
  input: { unitId?: string; title: string; summary?: string; body: string },
): Promise<ContentItem> {
  const claim = await getClaim(deps, actor, id);
  authorize(actor, 'work.write', claim.unitPath);
  if (claim.verdict !== 'false' && claim.verdict !== 'misleading')
    throw conflict('Chỉ đính chính thông tin đã kết luận là sai sự thật hoặc gây hiểu lầm.');
  const item = await newContentItem(deps, actor, {
    unitId: input.unitId ?? actor.unitId,
    kind: 'article',
    title: input.title,
    summary: input.summary ?? '',
    themes: ['Phản bác thông tin sai lệch'],
    body: input.body,
    claimId: claim.groupId,
  });
  await deps.uow.transaction(async (repos) => {
    // The verdict this correction answers must still stand when it is linked (compare-and-set).
    const at = deps.clock.now();
    if (
      !(await repos.claims.update(claim.id, actor.unitPath, {}, at, {
        status: claim.status,
        groupId: claim.groupId,
      }))
    )
      throw conflict(CLAIM_CHANGED);
    await insertContent(repos, deps, actor, item);
    await repos.claims.updateGroup(claim.groupId, actor.unitPath, { correctionId: item.id }, at);
  });
  return item;
}
