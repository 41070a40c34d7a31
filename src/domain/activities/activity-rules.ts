import type { FieldIssue } from '../shared/domain-error';
import { formatDateVi } from '../shared/dates';
import type { UnitKind } from '../units/unit';
import { CHANNEL_LABELS } from '../plans/channel-labels';
import type { Channel } from '../plans/plan';
import type { ActivityCategory } from './activity';

const LEVEL_FACTOR: Record<UnitKind, number> = {
  village: 1,
  agency: 10,
  group: 10,
  commune: 1,
  district: 10,
  province: 100,
  nation: 1000,
};

/** The largest quantity one entry may carry: the category's cap for a commune, scaled up by level. */
export function quantityCap(
  category: Pick<ActivityCategory, 'maxPerEntry'>,
  kind: UnitKind,
): number {
  return category.maxPerEntry * LEVEL_FACTOR[kind];
}

export interface ActivityDraft {
  occurredOn: string;
  channel: Channel;
  /** Other channels the same figure spans ("phát thanh, truyền hình"). */
  extraChannels?: Channel[] | undefined;
  categoryCode: string;
  quantity: number;
}

/**
 * What is wrong with an activity before it is saved: a date in the future or before 2000, a
 * category unknown or not for that channel, a quantity not a positive whole number or absurd for
 * the unit's level. Paths are relative to the activity (prefix them for bulk rows).
 */
export function activityIssues(
  a: ActivityDraft,
  category: ActivityCategory | undefined,
  unitKind: UnitKind,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (a.occurredOn > today)
    issues.push({
      path: 'occurredOn',
      message: `Ngày ${formatDateVi(a.occurredOn)} chưa tới; chỉ ghi hoạt động đã làm.`,
    });
  if (a.occurredOn < '2000-01-01')
    issues.push({ path: 'occurredOn', message: 'Ngày không hợp lệ.' });
  if (!category || !category.active) {
    issues.push({ path: 'categoryCode', message: `Không có loại hoạt động "${a.categoryCode}".` });
    return issues;
  }
  const extra = a.extraChannels ?? [];
  if (extra.includes(a.channel) || new Set(extra).size < extra.length)
    issues.push({
      path: 'extraChannels',
      message: 'Mỗi kênh chỉ chọn một lần; một số liệu trên nhiều kênh vẫn là một số liệu.',
    });
  const foreign = [a.channel, ...extra].filter(
    (c) => category.channels.length > 0 && !category.channels.includes(c),
  );
  if (foreign.length) {
    issues.push({
      path: 'categoryCode',
      message: `"${category.name}" không dùng cho kênh ${foreign.map((c) => CHANNEL_LABELS[c]).join(', ')}.`,
    });
  }
  if (!Number.isInteger(a.quantity) || a.quantity < 1) {
    issues.push({ path: 'quantity', message: 'Số lượng phải là số nguyên dương.' });
  } else if (a.quantity > quantityCap(category, unitKind)) {
    // A number past 2^53 is not the one typed ("99999999999999999999" reads as 1e20): it is not
    // quoted back as if it were.
    const stated = Number.isSafeInteger(a.quantity)
      ? `${a.quantity.toLocaleString('vi-VN')} ${category.measureUnit}`
      : 'Số lượng này';
    issues.push({
      path: 'quantity',
      message: `${stated} trong một lần ghi là bất thường với cấp đơn vị này (tối đa ${quantityCap(category, unitKind).toLocaleString('vi-VN')}); hãy kiểm tra lại.`,
    });
  }
  return issues;
}

/** How much an activity adds towards "at least N times": its quantity for countable units, else 1. */
export const contribution = (
  category: Pick<ActivityCategory, 'countsQuantity'>,
  quantity: number,
): number => (category.countsQuantity ? quantity : 1);
