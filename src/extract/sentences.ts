/** A sentence or clause of the text with its offset. */
export interface Piece {
  text: string;
  start: number;
}

// A full stop ends a sentence before a capital or the end of the line; "..." inside does not.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}"“(])|\n+/u;

export function splitPieces(text: string, start: number, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const re = new RegExp(
    separator.source,
    separator.flags.includes('g') ? separator.flags : `${separator.flags}g`,
  );
  for (const m of text.matchAll(re)) {
    pieces.push({ text: text.slice(at, m.index), start: start + at });
    at = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(at), start: start + at });
  return pieces.filter((p) => p.text.trim().length > 0);
}

export const sentencesOf = (text: string, start = 0): Piece[] =>
  splitPieces(text, start, SENTENCE_END);
export const clausesOf = (text: string, start = 0): Piece[] => splitPieces(text, start, /;\s*/u);
