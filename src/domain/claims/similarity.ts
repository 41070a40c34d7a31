import { foldVietnamese } from '../shared/text';

/** Folded words of a text, without punctuation or filler: the comparable core of a claim. */
export function claimWords(text: string): string[] {
  return foldVietnamese(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0 && !FILLER.has(w));
}

// Words that say how the rumour was heard, not what it says.
const FILLER = new Set([
  'nghe',
  'noi',
  'la',
  'thi',
  'roi',
  'a',
  'oi',
  'nhe',
  'nha',
  'co',
  've',
  'dang',
  'tin',
]);

const trigrams = (words: string[]): Set<string> => {
  const s = ` ${words.join(' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
};

/**
 * How alike two claims are, 0–1: the Dice coefficient of the character trigrams of their folded
 * words, so spelling, diacritics, punctuation and small rewordings barely matter.
 */
export function claimSimilarity(a: string, b: string): number {
  const x = trigrams(claimWords(a));
  const y = trigrams(claimWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Claims at least this alike are the same rumour (one case). */
export const SAME_CASE = 0.55;

/** The most similar candidate at or above the threshold (or with the same link), if any. */
export function bestMatch<T extends { text: string; link: string | null }>(
  claim: { text: string; link: string | null },
  candidates: T[],
): T | null {
  let best: T | null = null;
  let score = SAME_CASE;
  for (const c of candidates) {
    const s = claim.link && c.link === claim.link ? 1 : claimSimilarity(claim.text, c.text);
    if (s >= score) {
      best = c;
      score = s;
    }
  }
  return best;
}
