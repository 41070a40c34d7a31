import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { foldVietnamese } from '../shared/text';
import type { ContentItem, ContentKind, ContentStatus } from './content';
import type { ContentListItem, RecipientListItem } from './content.port';
import { getContent, receivingIds } from './content-access';

/** The library as the actor sees it: their subtree's items and approved items sent to them. */
export async function findContent(
  deps: Reads<'content'>,
  actor: Actor,
  q: {
    kind?: ContentKind;
    status?: ContentStatus;
    search?: string;
    page: number;
    pageSize: number;
  },
): Promise<{ items: ContentListItem[]; total: number }> {
  authorize(actor, 'work.read');
  return deps.repos.content.find({
    withinPath: actor.unitPath,
    receivedByIds: receivingIds(actor),
    viewerUnitId: actor.unitId,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.search ? { search: foldVietnamese(q.search) } : {}),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}

/**
 * Who an item was sent to, within the actor's subtree, unacknowledged first: the sender sees who
 * has not confirmed. Throws not_found when the item is not visible to the actor.
 */
export async function contentRecipients(
  deps: Reads<'content'>,
  actor: Actor,
  id: string,
): Promise<{ items: RecipientListItem[]; total: number; acknowledged: number }> {
  await getContent(deps, actor, id);
  const items = await deps.repos.content.recipients(id, actor.unitPath);
  return {
    items,
    total: items.length,
    acknowledged: items.filter((r) => r.acknowledgedAt !== null).length,
  };
}

/** One item for its page: with its unit's name and, when sent to the viewer's unit, its receipt. */
export async function getContentView(
  deps: Reads<'units' | 'content'>,
  actor: Actor,
  id: string,
): Promise<ContentItem & { unitName: string; received: { acknowledgedAt: Date | null } | null }> {
  const { item } = await getContent(deps, actor, id);
  const [unit, receipt] = await Promise.all([
    deps.repos.units.get(item.unitId),
    deps.repos.content.recipient(item.id, actor.unitId),
  ]);
  return {
    ...item,
    unitName: unit?.name ?? '',
    received: receipt ? { acknowledgedAt: receipt.acknowledgedAt } : null,
  };
}
