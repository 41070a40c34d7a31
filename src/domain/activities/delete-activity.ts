import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notFound } from '../shared/domain-error';
import { ancestorIds, isWithin } from '../units/unit';
import { contribution } from './activity-rules';

/** Removes an activity entered by mistake and recounts the windows it counted in. Throws not_found, forbidden. */
export async function deleteActivity(
  deps: Writes<'activities' | 'categories' | 'obligations' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const activity = await deps.repos.activities.get(id);
  if (!activity || !isWithin(activity.unitPath, actor.unitPath)) throw notFound('hoạt động');
  authorize(actor, 'work.write', activity.unitPath);
  await deps.uow.transaction(async (repos) => {
    const category = await repos.categories.get(activity.categoryCode);
    await repos.activities.delete(id);
    await repos.obligations.unapplyActivity(
      activity,
      category ? contribution(category, activity.quantity) : 1,
      [...ancestorIds(activity.unitPath), activity.unitId],
    );
    await recordChange(repos, deps, actor, {
      unitId: activity.unitId,
      entity: 'activity',
      entityId: id,
      action: 'delete',
      changes: {
        occurredOn: activity.occurredOn,
        channel: activity.channel,
        category: activity.categoryCode,
        quantity: activity.quantity,
      },
    });
  });
}
