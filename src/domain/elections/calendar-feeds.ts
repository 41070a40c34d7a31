import type { Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { notFound } from '../shared/domain-error';
import type { CalendarFeedListItem } from './elections.port';

/** The calendar feeds the actor has made (each one a URL that works without a cookie). */
export async function findCalendarFeeds(
  deps: Reads<'elections'>,
  actor: Actor,
): Promise<CalendarFeedListItem[]> {
  return deps.repos.elections.feedsOf(actor.userId);
}

/**
 * Revokes one of the actor's calendar feeds: its URL answers 404 from then on. Only the owner
 * may; anyone else's feed is not_found, so its existence does not leak. Throws not_found.
 */
export async function revokeCalendarFeed(
  deps: Writes<'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<void> {
  await deps.uow.transaction(async (repos) => {
    if (!(await repos.elections.deleteFeed(id, actor.userId))) throw notFound('lịch');
    await recordChange(repos, deps, actor, {
      unitId: actor.unitId,
      entity: 'calendar_feed',
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
