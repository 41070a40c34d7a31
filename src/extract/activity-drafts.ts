import type { ActivityCategory } from '../domain/activities/activity';
import type { Approx } from '../domain/activities/figures';
import { foldVietnamese } from '../domain/shared/text';
import { findChannelHits } from './channels';
import type { Channel, Extraction } from './extraction.schema';
import { qualifierBefore } from './numbers';

export interface ActivityDraft {
  index: number;
  what: string;
  channel: Channel;
  /** Other channels the figure's words name: "tin, bài, phóng sự phát thanh, truyền hình". */
  extraChannels: Channel[];
  /** A named outlet: fanpage “Truyền hình Hạ Long”, as written. */
  outlet: string | null;
  categoryCode: string;
  quantity: number;
  approx: boolean;
  /** The word that made the figure approximate, as a qualifier ("trên" → over). */
  qualifier: Approx | null;
}

// "fanpage “Truyền hình Hạ Long”", "trang Zalo “…”", "kênh YouTube “…”": an outlet named in quotes.
const OUTLET_RE =
  /((?:fanpage|trang(?: fanpage| facebook| zalo)?|kênh(?: youtube| tiktok)?|tài khoản(?: zalo)?|nhóm(?: zalo)?)\s*[“"«][^”"»]{2,120}[”"»])/iu;

/** The outlet a figure's words name, and the words with it taken out (its name is not a channel). */
export function outletOf(what: string): { outlet: string | null; rest: string } {
  const m = OUTLET_RE.exec(what);
  if (!m?.[1]) return { outlet: null, rest: what };
  return { outlet: m[1].trim(), rest: what.replace(m[1], ' ') };
}

/** The channels a figure's words name besides its main one, in the order written. */
function extraChannelsOf(rest: string, main: Channel): Channel[] {
  const named = [...new Set(findChannelHits(rest).map((h) => h.channel))];
  // Only a figure that names its main channel among several spans them all ("phát thanh, truyền hình").
  return named.includes(main) ? named.filter((c) => c !== main) : [];
}

// Words in a figure's description that decide its category, most specific first.
const RULES: Array<[RegExp, string]> = [
  [/phan bac|dau tranh|sai trai|xuyen tac/, 'phan_bac'],
  // "84 tin, bài, phóng sự" counts tin, bài: only a count of phóng sự itself is one.
  [/^phong su/, 'phong_su'],
  [/chuyen muc|chuyen trang/, 'chuyen_muc'],
  [/luot phat|phat thanh.*luot/, 'luot_phat'],
  [/buoi phat/, 'buoi_phat'],
  [/phut|gio phat/, 'thoi_luong'],
  [/tuong tac|luot xem/, 'luot_tuong_tac'],
  // Banners as spelt in the South and as said: "ban-nơ", "banner".
  [/bang ron|bang zon|khau hieu|ban-? ?no\b|banner/, 'bang_ron'],
  [/pano|pa ?- ?no|pa no|ap phich|tranh co dong/, 'pano'],
  [/\bco\b/, 'co'],
  // The South's "tờ bướm" is a leaflet.
  [/to roi|to gap|to buom/, 'to_roi'],
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
  source?: { text: string; sources: Record<string, { start: number; end: number }> },
): ActivityDraft[] {
  const usable = (code: string, channel: string) => {
    const c = categories.find((k) => k.code === code && k.active);
    return c && (c.channels.length === 0 || c.channels.includes(channel as never)) ? c : null;
  };
  return x.metrics
    .map((m, index) => {
      const what = foldVietnamese(m.what);
      const { outlet, rest } = outletOf(m.what);
      const extraChannels = extraChannelsOf(rest, m.channel);
      const rule = RULES.find(
        ([re, code]) =>
          re.test(what) && [m.channel, ...extraChannels].every((c) => usable(code, c)),
      );
      const span = source?.sources[`metrics.${index}`];
      const before = span ? source.text.slice(Math.max(0, span.start - 40), span.start) : '';
      return {
        index,
        what: m.what,
        channel: m.channel,
        extraChannels,
        outlet,
        categoryCode: rule?.[1] ?? 'khac',
        quantity: m.count,
        approx: m.approx,
        // Without the words around it, an approximate figure is read as "about" (the loosest).
        qualifier: m.approx ? (qualifierBefore(before) ?? 'about') : null,
      };
    })
    .filter((d) => d.quantity > 0);
}
