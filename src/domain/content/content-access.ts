import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { notFound } from '../shared/domain-error';
import { ancestorIds, isWithin } from '../units/unit';
import type { ContentItem } from './content';

/** The viewer's unit and every unit above it: an item sent to any of them reaches the viewer. */
export const receivingIds = (actor: Pick<Actor, 'unitId' | 'unitPath'>): string[] => [
  ...ancestorIds(actor.unitPath),
  actor.unitId,
];

/**
 * A content item the actor may read: one of their subtree (the plain rule), or an approved item
 * sent to their unit or a unit above it (content flows down the tree). Throws not_found otherwise.
 */
export async function getContent(
  deps: Reads<'content'>,
  actor: Actor,
  id: string,
): Promise<{ item: ContentItem; own: boolean }> {
  const item = await deps.repos.content.get(id);
  if (!item) throw notFound('tài liệu');
  if (isWithin(item.unitPath, actor.unitPath)) {
    authorize(actor, 'work.read', item.unitPath);
    return { item, own: true };
  }
  if (
    item.status === 'approved' &&
    (await deps.repos.content.receivedByAny(item.id, receivingIds(actor)))
  ) {
    authorize(actor, 'work.read');
    return { item, own: false };
  }
  throw notFound('tài liệu');
}
