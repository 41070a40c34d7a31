import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { DomainError, invalid, notFound } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import type { Unit } from '../units/unit';
import { isWithin } from '../units/unit';
import { isQuiet, type Station, type StationKind } from './broadcast';
import type { StationListItem } from './broadcasts.port';
import { inServiceIssue, operatorIssue } from './station-rules';

/** The operating unit chosen for an owner: within the actor's scope and the owner's subtree. */
async function operatorFor(
  deps: Reads<'units'>,
  actor: Actor,
  owner: Unit,
  operatorUnitId: string | null | undefined,
): Promise<Unit> {
  if (!operatorUnitId || operatorUnitId === owner.id) return owner;
  const operator = await getUnit(deps, actor, operatorUnitId);
  const issue = operatorIssue(owner, operator);
  if (issue) throw invalid('operatorUnitId', issue);
  return operator;
}

function checkInService(day: string | null | undefined, today: string): void {
  const issue = day ? inServiceIssue(day, today) : null;
  if (issue) throw invalid('inServiceFrom', issue);
}

/**
 * Adds a station to a unit, operated by that unit or one below it, with a controller token that is
 * returned this once and stored only as a hash. Throws not_found/forbidden, validation (name,
 * operatorUnitId outside the owner's subtree, inServiceFrom in the future).
 */
export async function createStation(
  deps: Writes<'units' | 'broadcasts' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  input: {
    unitId: string;
    name: string;
    kind: StationKind;
    zones: string[];
    operatorUnitId?: string | null;
    inServiceFrom?: string | null;
  },
): Promise<{ station: Station; token: string }> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const name = cleanText(input.name);
  if (name.length < 2)
    throw new DomainError('validation', 'Hãy nhập tên đài/cụm loa.', {
      issues: [{ path: 'name', message: 'Tên quá ngắn.' }],
    });
  const operator = await operatorFor(deps, actor, unit, input.operatorUnitId);
  const token = deps.tokens.newToken();
  const now = deps.clock.now();
  checkInService(input.inServiceFrom, civilDate(now));
  const station: Station = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    operatorUnitId: operator.id,
    operatorPath: operator.path,
    inServiceFrom: input.inServiceFrom ?? null,
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
      changes: {
        name,
        kind: input.kind,
        operator: operator.name,
        ...(station.inServiceFrom ? { inServiceFrom: station.inServiceFrom } : {}),
      },
    });
  });
  return { station, token };
}

/**
 * Changes who operates a station and since when it played. Plays already logged stay with the
 * unit that made them. Throws not_found/forbidden, validation (operatorUnitId, inServiceFrom).
 */
export async function updateStation(
  deps: Writes<'units' | 'broadcasts' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: { operatorUnitId?: string | null; inServiceFrom?: string | null },
): Promise<Station> {
  const station = await getStation(deps, actor, id);
  authorize(actor, 'work.write', station.unitPath);
  const owner = await getUnit(deps, actor, station.unitId);
  const operator =
    input.operatorUnitId === undefined
      ? null
      : await operatorFor(deps, actor, owner, input.operatorUnitId);
  checkInService(input.inServiceFrom, civilDate(deps.clock.now()));
  const next: Station = {
    ...station,
    ...(operator ? { operatorUnitId: operator.id, operatorPath: operator.path } : {}),
    ...(input.inServiceFrom !== undefined ? { inServiceFrom: input.inServiceFrom } : {}),
  };
  await deps.uow.transaction(async (repos) => {
    await repos.broadcasts.updateStation(next);
    await recordChange(repos, deps, actor, {
      unitId: station.unitId,
      entity: 'station',
      entityId: station.id,
      action: 'update',
      changes: {
        ...(operator ? { operator: { from: station.operatorUnitId, to: operator.id } } : {}),
        ...(input.inServiceFrom !== undefined
          ? { inServiceFrom: { from: station.inServiceFrom, to: next.inServiceFrom } }
          : {}),
      },
    });
  });
  return next;
}

/**
 * A station the actor may see: theirs by owner or by operator (a section sees the ward's
 * loudspeakers it plays). Throws not_found outside both.
 */
export async function getStation(
  deps: Reads<'broadcasts'>,
  actor: Actor,
  id: string,
): Promise<Station> {
  const station = await deps.repos.broadcasts.getStation(id);
  if (!station) throw notFound('đài/cụm loa');
  authorize(actor, 'work.read', scopeOf(actor, station));
  return station;
}

/** The path the actor's rights on a station are checked against: the owner's, or the operator's for its operator. */
export const scopeOf = (actor: Actor, station: Station): string =>
  isWithin(station.operatorPath, actor.unitPath) ? station.operatorPath : station.unitPath;

/** Issues a new controller token (the old one stops working at once); returned this once. */
export async function rotateStationToken(
  deps: Writes<'broadcasts' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  id: string,
): Promise<string> {
  const station = await getStation(deps, actor, id);
  authorize(actor, 'work.write', scopeOf(actor, station));
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
  deps: Reads<'units' | 'broadcasts'> & Pick<Deps, 'clock'>,
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
