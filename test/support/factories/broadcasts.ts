import type { User } from '../../../src/domain/accounts/user';
import type { BroadcastSlot, Station, StationKind } from '../../../src/domain/broadcasts/broadcast';
import { createSlot, type CreateSlotInput } from '../../../src/domain/broadcasts/slots';
import { createStation } from '../../../src/domain/broadcasts/stations';
import type { Deps } from '../../../src/domain/deps';
import { addDays } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

export interface StationOverrides {
  name?: string;
  kind?: StationKind;
  zones?: string[];
  /** The unit below `unit` that plays it (a ward's section); the owner itself otherwise. */
  operator?: Unit;
  /** The first day it played (YYYY-MM-DD); the day it is entered otherwise. */
  inServiceFrom?: string | null;
  /** Who adds it; a new officer of the unit otherwise. */
  author?: User;
}

/** A station and its controller's token, which the domain returns this once and stores hashed. */
export interface BuiltStation {
  station: Station;
  /** The bearer token a device route is called with (`Authorization: Bearer <token>`). */
  token: string;
}

/**
 * A broadcast station owned by `unit`, added through `createStation` (which issues its device
 * token). Defaults: a loudspeaker cluster covering one sample zone, operated by its owner.
 */
export async function buildStation(
  deps: Deps,
  unit: Unit,
  overrides: StationOverrides = {},
): Promise<BuiltStation> {
  const { author, operator, ...input } = overrides;
  const officer = await actingAs(deps, unit, author, 'officer');
  const n = nextNumber();
  return createStation(deps, officer, {
    unitId: unit.id,
    name: `Cụm loa thử số ${n} ${SAMPLE}`,
    kind: 'loudspeaker_cluster',
    zones: [`Khu phố ${n} ${SAMPLE}`],
    ...(operator ? { operatorUnitId: operator.id } : {}),
    ...input,
  });
}

export type SlotOverrides = Partial<Omit<CreateSlotInput, 'contentId' | 'stationIds'>> & {
  /** Who schedules it; a new officer of the stations' unit otherwise. */
  author?: User;
};

/**
 * A broadcast slot playing `contentId` (an approved audio item the stations may play) on
 * `stations`, all of one unit, scheduled through `createSlot`. Defaults: weekly on Monday,
 * Wednesday and Friday at 06:30 and 17:00, from today for twelve weeks.
 */
export async function buildSlot(
  deps: Deps,
  stations: Station[],
  contentId: string,
  overrides: SlotOverrides = {},
): Promise<BroadcastSlot> {
  const { author, ...input } = overrides;
  const first = stations[0];
  if (!first) throw new Error('a slot needs a station');
  const unit = await deps.repos.units.get(first.unitId);
  if (!unit) throw new Error(`unit ${first.unitId} missing`);
  const officer = await actingAs(deps, unit, author, 'officer');
  const today = civilDate(deps.clock.now());
  return createSlot(deps, officer, {
    contentId,
    stationIds: stations.map((s) => s.id),
    priority: 'normal',
    repeat: 'weekly',
    startDate: today,
    endDate: addDays(today, 12 * 7),
    times: ['06:30', '17:00'],
    weekdays: [1, 3, 5],
    ...input,
  });
}
