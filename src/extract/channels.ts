import type { Channel, Span } from './extraction.schema';
import { NOT_CHANNELS, PATTERNS, PHRASES } from './channel-phrases';
import { isOutreachUse } from './channel-context';

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
  const low = text.toLocaleLowerCase('vi');
  const candidates: Candidate[] = [];
  for (const [channel, phrases] of PHRASES) {
    for (const phrase of phrases) candidates.push(...phraseHits(low, phrase, channel));
  }
  for (const phrase of NOT_CHANNELS) candidates.push(...phraseHits(low, phrase, null));
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
  candidates.sort((a, b) => b.length - a.length || a.span.start - b.span.start);
  // Which characters a longer phrase already holds: linear, where comparing every pair of hits
  // would be quadratic on a text naming channels thousands of times.
  const held = new Uint8Array(text.length);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (held.subarray(c.span.start, c.span.end).includes(1)) continue;
    held.fill(1, c.span.start, c.span.end);
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

/** A phrase's whole-word occurrences; a null channel marks words that only look like one. */
function phraseHits(low: string, phrase: string, channel: Channel | null): Candidate[] {
  const out: Candidate[] = [];
  let at = low.indexOf(phrase);
  while (at >= 0) {
    const end = at + phrase.length;
    if (isWordBoundary(low, at, end))
      out.push({ channel, span: { start: at, end }, length: phrase.length });
    at = low.indexOf(phrase, at + 1);
  }
  return out;
}

const isWordBoundary = (s: string, start: number, end: number): boolean =>
  !/[\p{L}\d]/u.test(s.charAt(start - 1)) && !/[\p{L}\d]/u.test(s.charAt(end));
