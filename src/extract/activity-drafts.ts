import type { ActivityCategory } from '../domain/activities/activity';
import { foldVietnamese } from '../domain/shared/text';
import type { Extraction } from './extraction.schema';

export interface ActivityDraft {
  index: number;
  what: string;
  channel: Extraction['metrics'][number]['channel'];
  categoryCode: string;
  quantity: number;
  approx: boolean;
}

// Words in a figure's description that decide its category, most specific first.
const RULES: Array<[RegExp, string]> = [
  [/phan bac|dau tranh|sai trai|xuyen tac/, 'phan_bac'],
  [/phong su/, 'phong_su'],
  [/chuyen muc|chuyen trang/, 'chuyen_muc'],
  [/luot phat|phat thanh.*luot/, 'luot_phat'],
  [/buoi phat/, 'buoi_phat'],
  [/phut|gio phat/, 'thoi_luong'],
  [/tuong tac|luot xem/, 'luot_tuong_tac'],
  [/bang ron|bang zon|khau hieu/, 'bang_ron'],
  [/pano|ap phich|tranh co dong/, 'pano'],
  [/\bco\b/, 'co'],
  [/to roi|to gap/, 'to_roi'],
  [/xe|luu dong/, 'luot_xe'],
  [/hoi nghi|buoi tuyen truyen|cuoc hop/, 'hoi_nghi'],
  [/luot nguoi|nguoi tham du|luot cu tri/, 'luot_nguoi'],
  [/tin nhan/, 'tin_nhan'],
  [/tin|bai/, 'tin_bai'],
];

/** Each figure of a report as a proposed activity: its channel, the catalogue category its words name, its count. */
export function activityDraftsFromExtraction(
  x: Extraction,
  categories: ActivityCategory[],
): ActivityDraft[] {
  const usable = (code: string, channel: string) => {
    const c = categories.find((k) => k.code === code && k.active);
    return c && (c.channels.length === 0 || c.channels.includes(channel as never)) ? c : null;
  };
  return x.metrics
    .map((m, index) => {
      const what = foldVietnamese(m.what);
      const rule = RULES.find(([re, code]) => re.test(what) && usable(code, m.channel));
      return {
        index,
        what: m.what,
        channel: m.channel,
        categoryCode: rule?.[1] ?? 'khac',
        quantity: m.count,
        approx: m.approx,
      };
    })
    .filter((d) => d.quantity > 0);
}
