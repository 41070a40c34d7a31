import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import { DomainError, notFound } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import { isQuiet, type Station, type StationKind } from './broadcast';
import type { StationListItem } from './broadcasts.port';

/**
 * Adds a station to a unit, with a controller token that is returned this once and stored only
 * as a hash. Throws not_found/forbidden, validation (name).
 */
export async function createStation(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  input: { unitId: string; name: string; kind: StationKind; zones: string[] },
): Promise<{ station: Station; token: string }> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const name = cleanText(input.name);
  if (name.length < 2)
    throw new DomainError('validation', 'Hãy nhập tên đài/cụm loa.', {
      issues: [{ path: 'name', message: 'Tên quá ngắn.' }],
    });
  const token = deps.tokens.newToken();
  const now = deps.clock.now();
  const station: Station = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    name,
    kind: input.kind,
    zones: input.zones.map(cleanText).filter(Boolean),
    tokenHash: deps.tokens.idOf(token),
    tokenIssuedAt: now,
    lastSeenAt: null,
    lastHealth: null,
    active: true,
    createdAt: now,
  };
  await deps.uow.transaction(async (repos) => {
    await repos.broadcasts.insertStation(station);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'station',
      entityId: station.id,
      action: 'create',
      changes: { name, kind: input.kind },
    });
  });
  return { station, token };
}

/** A station the actor may see; throws not_found outside their subtree. */
export async function getStation(
  deps: Pick<Deps, 'repos'>,
  actor: Actor,
  id: string,
): Promise<Station> {
  const station = await deps.repos.broadcasts.getStation(id);
  if (!station) throw notFound('đài/cụm loa');
  authorize(actor, 'work.read', station.unitPath);
  return station;
}

/** Issues a new controller token (the old one stops working at once); returned this once. */
export async function rotateStationToken(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  id: string,
): Promise<string> {
  const station = await getStation(deps, actor, id);
  authorize(actor, 'work.write', station.unitPath);
  const token = deps.tokens.newToken();
  await deps.uow.transaction(async (repos) => {
    await repos.broadcasts.setToken(station.id, deps.tokens.idOf(token), deps.clock.now());
    await recordChange(repos, deps, actor, {
      unitId: station.unitId,
      entity: 'station',
      entityId: station.id,
      action: 'rotate_token',
      changes: {},
    });
  });
  return token;
}

/** The stations of the actor's subtree (or one unit's), each flagged quiet when its controller went silent. */
export async function findStations(
  deps: Pick<Deps, 'repos' | 'clock'>,
  actor: Actor,
  input: { unitId?: string },
): Promise<Array<StationListItem & { quiet: boolean }>> {
  authorize(actor, 'work.read');
  const unit = input.unitId ? await getUnit(deps, actor, input.unitId) : null;
  const now = deps.clock.now();
  const items = await deps.repos.broadcasts.findStations({
    withinPath: unit?.path ?? actor.unitPath,
  });
  return items.map((s) => ({ ...s, quiet: isQuiet(s, now) }));
}
