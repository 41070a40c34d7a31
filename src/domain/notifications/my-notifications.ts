import type { Actor } from '../accounts/access';
import type { Deps, Reads, Writes } from '../deps';
import type { Notification } from './notifications.port';

/** The actor's latest notifications and how many are unread. */
export async function findMyNotifications(
  deps: Reads<'notifications'>,
  actor: Actor,
  input: { unreadOnly: boolean },
): Promise<{ items: Notification[]; unread: number }> {
  const [items, unread] = await Promise.all([
    deps.repos.notifications.find(actor.userId, { unreadOnly: input.unreadOnly, limit: 50 }),
    deps.repos.notifications.countUnread(actor.userId),
  ]);
  return { items, unread };
}

/** Marks some or all of the actor's notifications read; others' ids are ignored. */
export async function markNotificationsRead(
  deps: Writes<'notifications'> & Pick<Deps, 'clock'>,
  actor: Actor,
  ids: string[] | 'all',
): Promise<number> {
  return deps.uow.transaction((repos) =>
    repos.notifications.markRead(actor.userId, ids, deps.clock.now()),
  );
}
