import type { FileStream } from '../content/content.port';
import type { Deps, Reads, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import type { Station, StationHealth } from './broadcast';
import { playableAt } from './playable';
import { recordPlay, type PlayInput } from './record-play';
import { addDays } from '../shared/calendar';
import { playsOf, type ScheduledPlay } from './week-schedule';

/** The station a controller's token belongs to. Throws unauthenticated for an unknown or revoked token. */
export async function authenticateStation(
  deps: Reads<'broadcasts'> & Pick<Deps, 'tokens'>,
  token: string | null,
): Promise<Station> {
  const station = token
    ? await deps.repos.broadcasts.stationByTokenHash(deps.tokens.idOf(token))
    : null;
  if (!station || !station.active)
    throw new DomainError(
      'unauthenticated',
      'Mã thiết bị (token) không hợp lệ hoặc đã bị thu hồi.',
    );
  return station;
}

/**
 * The plays a controller should make from today for `days` days, in order; an emergency not yet
 * played is flagged playNow (it interrupts whatever is playing). Marks the station as heard from.
 */
export async function deviceSchedule(
  deps: Reads<'broadcasts'> & Pick<Deps, 'clock'>,
  station: Station,
  days: number,
): Promise<Array<ScheduledPlay & { playNow: boolean }>> {
  const now = deps.clock.now();
  const from = civilDate(now);
  const to = addDays(from, days - 1);
  await deps.repos.broadcasts.touch(station.id, now);
  const slots = await deps.repos.broadcasts.findSlots({ stationId: station.id, from, to });
  const plays = playsOf(slots, from, to);
  const emergencies = plays.filter((p) => p.priority === 'emergency').map((p) => p.slotId);
  const played = new Set(
    emergencies.length
      ? await deps.repos.broadcasts.playedSlots(
          station.id,
          emergencies,
          new Date(now.getTime() - 86_400_000),
        )
      : [],
  );
  return plays.map((p) => ({ ...p, playNow: p.priority === 'emergency' && !played.has(p.slotId) }));
}

export type DevicePlayResult =
  | { id: string; status: 'recorded' | 'duplicate' }
  | { id: string; status: 'rejected'; reason: string };

/** Records a controller's plays one by one: a bad one is rejected with its reason, the rest still count. */
export async function devicePlays(
  deps: Writes<'broadcasts' | 'content' | 'activities' | 'categories' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  station: Station,
  plays: Array<Omit<PlayInput, 'clientId'> & { id: string }>,
): Promise<DevicePlayResult[]> {
  await deps.repos.broadcasts.touch(station.id, deps.clock.now());
  const out: DevicePlayResult[] = [];
  for (const p of plays) {
    try {
      const { status } = await recordPlay(
        deps,
        station,
        { ...p, clientId: p.id },
        { source: 'device', actor: null },
      );
      out.push({ id: p.id, status });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'validation') throw error;
      out.push({ id: p.id, status: 'rejected', reason: error.message });
    }
  }
  return out;
}

/** A controller reports its health; the workspace shows it and stops calling the station quiet. */
export async function deviceStatus(
  deps: Reads<'broadcasts'> & Pick<Deps, 'clock'>,
  station: Station,
  health: StationHealth,
): Promise<Date> {
  const now = deps.clock.now();
  await deps.repos.broadcasts.touch(station.id, now, health);
  return now;
}

/** The audio of an item for a controller to download. Throws not_found when the station may not play it. */
export async function deviceFile(
  deps: Reads<'content'> & Pick<Deps, 'storage'>,
  station: Station,
  contentId: string,
): Promise<{ file: FileStream; mediaType: string; name: string }> {
  const item = await deps.repos.content.get(contentId);
  const ok =
    item?.status === 'approved' &&
    item.file &&
    (await playableAt(deps, item, { id: station.unitId, path: station.unitPath }));
  const file = ok && item.file ? await deps.storage.open(item.file.key) : null;
  if (!item?.file || !file) throw new DomainError('not_found', 'Không tìm thấy tệp âm thanh.');
  return { file, mediaType: item.file.mediaType, name: item.file.name };
}
