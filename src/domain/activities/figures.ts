import { CHANNEL_LABELS } from '../plans/channel-labels';
import { CHANNELS, type Channel } from '../plans/plan';

/**
 * How a document states a figure: exactly (null), "trên 170" (over: more than), "khoảng 60"
 * (about) or "ít nhất 10" (at least). The number kept is the one written.
 */
export const APPROX_KINDS = ['over', 'about', 'at_least'] as const;
export type Approx = (typeof APPROX_KINDS)[number];

export const APPROX_WORDS: Record<Approx, string> = {
  over: 'trên',
  about: 'khoảng',
  at_least: 'ít nhất',
};

/** The parts of a figure that decide how it is stated and where it is counted. */
export interface StatedFigure {
  /** Every channel the one figure spans, in catalogue order; the first is the main channel. */
  channels: Channel[];
  /** A named outlet within the channel, as stated: fanpage “Truyền hình Hạ Long”. */
  outlet: string | null;
  approx: Approx | null;
  quantity: number;
}

// A sum is as loose as its loosest part: "about" may be below the sum, "over" and "at least"
// only above it, and "over" (strictly more) dominates "at least" (no fewer).
const RANK: Record<Approx, number> = { at_least: 1, over: 2, about: 3 };

/** The qualifier of a sum of figures: exact only when every part is exact. */
export function sumApprox(a: Approx | null, b: Approx | null): Approx | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** The qualifier with the given rank (the database aggregates ranks); 0 or unknown is exact. */
export function approxOfRank(rank: number): Approx | null {
  return APPROX_KINDS.find((k) => RANK[k] === rank) ?? null;
}

/** The rank of a qualifier, 0 for an exact figure. */
export const approxRank = (a: Approx | null): number => (a === null ? 0 : RANK[a]);

/** A quantity as the document states it: "trên 170", "84", "khoảng 1.200". */
export function formatFigure(quantity: number, approx: Approx | null): string {
  const n = quantity.toLocaleString('vi-VN');
  return approx ? `${APPROX_WORDS[approx]} ${n}` : n;
}

/** The distinct channels in catalogue order, so {television, radio} and {radio, television} are one set. */
export function canonicalChannels(channels: readonly Channel[]): Channel[] {
  return CHANNELS.filter((c) => channels.includes(c));
}

// Lower-case names used inside a sentence or after another channel ("phát thanh, truyền hình").
const SHORT: Partial<Record<Channel, string>> = { radio: 'phát thanh', television: 'truyền hình' };

/** A channel set as a line label: "Mạng xã hội", or "Phát thanh, truyền hình" for one figure over two. */
export function channelSetLabel(channels: readonly Channel[]): string {
  const set = canonicalChannels(channels);
  const [only] = set;
  if (set.length === 1 && only) return CHANNEL_LABELS[only];
  const text = set.map((c) => SHORT[c] ?? CHANNEL_LABELS[c].toLowerCase()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A channel set inside a sentence: "mạng xã hội", "phát thanh, truyền hình". */
export const channelSetText = (channels: readonly Channel[]): string =>
  canonicalChannels(channels)
    .map((c) => SHORT[c] ?? CHANNEL_LABELS[c].toLowerCase())
    .join(', ');

/** Where a figure was done, for a sentence: the channels, then the outlet if named. */
export function placeText(f: Pick<StatedFigure, 'channels' | 'outlet'>): string {
  return f.outlet ? `${channelSetText(f.channels)}, ${f.outlet}` : channelSetText(f.channels);
}

/** A key that is equal for figures over the same channel set. */
export const channelSetKey = (channels: readonly Channel[]): string =>
  canonicalChannels(channels).join('+');

export interface ChannelLine {
  channels: Channel[];
  label: string;
  measureUnit: string;
  quantity: number;
  approx: Approx | null;
  /** The named outlets within this line, each with its own figure ("trong đó fanpage …"). */
  outlets: Array<{ outlet: string; quantity: number; approx: Approx | null }>;
}

/**
 * Totals by channel set and measure unit: a figure over radio and television is counted once,
 * on a combined "Phát thanh, truyền hình" line, never on both; a named outlet's share is listed
 * under its line. Lines follow the catalogue order of their first channel.
 */
export function rollUpByChannel(
  rows: ReadonlyArray<StatedFigure & { measureUnit: string }>,
): ChannelLine[] {
  const lines = new Map<string, ChannelLine>();
  for (const r of rows) {
    const channels = canonicalChannels(r.channels);
    const key = `${channelSetKey(channels)}|${r.measureUnit}`;
    const line = lines.get(key) ?? {
      channels,
      label: channelSetLabel(channels),
      measureUnit: r.measureUnit,
      quantity: 0,
      approx: null,
      outlets: [],
    };
    line.quantity += r.quantity;
    line.approx = sumApprox(line.approx, r.approx);
    if (r.outlet) {
      const o = line.outlets.find((x) => x.outlet === r.outlet);
      if (o) {
        o.quantity += r.quantity;
        o.approx = sumApprox(o.approx, r.approx);
      } else line.outlets.push({ outlet: r.outlet, quantity: r.quantity, approx: r.approx });
    }
    lines.set(key, line);
  }
  const order = (l: ChannelLine) => CHANNELS.indexOf(l.channels[0] ?? 'other');
  return [...lines.values()].sort(
    (a, b) =>
      order(a) - order(b) ||
      a.channels.length - b.channels.length ||
      a.label.localeCompare(b.label),
  );
}

/** The total of figures in one measure unit, approximate when any part is. */
export function totalOf(rows: ReadonlyArray<Pick<StatedFigure, 'quantity' | 'approx'>>): {
  quantity: number;
  approx: Approx | null;
} {
  return rows.reduce<{ quantity: number; approx: Approx | null }>(
    (t, r) => ({ quantity: t.quantity + r.quantity, approx: sumApprox(t.approx, r.approx) }),
    { quantity: 0, approx: null },
  );
}

/** One line of a roll-up as text: "Phát thanh, truyền hình: 84 tin/bài". */
export const channelLineText = (l: ChannelLine): string =>
  `${l.label}: ${formatFigure(l.quantity, l.approx)} ${l.measureUnit}`;

/** An outlet's line under its channel: "trong đó fanpage “Truyền hình Hạ Long”: 53 tin/bài". */
export const outletLineText = (o: ChannelLine['outlets'][number], measureUnit: string): string =>
  `trong đó ${o.outlet}: ${formatFigure(o.quantity, o.approx)} ${measureUnit}`;

/** A main channel and its extras in catalogue order, so one channel set is stored one way. */
export function mainAndExtra(
  channel: Channel,
  extra: readonly Channel[],
): { channel: Channel; extraChannels: Channel[] } {
  const [first, ...rest] = canonicalChannels([channel, ...extra]);
  return { channel: first ?? channel, extraChannels: rest };
}

const plain = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .replace(/[/,]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A figure in a sentence, as a document would write it: "trên 170 tin, bài (mạng xã hội)",
 * "84 tin, bài (phát thanh, truyền hình)"; the measure is left out where the category says it.
 */
export function figurePhrase(
  f: StatedFigure & { measureUnit: string; categoryName: string },
): string {
  const name = f.categoryName.toLocaleLowerCase('vi');
  const what = plain(name).startsWith(plain(f.measureUnit)) ? name : `${f.measureUnit} ${name}`;
  return `${formatFigure(f.quantity, f.approx)} ${what} (${placeText(f)})`;
}
