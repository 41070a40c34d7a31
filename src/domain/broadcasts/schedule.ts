import type { FieldIssue } from '../shared/domain-error';
import { addDays, daysBetween, isoWeekday } from '../shared/calendar';
import { civilDate, formatDateVi } from '../shared/dates';
import type { BroadcastSlot, Priority } from './broadcast';

/**
 * The instant a slot time starts: Vietnam keeps UTC+7 all year (no daylight saving), so a civil
 * date and time map to one instant with a fixed offset.
 */
export const startsAt = (date: string, time: string): Date => new Date(`${date}T${time}:00+07:00`);

export interface Occurrence {
  slotId: string;
  date: string;
  time: string;
  startsAt: Date;
  priority: Priority;
  contentId: string;
  stationIds: string[];
}

const PRIORITY_ORDER: Record<Priority, number> = { emergency: 0, priority: 1, normal: 2 };

function matches(slot: BroadcastSlot, day: string): boolean {
  switch (slot.repeat) {
    case 'once':
      return day === slot.startDate;
    case 'daily':
      return true;
    case 'weekly':
      return slot.weekdays.includes(isoWeekday(day));
    case 'monthly':
      return slot.monthDays.includes(Number(day.slice(8, 10)));
  }
}

/** Every play a slot calls for on the days [from, to], in time order. */
export function expandSlot(slot: BroadcastSlot, from: string, to: string): Occurrence[] {
  const out: Occurrence[] = [];
  const first = from > slot.startDate ? from : slot.startDate;
  const last = to < slot.endDate ? to : slot.endDate;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (!matches(slot, day)) continue;
    for (const time of slot.times)
      out.push({
        slotId: slot.id,
        date: day,
        time,
        startsAt: startsAt(day, time),
        priority: slot.priority,
        contentId: slot.contentId,
        stationIds: slot.stationIds,
      });
  }
  return out;
}

/** The plays of many slots over [from, to]: by start time, emergency before priority before normal. */
export function expandSlots(slots: BroadcastSlot[], from: string, to: string): Occurrence[] {
  return slots
    .flatMap((s) => expandSlot(s, from, to))
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() ||
        PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority],
    );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with a slot before it is saved; a slot wholly in the past is refused. */
export function slotIssues(
  s: Pick<BroadcastSlot, 'repeat' | 'startDate' | 'endDate' | 'times' | 'weekdays' | 'monthDays'>,
  now: Date,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const today = civilDate(now);
  if (s.times.length === 0)
    issues.push({ path: 'times', message: 'Hãy chọn ít nhất một giờ phát.' });
  for (const [i, t] of s.times.entries())
    if (!TIME.test(t))
      issues.push({ path: `times.${i}`, message: `Giờ "${t}" không hợp lệ (HH:MM).` });
  if (s.endDate < s.startDate)
    issues.push({ path: 'endDate', message: 'Ngày kết thúc trước ngày bắt đầu.' });
  if (daysBetween(s.startDate, s.endDate) > 400)
    issues.push({ path: 'endDate', message: 'Một lịch phát dài tối đa 400 ngày.' });
  if (s.repeat === 'weekly' && (s.weekdays.length === 0 || s.weekdays.some((d) => d < 1 || d > 7)))
    issues.push({ path: 'weekdays', message: 'Hãy chọn các ngày trong tuần.' });
  if (
    s.repeat === 'monthly' &&
    (s.monthDays.length === 0 || s.monthDays.some((d) => d < 1 || d > 31))
  )
    issues.push({ path: 'monthDays', message: 'Hãy chọn các ngày trong tháng.' });
  if (s.startDate < today)
    issues.push({
      path: 'startDate',
      message: `Ngày ${formatDateVi(s.startDate)} đã qua; không xếp lịch vào quá khứ.`,
    });
  else if (
    s.repeat === 'once' &&
    s.times.every((t) => TIME.test(t) && startsAt(s.startDate, t) < now)
  )
    issues.push({ path: 'times', message: 'Giờ phát đã qua; không xếp lịch vào quá khứ.' });
  return issues;
}

/** "HH:MM" of an instant in Vietnam time. */
export const vietnamTime = (at: Date): string =>
  new Date(at.getTime() + 7 * 3600_000).toISOString().slice(11, 16);
