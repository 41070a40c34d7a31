import type { User } from '../../../src/domain/accounts/user';
import type { Station, StationKind } from '../../../src/domain/broadcasts/broadcast';
import { createStation } from '../../../src/domain/broadcasts/stations';
import type { Deps } from '../../../src/domain/deps';
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
