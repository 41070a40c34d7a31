import { authorize, type Actor } from '../accounts/access';
import { recordSystemActivity } from '../activities/record-system-activity';
import { recordChange } from '../audit/record-change';
import type { ContentItem } from '../content/content';
import type { Deps, Reads, Writes } from '../deps';
import type { Repos } from '../ports';
import { civilDate } from '../shared/dates';
import { DomainError, invalid, notFound } from '../shared/domain-error';
import { stationChannel, type Play, type Station } from './broadcast';
import { playableAt } from './playable';
import { playDateIssue } from './station-rules';
import { getStation, scopeOf } from './stations';

export interface PlayInput {
  clientId: string;
  contentId: string;
  slotId?: string | null;
  playedAt: Date;
  durationSeconds?: number | null;
  /** The officer's note, added to the activity's title (a past log's source, "(dữ liệu mẫu)"). */
  note?: string | null;
}

/** How far a controller's clock may drift from ours before its times are not believed. */
const CLOCK_SLACK_MS = 5 * 60_000;
const minutes = (s: number): string =>
  `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/**
 * Checks that a play could have happened and builds it, without writing anything. Throws
 * validation (time in the future, or before the station's in-service day or the item's validity;
 * item not playable there, slot of another station).
 */
export async function preparePlay(
  deps: Reads<'broadcasts' | 'content'> & Pick<Deps, 'clock' | 'ids'>,
  station: Station,
  input: PlayInput,
  by: { source: Play['source']; actor: Actor | null },
): Promise<{ play: Play; item: ContentItem }> {
  const now = deps.clock.now();
  if (input.playedAt.getTime() > now.getTime() + CLOCK_SLACK_MS)
    throw invalid('playedAt', 'Thời điểm phát ở tương lai.');
  if (input.playedAt.getTime() < Date.parse('2000-01-01'))
    throw invalid('playedAt', 'Thời điểm phát không hợp lệ.');
  const item = await deps.repos.content.get(input.contentId);
  if (
    !item ||
    item.status !== 'approved' ||
    !(await playableAt(deps, item, { id: station.unitId, path: station.unitPath }))
  )
    throw invalid('contentId', 'Tài liệu không có trong danh mục được phát tại đài/cụm loa này.');
  // A play cannot predate the station's service or the item's validity: such a time is a wrong
  // clock or a forged report. A past campaign entered after the fact states both dates.
  const dateIssue = playDateIssue(station, item, input.playedAt);
  if (dateIssue) throw invalid('playedAt', dateIssue);
  if (input.slotId) {
    const slot = await deps.repos.broadcasts.getSlot(input.slotId);
    if (!slot || !slot.stationIds.includes(station.id))
      throw invalid('slotId', 'Lịch phát không thuộc đài/cụm loa này.');
  }
  const play: Play = {
    id: deps.ids.newId(),
    stationId: station.id,
    contentId: item.id,
    slotId: input.slotId ?? null,
    clientId: input.clientId,
    playedAt: input.playedAt,
    durationSeconds: input.durationSeconds ?? item.file?.durationSeconds ?? null,
    source: by.source,
    recordedBy: by.actor?.userId ?? null,
    createdAt: now,
  };
  return { play, item };
}

/**
 * Writes a prepared play inside the caller's transaction, as an activity of the station's
 * operator in the owner's area. Returns false, writing nothing, for a play already logged.
 */
export async function writePlay(
  repos: Pick<Repos, 'broadcasts' | 'activities' | 'categories' | 'obligations' | 'audit'>,
  deps: Pick<Deps, 'clock' | 'ids'>,
  station: Station,
  prepared: { play: Play; item: ContentItem; note?: string | null | undefined },
  actor: Actor | null,
): Promise<boolean> {
  const { play, item } = prepared;
  if (!(await repos.broadcasts.insertPlay(play))) return false;
  // The operator did the work, in the owner's area: it meets the operator's tasks and every
  // task above it (the ward's too), and the ward's roll-up holds it through the path.
  await recordSystemActivity(
    repos,
    deps,
    { id: station.operatorUnitId, path: station.operatorPath },
    {
      areaUnitId: station.unitId,
      occurredOn: civilDate(play.playedAt),
      channel: stationChannel(station.kind),
      categoryCode: 'luot_phat',
      quantity: 1,
      title: `Phát "${item.title}" trên ${station.name}${play.durationSeconds ? ` (${minutes(play.durationSeconds)})` : ''}${prepared.note ? ` ${prepared.note}` : ''}`,
      source: 'broadcast',
      externalRef: `play:${station.id}:${play.clientId}`,
      createdBy: actor?.userId ?? null,
    },
  );
  if (actor)
    await recordChange(repos, deps, actor, {
      unitId: station.unitId,
      entity: 'play',
      entityId: play.id,
      action: 'create',
      changes: {
        station: station.name,
        content: item.title,
        playedAt: play.playedAt.toISOString(),
      },
    });
  return true;
}

/**
 * Logs one play on a station and records it as an activity of the station's operator in the
 * owner's area (lượt phát on its channel), counted at once towards the weekly tasks it meets. A
 * play already logged under the same client id is a duplicate: nothing is counted twice. Throws
 * validation as preparePlay does.
 */
export async function recordPlay(
  deps: Writes<'broadcasts' | 'content' | 'activities' | 'categories' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  station: Station,
  input: PlayInput,
  by: { source: Play['source']; actor: Actor | null },
): Promise<{ status: 'recorded' | 'duplicate'; play: Play }> {
  const prepared = await preparePlay(deps, station, input, by);
  const isNew = await deps.uow.transaction((repos) =>
    writePlay(repos, deps, station, { ...prepared, note: input.note }, by.actor),
  );
  return { status: isNew ? 'recorded' : 'duplicate', play: prepared.play };
}

/** An operator logs a play by hand (the same record a controller makes). Throws not_found/forbidden, validation. */
export async function logPlay(
  deps: Writes<'broadcasts' | 'content' | 'activities' | 'categories' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: Omit<PlayInput, 'clientId'> & { stationId: string; clientId?: string },
): Promise<{ status: 'recorded' | 'duplicate'; play: Play }> {
  const station = await getStation(deps, actor, input.stationId);
  authorize(actor, 'work.write', scopeOf(actor, station));
  if (!station.active) throw new DomainError('conflict', 'Đài/cụm loa đã ngừng hoạt động.');
  const item = await deps.repos.content.get(input.contentId);
  if (!item) throw notFound('tài liệu');
  return recordPlay(
    deps,
    station,
    { ...input, clientId: input.clientId ?? `op:${deps.ids.newId()}` },
    { source: 'operator', actor },
  );
}

/** The play log of the actor's subtree (or one station) over Vietnam days [from, to]. */
export async function findPlays(
  deps: Reads<'broadcasts'>,
  actor: Actor,
  input: { stationId?: string; from: string; to: string },
) {
  authorize(actor, 'work.read');
  if (input.stationId) await getStation(deps, actor, input.stationId);
  return deps.repos.broadcasts.findPlays({
    withinPath: actor.unitPath,
    ...(input.stationId ? { stationId: input.stationId } : {}),
    from: new Date(`${input.from}T00:00:00+07:00`),
    to: new Date(`${input.to}T23:59:59.999+07:00`),
    limit: 500,
  });
}
