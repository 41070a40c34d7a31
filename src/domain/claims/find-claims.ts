import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { foldVietnamese } from '../shared/text';
import type { ClaimStatus } from './claim';
import type { ClaimListItem } from './claims.port';

/** The claims of the actor's subtree, newest first seen first, with the size of each case. */
export async function findClaims(
  deps: Reads<'claims'>,
  actor: Actor,
  q: { status?: ClaimStatus; groupId?: string; search?: string; page: number; pageSize: number },
): Promise<{ items: ClaimListItem[]; total: number }> {
  authorize(actor, 'work.read');
  return deps.repos.claims.find({
    withinPath: actor.unitPath,
    ...(q.status ? { status: q.status } : {}),
    ...(q.groupId ? { groupId: q.groupId } : {}),
    ...(q.search ? { search: foldVietnamese(q.search) } : {}),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}
