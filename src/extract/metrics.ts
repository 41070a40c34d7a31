import type { Channel, Metric } from './extraction.schema';
import type { Found } from './header';
import { findChannelHits } from './channels';
import { isApprox, parseCount } from './numbers';
import { clausesOf, sentencesOf } from './sentences';
import type { Line } from './lines';

// What reports count (shared/domain/metrics.md); longest first. Some units name their channel.
const UNITS: Array<[string, Channel | null]> = [
  ['tin, bài', null],
  ['tin bài', null],
  ['tin/bài', null],
  ['bài viết', null],
  ['phóng sự', null],
  ['chuyên mục', null],
  ['chuyên trang', null],
  ['chương trình', null],
  ['lượt người', 'meeting'],
  ['buổi tuyên truyền', 'meeting'],
  ['buổi phát thanh', 'radio'],
  ['buổi', null],
  ['lượt phát', null],
  ['lượt xe', 'mobile_vehicle'],
  ['lượt', null],
  ['giờ', null],
  ['phút', null],
  ['hội nghị', 'meeting'],
  ['cuộc', 'meeting'],
  ['băng rôn', 'visual'],
  ['băng zôn', 'visual'],
  ['khẩu hiệu', 'visual'],
  ['pano', 'visual'],
  ['panô', 'visual'],
  ['áp phích', 'visual'],
  ['tranh cổ động', 'visual'],
  ['lá cờ', 'visual'],
  ['cờ', 'visual'],
  ['cụm cổ động', 'visual'],
  ['cổng chào', 'visual'],
  ['tờ rơi', 'print'],
  ['tờ gấp', 'print'],
  ['cuốn', 'print'],
  ['tài liệu', 'print'],
  ['ấn phẩm', 'print'],
  ['tin nhắn', 'sms'],
  ['video', null],
  ['clip', null],
  ['tin', null],
  ['bài', null],
  ['người tham dự', 'meeting'],
  ['người dự', 'meeting'],
  ['chiếc', null],
  ['cái', null],
];
const UNIT_RE = new RegExp(
  String.raw`(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)\s+(${UNITS.map(([u]) => u.replace('/', '\\/')).join('|')})(?![\p{L}\d])(?!\s*\/\s*(?:ngày|tuần|tháng))`,
  'giu',
);
// Targets and frequencies are not results: "mỗi xã 02 buổi", "tối thiểu 01 tin".
const TARGET_BEFORE =
  /(mỗi|tối thiểu|ít nhất|phấn đấu|dự kiến|bình quân|trung bình|chỉ tiêu|sẽ)\s+(\S+\s+){0,2}$/iu;
// "Đến 11 giờ" is a time of day, not a duration.
const CLOCK_BEFORE = /(đến|lúc|từ|vào|trước|sau|khoảng)\s*$/iu;

/** Numeric results of the outreach: a count, the thing counted, and its channel. */
export function findMetrics(lines: Line[]): Array<Found<Metric>> {
  const out: Array<Found<Metric>> = [];
  for (const line of lines) {
    for (const sentence of sentencesOf(line.text, line.start)) {
      for (const clause of clausesOf(sentence.text, sentence.start)) {
        const matches = [...clause.text.matchAll(UNIT_RE)];
        matches.forEach((m, i) => {
          const count = parseCount(m[1] ?? '');
          const before = clause.text.slice(0, m.index);
          const unit = (m[2] ?? '').toLocaleLowerCase('vi');
          if (count === null || count === 0 || TARGET_BEFORE.test(before)) return;
          if ((unit === 'giờ' || unit === 'phút') && CLOCK_BEFORE.test(before)) return;
          // The words up to the next count describe this one ("85 băng rôn và 12 pano").
          const next = matches[i + 1]?.index ?? clause.text.length;
          const segment = clause.text.slice(m.index + (m[1] ?? '').length, next).trim();
          const sentenceBefore = sentence.text.slice(0, clause.start - sentence.start + m.index);
          const channel = channelFor(
            segment.slice(unit.length),
            unit,
            i === 0 ? before : '',
            sentenceBefore,
          );
          const start = clause.start + m.index;
          out.push({
            value: { what: cleanWhat(segment), channel, count, approx: isApprox(before) },
            span: { start, end: start + m[0].length },
          });
        });
      }
    }
  }
  return out;
}

const cleanWhat = (s: string): string =>
  s
    .replace(/\s+(và|với|cùng)$/u, '')
    .replace(/[\s.…,;:]+$/u, '')
    .slice(0, 160);

/**
 * The channel named just before the first count of a clause ("Đài … phát sóng 96 phóng sự"),
 * else after the count, else by its unit, else the nearest one earlier in the sentence.
 */
function channelFor(
  after: string,
  unit: string,
  clauseBefore: string,
  sentenceBefore: string,
): Channel {
  const behind = findChannelHits(clauseBefore).at(-1);
  if (behind) return behind.channel;
  const ahead = findChannelHits(after)[0];
  if (ahead) return ahead.channel;
  const byUnit = UNITS.find(([u]) => u === unit)?.[1];
  if (byUnit) return byUnit;
  return findChannelHits(sentenceBefore).at(-1)?.channel ?? 'other';
}
