import type { Deps } from '../deps';
import { notifyUnits } from '../notifications/notify';
import type { Repos } from '../ports';
import type { ContentItem } from './content';

/**
 * Tells the leaders of the item's unit, who approve its drafts, that one awaits them (in-app now,
 * by e-mail queued in the caller's transaction). A correction of a claim says so.
 */
export function notifyContentApprovers(
  repos: Pick<Repos, 'notifications' | 'outbox'>,
  deps: Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>,
  item: Pick<ContentItem, 'id' | 'unitId' | 'title' | 'claimId'>,
  authorName: string,
): Promise<void> {
  const what = item.claimId ? 'Bài đính chính chờ duyệt' : 'Tài liệu chờ duyệt';
  return notifyUnits(repos, deps, {
    unitIds: [item.unitId],
    roles: ['leader'],
    kind: 'content.approval',
    title: `${what}: ${item.title}`,
    body: `${authorName} vừa soạn "${item.title}". Hãy mở tài liệu để xem và duyệt.`,
    link: `/app/content/${item.id}`,
  });
}
