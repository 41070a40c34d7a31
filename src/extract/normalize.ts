// One plain-text form for every reader's output, so the rules see one shape: NFC, plain spaces,
// "-" for every dash, one line per paragraph or table cell, and header lines that copy-paste
// merged split apart again.

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
const BULLETS = /^[•●▪◦○■□►▶❖✓\uf0b7\uf0a7\uf076\uf0d8]\s*/;

// Fixed lines of the state header that a flattened table glues to their neighbours.
const NATIONAL_MOTTO =
  /(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc)/g;
const NUMBER_THEN_DATE = /^(Số\s*:\s*\S+)\s+(\p{Lu}[\p{L} .]{1,40},\s*ngày\s+\d)/u;

/** Normalizes reader output; offsets in the result are what `sources` spans point into. */
export function normalizeText(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(/\*\*|__/g, '');
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    for (const cell of splitCells(rawLine)) lines.push(...splitHeader(cleanLine(cell)));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Table cells become lines: tabs, markdown pipes, or wide gaps between columns. */
function splitCells(line: string): string[] {
  const trimmed = line.trim();
  if (/^\|.*\|$/.test(trimmed)) return trimmed.slice(1, -1).split('|');
  return line.split(/\t+|(?<=\S) {4,}(?=\S)/);
}

function cleanLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(BULLETS, '- ')
    .replace(/^\s*-\s*-+\s*/, '- ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitHeader(line: string): string[] {
  if (!line) return [line];
  const parts = line
    .replace(NATIONAL_MOTTO, '\n$1\n')
    .replace(NUMBER_THEN_DATE, '$1\n$2')
    .split('\n')
    .map((s) => s.trim());
  const kept = parts.filter(Boolean);
  return kept.length > 0 ? kept : [''];
}
