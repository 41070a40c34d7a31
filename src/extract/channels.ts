import type { Channel, Span } from './extraction.schema';
import { NOT_CHANNELS, PATTERNS, PHRASES } from './channel-phrases';
import { isOutreachUse } from './channel-context';
import { HeldSpans } from './held-spans';

export interface ChannelHit {
  channel: Channel;
  span: Span;
}

interface Candidate {
  channel: Channel | null;
  span: Span;
  length: number;
}

/** Every channel phrase in `text` (offsets relative to `offset`), longest phrase winning overlaps. */
export function findChannelHits(text: string, offset = 0): ChannelHit[] {
  // Vietnamese has no casing of its own, so the locale-free lower case is the same and far cheaper
  // on the many short texts a report's figures are read in.
  const low = text.toLowerCase();
  const candidates = phraseCandidates(low);
  for (const [channel, re] of PATTERNS) {
    // Case matters for "Báo Quảng Ninh" (a newspaper) against "báo cáo": match the original text.
    const source = channel === 'press' ? text : low;
    for (const m of source.matchAll(re))
      candidates.push({
        channel,
        span: { start: m.index, end: m.index + m[0].length },
        length: m[0].length,
      });
  }
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => b.length - a.length || a.span.start - b.span.start);
  // Which characters a longer phrase already holds: linear, where comparing every pair of hits
  // would be quadratic on a text naming channels thousands of times.
  const held = new HeldSpans(text.length);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (held.overlaps(c.span.start, c.span.end)) continue;
    held.hold(c.span.start, c.span.end);
    taken.push(c);
  }
  const hits: ChannelHit[] = [];
  for (const t of taken.sort((a, b) => a.span.start - b.span.start)) {
    if (!t.channel || !isOutreachUse(t.channel, text, t.span)) continue;
    hits.push({
      channel: t.channel,
      span: { start: t.span.start + offset, end: t.span.end + offset },
    });
  }
  return hits;
}

interface Phrase {
  text: string;
  channel: Channel | null;
}

const WORD_CHAR = /[\p{L}\d]/u;
const isWordChar = (ch: string): boolean => ch !== '' && WORD_CHAR.test(ch);

/** The phrases by their first word; a null channel marks words that only look like one. */
const BY_FIRST_WORD = ((): Map<string, Phrase[]> => {
  const table = new Map<string, Phrase[]>();
  const add = (text: string, channel: Channel | null) => {
    const first = /^[\p{L}\d]+/u.exec(text)?.[0] ?? text;
    table.set(first, [...(table.get(first) ?? []), { text, channel }]);
  };
  for (const [channel, phrases] of PHRASES) for (const phrase of phrases) add(phrase, channel);
  for (const phrase of NOT_CHANNELS) add(phrase, null);
  return table;
})();

/**
 * Every whole-word occurrence of a phrase, found by looking up each word of the text among the
 * phrases' first words: one pass over the text, where searching for each phrase in turn made
 * every short text cost a pass per phrase.
 */
function phraseCandidates(low: string): Candidate[] {
  const out: Candidate[] = [];
  for (const word of low.matchAll(/[\p{L}\d]+/gu)) {
    const phrases = BY_FIRST_WORD.get(word[0]);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const end = word.index + phrase.text.length;
      if (!low.startsWith(phrase.text, word.index) || isWordChar(low.charAt(end))) continue;
      out.push({
        channel: phrase.channel,
        span: { start: word.index, end },
        length: phrase.text.length,
      });
    }
  }
  return out;
}
