import type { Actor } from '../accounts/access';
import type { Reads } from '../deps';
import type { Approver } from '../today/today';
import { hasChanged } from './content';
import { getContent } from './content-access';

/**
 * Who can approve a draft: the leaders of its unit who neither wrote nor changed it (four eyes),
 * so its author knows whom they wait on. Empty once the item is no longer a draft.
 * Throws not_found outside the actor's reach.
 */
export async function findContentApprovers(
  deps: Reads<'content' | 'today'>,
  actor: Actor,
  id: string,
): Promise<Approver[]> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own || item.status !== 'draft') return [];
  const leaders = await deps.repos.today.leadersOf([item.unitId]);
  return leaders
    .filter((l) => !hasChanged(item, l.userId))
    .map(({ name, role, unitName }) => ({ name, role, unitName }));
}
