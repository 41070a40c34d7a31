import { authorize, type Actor } from '../accounts/access';
import { isValidOn } from '../content/content';
import type { Reads } from '../deps';
import { invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { SlotWithContent } from './broadcasts.port';
import { addDays } from '../shared/calendar';
import { expandSlots, type Occurrence } from './schedule';
import { getStation } from './stations';

export interface ScheduledPlay extends Occurrence {
  contentTitle: string;
  machineRead: boolean;
  durationSeconds: number | null;
}

/**
 * What the schedule calls for over [from, to] (at most six weeks) on a subtree's stations or one
 * station: items no longer valid (or withdrawn) on a day have left the schedule for that day.
 */
export async function schedulePlays(
  deps: Reads<'units' | 'broadcasts'>,
  actor: Actor,
  input: { unitId?: string; stationId?: string; from: string; to: string },
): Promise<{ plays: ScheduledPlay[]; slots: SlotWithContent[] }> {
  if (input.to < input.from) throw invalid('to', 'Ngày kết thúc trước ngày bắt đầu.');
  if (input.to > addDays(input.from, 42)) throw invalid('to', 'Xem tối đa sáu tuần một lần.');
  authorize(actor, 'work.read');
  const station = input.stationId ? await getStation(deps, actor, input.stationId) : null;
  const unit = input.unitId ? await getUnit(deps, actor, input.unitId) : null;
  const slots = await deps.repos.broadcasts.findSlots({
    ...(station ? { stationId: station.id } : { withinPath: unit?.path ?? actor.unitPath }),
    from: input.from,
    to: input.to,
  });
  return { plays: playsOf(slots, input.from, input.to), slots };
}

/** Expands slots and drops the days their item is not approved or not valid. */
export function playsOf(slots: SlotWithContent[], from: string, to: string): ScheduledPlay[] {
  const byId = new Map(slots.map((s) => [s.id, s]));
  return expandSlots(slots, from, to).flatMap((o) => {
    const s = byId.get(o.slotId);
    if (!s || s.contentStatus !== 'approved' || !isValidOn(s, o.date)) return [];
    return [
      {
        ...o,
        contentTitle: s.contentTitle,
        machineRead: s.machineRead,
        durationSeconds: s.durationSeconds,
      },
    ];
  });
}
