import type { Phase } from './extraction.schema';
import type { Found } from './header';
import { lower, type Line } from './lines';
import { findRange, firstDate } from './dates';

const PHASE =
  /(?<!\p{L})(đợt|giai đoạn)\s+(\d{1,2}|I{1,3}|IV|V|một|hai|ba|bốn|năm)(?![\p{L}\d])/giu;
const WORD_NUMBERS: Record<string, string> = { một: '1', hai: '2', ba: '3', bốn: '4', năm: '5' };

/** Named phases ("Đợt 1", "Giai đoạn 2"), each once, with dates where the same line gives them. */
export function findPhases(lines: Line[], defaultYear: number | null): Array<Found<Phase>> {
  const phases = new Map<string, Found<Phase>>();
  for (const line of lines) {
    for (const m of line.text.matchAll(PHASE)) {
      const [, kind = '', ordinal = ''] = m;
      // "năm" after "giai đoạn" is the word for five only when no year follows.
      if (lower(ordinal) === 'năm' && /^\s*\d{4}/.test(line.text.slice(m.index + m[0].length)))
        continue;
      const name = `${kind === lower(kind) ? capitalize(kind) : kind} ${WORD_NUMBERS[lower(ordinal)] ?? ordinal}`;
      const key = lower(name);
      const after = line.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const range = /^\s*[(:,-]?\s*(?:từ|\()/iu.test(after) ? findRange(after, defaultYear) : null;
      const existing = phases.get(key);
      if (existing && (existing.value.from || !range)) continue;
      phases.set(key, {
        value: { name, from: range?.from.iso ?? null, to: range?.to.iso ?? null },
        span: { start: line.start + m.index, end: line.start + m.index + m[0].length },
      });
    }
  }
  return [...phases.values()];
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const PERIOD_CUE = /thời gian|tuyên truyền|thời điểm|kéo dài/iu;

/** The outreach period: a "từ … đến …" range on a line about time, not inside a phase. */
export function findPeriod(
  lines: Line[],
  defaultYear: number | null,
): { from: Found<string> | null; to: Found<string> | null } {
  for (const line of lines) {
    if (!PERIOD_CUE.test(line.text) || /^(-\s*)?(đợt|giai đoạn)\s/iu.test(line.text)) continue;
    const range = findRange(line.text, defaultYear);
    if (range?.from.iso && range.to.iso) {
      return {
        from: {
          value: range.from.iso,
          span: { start: line.start + range.from.start, end: line.start + range.from.end },
        },
        to: {
          value: range.to.iso,
          span: { start: line.start + range.to.start, end: line.start + range.to.end },
        },
      };
    }
    // "Thời gian: đến trước ngày 10/5/2021" alone ends the period on that day (SCHEMA.md).
    if (!/^([\dIVX]+[.)]\s*)?Thời gian/iu.test(line.text)) continue;
    const until = /(?:đến|tới)\s+(?:hết\s+|trước\s+)?ngày\s+/iu.exec(line.text);
    const end = until ? firstDate(line.text.slice(until.index), defaultYear) : null;
    if (until && end?.iso) {
      const start = line.start + until.index + end.start;
      return {
        from: null,
        to: { value: end.iso, span: { start, end: start + end.end - end.start } },
      };
    }
  }
  return { from: null, to: null };
}
