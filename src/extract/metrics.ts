import type { Channel, Metric } from './extraction.schema';
import type { Found } from './header';
import { findChannelHits } from './channels';
import { COUNT_NOUN_RE, nounOf } from './counted-nouns';
import { isResultCount } from './metric-context';
import { isApprox, parseCount, parseScaledCount } from './numbers';
import { clausesOf, type Piece, sentencesOf } from './sentences';
import type { Line } from './lines';

/**
 * Numeric results of the outreach: a count, the thing counted, and its channel. A figure stated
 * twice (news repeat the lead's figures in the body) is one result.
 */
export function findMetrics(lines: Line[]): Array<Found<Metric>> {
  const out: Array<Found<Metric>> = [];
  const seen = new Set<string>();
  for (const line of lines) {
    for (const sentence of sentencesOf(line.text, line.start)) {
      for (const clause of clausesOf(sentence.text, sentence.start)) {
        const matches = [...clause.text.matchAll(COUNT_NOUN_RE)];
        matches.forEach((m, i) => {
          const next = matches[i + 1]?.index ?? clause.text.length;
          const found = metricAt(sentence, clause, m, next, i === 0);
          const key = found && sameFigure(found.value, m[3] ?? '');
          if (!found || !key || seen.has(key)) return;
          seen.add(key);
          out.push(found);
        });
      }
    }
  }
  return out;
}

const sameFigure = (m: Metric, noun: string): string =>
  [m.count, m.channel, noun.toLocaleLowerCase('vi').replace(/\s+/g, ' ')].join('|');

/**
 * How many characters either side of a count its words are looked for in: far more than a real
 * sentence needs, and a bound that keeps one endless hostile sentence linear.
 */
const CONTEXT = 400;

/** The metric read at one "number noun" match, or null when the count is not a result. */
function metricAt(
  sentence: Piece,
  clause: Piece,
  m: RegExpExecArray | RegExpMatchArray,
  next: number,
  firstInClause: boolean,
): Found<Metric> | null {
  const index = m.index ?? 0;
  const digits = m[1] ?? '';
  const scale = m[2];
  const nounText = m[3] ?? '';
  const count = scale ? parseScaledCount(digits, scale) : parseCount(digits);
  const noun = nounOf(nounText);
  if (count === null || count === 0 || !noun) return null;
  const inSentence = clause.start - sentence.start + index;
  const end = inSentence + m[0].length;
  const sentenceBefore = sentence.text.slice(Math.max(0, inSentence - CONTEXT), inSentence);
  const ctx = {
    before: sentenceBefore,
    after: sentence.text.slice(end, end + CONTEXT),
    sentence: sentence.text.slice(Math.max(0, inSentence - CONTEXT), end + CONTEXT),
  };
  if (!isResultCount(noun, ctx)) return null;
  const before = clause.text.slice(Math.max(0, index - CONTEXT), index);
  // The words up to the next count describe this one ("85 băng rôn và 12 pano").
  const from = index + m[0].length - nounText.length;
  const segment = clause.text.slice(from, Math.min(next, from + CONTEXT)).trim();
  const channel = channelFor({
    segment,
    byNoun: noun.channel,
    clauseBefore: firstInClause ? before : '',
    sentenceBefore,
    fallback: noun.people ? (FESTIVAL.test(ctx.sentence) ? 'cultural_event' : 'meeting') : 'other',
  });
  const start = clause.start + index;
  return {
    value: {
      what: cleanWhat(ownItem(segment, nounText, next < clause.text.length)),
      channel,
      count,
      approx: isApprox(before),
    },
    span: { start, end: start + m[0].length },
  };
}

/**
 * The counted thing without the words that lead to the next count of a list: "băng rôn" of
 * "100 băng rôn, treo trên 1.000 phướn". Without a next count the words run on ("84 tin, bài,
 * phóng sự phát thanh, truyền hình" names every channel the figure spans).
 */
function ownItem(segment: string, noun: string, nextCount: boolean): string {
  const cut = Math.max(segment.lastIndexOf(','), segment.lastIndexOf(';'));
  return nextCount && cut >= noun.length ? segment.slice(0, cut) : segment;
}

const cleanWhat = (s: string): string =>
  s
    .replace(/\s+(và|với|cùng)$/u, '')
    .replace(/[\s.…,;:]+$/u, '')
    .slice(0, 160);

/**
 * People drawn to a festival by name ("Ngày hội Cử tri trẻ", "Ngày hội “Học sinh, sinh viên …”")
 * were at a cultural event; "ngày hội non sông", "ngày hội lớn của toàn dân" is the vote itself.
 */
const FESTIVAL = /(?<![\p{L}])[Nn]gày hội\s+["“]?(?!Non sông|Toàn dân|Lớn|Của)\p{Lu}/u;

interface ChannelClues {
  /** The words from the counted noun to the next count. */
  segment: string;
  byNoun: Channel | null;
  clauseBefore: string;
  sentenceBefore: string;
  fallback: Channel;
}

/** "qua hệ thống quản lý văn bản", "trên các phương tiện thông tin đại chúng": the medium used. */
const MEDIUM_BEFORE = /(?:^|\s)(qua|trên|bằng|vào)\s+(\S+\s+){0,2}$/iu;
/** How far into the segment the counted noun phrase reaches ("buổi tuyên truyền lưu động"). */
const NOUN_PHRASE_WORDS = 4;

/**
 * The medium named after the count ("120 tin nhắn qua hệ thống quản lý văn bản"), else the
 * channel the counted noun phrase names, else the one named just before the first count of the
 * clause ("Đài … phát sóng 96 phóng sự"), else any after it, else the nearest earlier one.
 */
function channelFor(c: ChannelClues): Channel {
  const hits = segmentHits(c.segment);
  // What follows a comma is another item of a list ("175 buổi, tuyên truyền lưu động 15 buổi").
  const own = c.segment.search(/[,;(]/u);
  const ownEnd = own < 0 ? c.segment.length : own;
  const ownHits = hits.filter((h) => h.span.end <= ownEnd);
  const medium = ownHits.find((h) => MEDIUM_BEFORE.test(c.segment.slice(0, h.span.start)));
  if (medium) return medium.channel;
  const phraseEnd = wordEnd(c.segment, NOUN_PHRASE_WORDS);
  const inPhrase = ownHits.find((h) => h.span.start < phraseEnd);
  if (inPhrase) return inPhrase.channel;
  if (c.byNoun) return c.byNoun;
  const behind = findChannelHits(c.clauseBefore).at(-1);
  if (behind) return behind.channel;
  const ahead = hits[0];
  if (ahead) return ahead.channel;
  return findChannelHits(c.sentenceBefore).at(-1)?.channel ?? c.fallback;
}

/**
 * A list of figures repeats its words between counts ("treo 12 băng rôn, treo 30 băng rôn, …"):
 * the channels of a segment are read once, not once per figure. Bounded, so a text of distinct
 * segments holds no more than this many.
 */
const SEGMENT_CACHE = new Map<string, ReturnType<typeof findChannelHits>>();
const SEGMENT_CACHE_SIZE = 1000;

function segmentHits(segment: string): ReturnType<typeof findChannelHits> {
  const known = SEGMENT_CACHE.get(segment);
  if (known) return known;
  const hits = findChannelHits(segment);
  if (SEGMENT_CACHE.size >= SEGMENT_CACHE_SIZE) SEGMENT_CACHE.clear();
  SEGMENT_CACHE.set(segment, hits);
  return hits;
}

/** Offset just after the first `n` words of `s`. */
function wordEnd(s: string, n: number): number {
  const m = new RegExp(String.raw`^\s*(?:\S+\s+){0,${n - 1}}\S+`, 'u').exec(s);
  return m ? m[0].length : s.length;
}
