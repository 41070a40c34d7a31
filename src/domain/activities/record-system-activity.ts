import type { Deps } from '../deps';
import type { Repos } from '../ports';
import type { Unit } from '../units/unit';
import { ancestorIds } from '../units/unit';
import type { Activity } from './activity';
import { contribution } from './activity-rules';

/**
 * Records an activity Loa itself observed (a play, a publication, a correction) inside the
 * caller's transaction and counts it towards the tasks it satisfies. Idempotent by
 * (unit, externalRef): a retry inserts nothing and counts nothing. Returns whether it was new.
 */
export async function recordSystemActivity(
  repos: Pick<Repos, 'activities' | 'categories' | 'obligations'>,
  deps: Pick<Deps, 'ids' | 'clock'>,
  unit: Pick<Unit, 'id' | 'path'>,
  a: Pick<
    Activity,
    'occurredOn' | 'channel' | 'categoryCode' | 'quantity' | 'title' | 'source' | 'externalRef'
  > & { createdBy: string | null; link?: string | null; areaUnitId?: string | null },
): Promise<boolean> {
  const category = await repos.categories.get(a.categoryCode);
  if (!category) throw new Error(`activity category ${a.categoryCode} missing`);
  const activity: Activity = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    measureUnit: category.measureUnit,
    link: a.link ?? null,
    taskId: null,
    createdAt: deps.clock.now(),
    ...a,
  };
  const inserted = await repos.activities.insertMany([activity]);
  if (inserted.length === 0) return false;
  await repos.obligations.applyActivity(activity, contribution(category, activity.quantity), [
    ...ancestorIds(unit.path),
    unit.id,
  ]);
  return true;
}
