import type { User } from '../../../src/domain/accounts/user';
import type { Activity } from '../../../src/domain/activities/activity';
import {
  recordActivity,
  type RecordActivityInput,
} from '../../../src/domain/activities/record-activity';
import type { Deps } from '../../../src/domain/deps';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { SAMPLE } from './sequence';

export type ActivityOverrides = Partial<Omit<RecordActivityInput, 'unitId'>> & {
  /** Who records it (an officer of the unit or above); a new officer of the unit otherwise. */
  author?: User;
};

/**
 * One piece of work done by `unit`, recorded through `recordActivity`, so it counts towards the
 * unit's open tasks exactly as an officer's entry would. Defaults: one loudspeaker play today, of
 * the built-in category `luot_phat` (migrations load the catalogue, so no setup is needed).
 */
export async function buildActivity(
  deps: Deps,
  unit: Unit,
  overrides: ActivityOverrides = {},
): Promise<Activity> {
  const { author, ...input } = overrides;
  const officer = await actingAs(deps, unit, author, 'officer');
  return recordActivity(deps, officer, {
    unitId: unit.id,
    // Today in Vietnam: the use case refuses a day that has not come yet.
    occurredOn: civilDate(deps.clock.now()),
    channel: 'loudspeaker',
    categoryCode: 'luot_phat',
    quantity: 1,
    title: `Phát bản tin bầu cử trên loa khu phố ${SAMPLE}`,
    ...input,
  });
}
