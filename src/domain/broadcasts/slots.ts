import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import { isValidOn } from '../content/content';
import { getContent } from '../content/content-access';
import type { Deps, Writes } from '../deps';
import { civilDate, formatDateVi } from '../shared/dates';
import { conflict, DomainError, invalid, notFound } from '../shared/domain-error';
import type { BroadcastSlot, Priority, Repeat } from './broadcast';
import { playableAt } from './playable';
import { slotIssues, vietnamTime } from './schedule';

export interface CreateSlotInput {
  contentId: string;
  stationIds: string[];
  priority: Priority;
  repeat: Repeat;
  startDate: string;
  endDate?: string | null;
  times: string[];
  weekdays?: number[];
  monthDays?: number[];
}

/**
 * Schedules an approved audio item on stations of one unit. An emergency plays at once (today,
 * now) ahead of everything; a slot ending after the item's validity is cut at its last valid day.
 * Throws not_found/forbidden, conflict (not approved, no audio), validation (past, dates, times).
 */
export async function createSlot(
  deps: Writes<'broadcasts' | 'content' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: CreateSlotInput,
): Promise<BroadcastSlot> {
  const ids = [...new Set(input.stationIds)];
  if (ids.length === 0) throw invalid('stationIds', 'Hãy chọn đài/cụm loa.');
  const stations = await deps.repos.broadcasts.getStations(ids);
  if (stations.length !== ids.length) throw notFound('đài/cụm loa');
  for (const s of stations) authorize(actor, 'work.write', s.unitPath);
  const unit = { id: stations[0]?.unitId ?? '', path: stations[0]?.unitPath ?? '' };
  if (stations.some((s) => s.unitId !== unit.id))
    throw invalid('stationIds', 'Các đài/cụm loa của một lịch phát phải cùng một đơn vị.');
  const { item } = await getContent(deps, actor, input.contentId);
  if (item.status !== 'approved')
    throw conflict('Tài liệu phải được duyệt trước khi xếp lịch phát.');
  if (item.kind !== 'audio' || !item.file)
    throw conflict('Chỉ tệp âm thanh mới xếp được lịch phát.');
  if (!(await playableAt(deps, item, unit))) throw notFound('tài liệu');
  const now = deps.clock.now();
  const emergency = input.priority === 'emergency';
  const startDate = emergency ? civilDate(now) : input.startDate;
  let endDate = emergency || input.repeat === 'once' ? startDate : (input.endDate ?? startDate);
  const times = emergency ? [vietnamTime(now)] : [...new Set(input.times)].sort();
  if (!isValidOn(item, startDate))
    throw invalid('startDate', `Tài liệu không còn hiệu lực vào ngày ${formatDateVi(startDate)}.`);
  if (item.validUntil && endDate > item.validUntil) endDate = item.validUntil;
  const slot: BroadcastSlot = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    contentId: item.id,
    stationIds: ids,
    priority: input.priority,
    repeat: emergency ? 'once' : input.repeat,
    startDate,
    endDate,
    times,
    weekdays: input.repeat === 'weekly' ? [...new Set(input.weekdays ?? [])].sort() : [],
    monthDays:
      input.repeat === 'monthly' ? [...new Set(input.monthDays ?? [])].sort((a, b) => a - b) : [],
    createdBy: actor.userId,
    createdAt: now,
    cancelledAt: null,
  };
  const issues = emergency ? [] : slotIssues(slot, now);
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Lịch phát không hợp lệ.', {
      issues,
    });
  await deps.uow.transaction(async (repos) => {
    await repos.broadcasts.insertSlot(slot);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'broadcast_slot',
      entityId: slot.id,
      action: 'create',
      changes: {
        content: item.title,
        repeat: slot.repeat,
        priority: slot.priority,
        from: startDate,
        to: endDate,
      },
    });
  });
  return slot;
}

/** Takes a slot off the schedule (its past plays stay logged). Throws not_found/forbidden. */
export async function cancelSlot(
  deps: Writes<'broadcasts' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const slot = await deps.repos.broadcasts.getSlot(id);
  if (!slot || slot.cancelledAt) throw notFound('lịch phát');
  authorize(actor, 'work.write', slot.unitPath);
  await deps.uow.transaction(async (repos) => {
    await repos.broadcasts.cancelSlot(id, deps.clock.now());
    await recordChange(repos, deps, actor, {
      unitId: slot.unitId,
      entity: 'broadcast_slot',
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
