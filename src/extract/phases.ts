import type { Phase } from './extraction.schema';
import type { Found } from './header';
import { lower, type Line } from './lines';
import { findDates, findRanges, type DateMatch } from './dates';

/** "Đợt 1", "giai đoạn II", "đợt 01"; "năm" is five only when no year follows (checked below). */
export const PHASE =
  /(?<!\p{L})(đợt|giai đoạn)\s+(\d{1,2}|I{1,3}|IV|V|một|hai|ba|bốn|năm)(?![\p{L}\d])/giu;
/**
 * "Kỳ 3 cuộc thi …": a contest's rounds. Only at the start of a clause, so "nhiệm kỳ 2021",
 * "học kỳ 1" and "định kỳ" are not rounds.
 */
const ROUND = /(?<=^|[.,;:(–-]\s*)(kỳ)\s+(\d{1,2})(?![\p{L}\d/])/giu;
/** "đợt tuyên truyền cao điểm 15 ngày trước bầu cử": a peak phase named by its time. */
const PEAK = /(?<!\p{L})đợt(?:\s+\p{L}+){0,3}?\s+cao điểm(?:\s+[^\s,.;:()]+){0,8}/giu;
const PEAK_TIME = /\d/u;
/** "tập trung cao điểm từ tháng 4 năm 2021 đến ngày bầu cử 23/5/2021": a peak given by its dates. */
const DATED_PEAK = /(?<!\p{L})cao điểm(?=\s+(?:là\s+|vào\s+)?từ\s)/giu;
const WORD_NUMBERS: Record<string, string> = { một: '1', hai: '2', ba: '3', bốn: '4', năm: '5' };

/** Named phases ("Đợt 1", "Giai đoạn 2", "Kỳ 3"), each once, with the dates given after them. */
export function findPhases(
  lines: Line[],
  defaultYear: number | null,
  electionDate: string | null = null,
): Array<Found<Phase>> {
  const phases = new Map<string, Found<Phase>>();
  for (const line of lines) {
    const marks = phaseMarks(line.text);
    marks.forEach((mark, i) => {
      const next = marks[i + 1]?.start ?? line.text.length;
      const after = line.text.slice(mark.end, Math.min(next, mark.end + 120));
      const dates = mark.peak ? null : datesAfter(after, defaultYear, electionDate);
      const key = lower(mark.name);
      const existing = phases.get(key);
      if (existing && (existing.value.from || existing.value.to || !dates)) return;
      phases.set(key, {
        value: { name: mark.name, from: dates?.from ?? null, to: dates?.to ?? null },
        span: { start: line.start + mark.start, end: line.start + mark.end },
      });
    });
  }
  return [...phases.values()];
}

interface Mark {
  name: string;
  start: number;
  end: number;
  peak: boolean;
}

/** The phase names on one line, in order, named as the schema writes them ("đợt 01" → "Đợt 1"). */
export function phaseMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of [...text.matchAll(PHASE), ...text.matchAll(ROUND)]) {
    const [, kind = '', ordinal = ''] = m;
    const end = m.index + m[0].length;
    if (lower(ordinal) === 'năm' && /^\s*\d{4}/.test(text.slice(end))) continue;
    const number = WORD_NUMBERS[lower(ordinal)] ?? ordinal.replace(/^0+(?=\d)/, '');
    const name = `${kind === lower(kind) ? capitalize(kind) : kind} ${number}`;
    marks.push({ name, start: m.index, end, peak: false });
  }
  const peaks = [...text.matchAll(PEAK)];
  for (const m of peaks) {
    const name = m[0].trim();
    if (!PEAK_TIME.test(name.slice(name.indexOf('cao điểm')))) continue;
    marks.push({ name, start: m.index, end: m.index + name.length, peak: true });
  }
  // Both lists are in text order: one walk finds whether a dated peak lies inside a named one,
  // so a hostile line of thousands of each stays linear.
  let p = 0;
  for (const m of text.matchAll(DATED_PEAK)) {
    let peak = peaks[p];
    while (peak && peak.index + peak[0].length <= m.index) peak = peaks[++p];
    if (peak && peak.index <= m.index) continue;
    marks.push({ name: m[0], start: m.index, end: m.index + m[0].length, peak: false });
  }
  return marks.sort((a, b) => a.start - b.start);
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Where a phase's clause ends: the next clause of a list ("; đợt 2 …") or the sentence. */
const CLAUSE_END = /[;.](?!\d)|\s-\s(?=\p{Lu})/u;
const LEAD = /^\s*[(:,–-]?\s*/u;
const UNTIL = /(?:đến|tới|trước)\s+(?:hết\s+|trước\s+)?(?:ngày\s+)?$/iu;

/**
 * The dates right after a phase name: "từ 05/02 đến 16/4/2016", "(15/01 - 15/3/2021)",
 * "từ cuối năm 2025 đến 1/2/2026" (an end only), "trước tháng 03/2026", "tháng 4/2021".
 */
function datesAfter(
  after: string,
  defaultYear: number | null,
  electionDate: string | null,
): { from: string | null; to: string | null } | null {
  const stop = CLAUSE_END.exec(after);
  const clause = stop ? after.slice(0, stop.index) : after;
  const lead = LEAD.exec(clause)?.[0].length ?? 0;
  const range = findRanges(clause, defaultYear, electionDate).find((r) => r.from ?? r.to);
  if (range && (range.from?.start ?? 0) - lead < 12)
    return { from: range.from?.iso ?? null, to: range.to?.iso ?? null };
  const dates = findDates(clause, defaultYear).filter((d) => d.iso);
  const end = dates.find((d) => UNTIL.test(clause.slice(Math.max(0, d.start - 20), d.start)));
  if (end?.iso) return { from: null, to: end.iso };
  const first: DateMatch | undefined = dates[0];
  // "Đợt 2: tháng 4/2021": the phase is that month.
  if (first?.iso && first.day === null && first.start === lead)
    return { from: first.iso, to: first.iso };
  return null;
}
