import { civilDate, formatDateVi } from '../shared/dates';
import { isWithin } from '../units/unit';
import type { Station } from './broadcast';

/**
 * Why a unit cannot operate a station owned by another, or null: the operator is the owner or a
 * unit inside the owner's subtree (a ward's section plays the ward's loudspeakers; a ward does not
 * play the city's).
 */
export function operatorIssue(
  owner: { path: string },
  operator: { path: string; active?: boolean },
): string | null {
  if (!isWithin(operator.path, owner.path))
    return 'Đơn vị vận hành phải là đơn vị sở hữu hoặc một đơn vị trực thuộc đơn vị đó.';
  if (operator.active === false) return 'Đơn vị vận hành đã ngừng hoạt động.';
  return null;
}

/** The first civil day a station may have played: its in-service date, or the day it was entered. */
export const inServiceDay = (s: Pick<Station, 'inServiceFrom' | 'createdAt'>): string =>
  s.inServiceFrom ?? civilDate(s.createdAt);

/**
 * Why an in-service date cannot be kept, or null: a station cannot have played after the day it
 * was entered and before 2000 (a typo, not a campaign).
 */
export function inServiceIssue(day: string, today: string): string | null {
  if (day > today) return 'Ngày bắt đầu hoạt động không được ở tương lai.';
  if (day < '2000-01-01') return 'Ngày bắt đầu hoạt động không hợp lệ.';
  return null;
}

/**
 * Why a play at `playedAt` cannot have happened on this station with this item, or null: not
 * before the station's in-service day, nor before the item became valid (its validFrom, or the day
 * it was entered when it has none). A past campaign entered after the fact passes both.
 */
export function playDateIssue(
  station: Pick<Station, 'inServiceFrom' | 'createdAt'>,
  item: { validFrom: string | null; createdAt: Date },
  playedAt: Date,
): string | null {
  const day = civilDate(playedAt);
  const since = inServiceDay(station);
  if (day < since)
    return `Thời điểm phát trước "Ngày bắt đầu hoạt động" của đài/cụm loa (${formatDateVi(since)}).`;
  if (item.validFrom !== null && day < item.validFrom)
    return `Thời điểm phát trước ngày tài liệu có hiệu lực (${formatDateVi(item.validFrom)}).`;
  if (item.validFrom === null && day < civilDate(item.createdAt))
    return 'Thời điểm phát trước khi tài liệu được tạo.';
  return null;
}
