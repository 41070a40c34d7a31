import type { Phase } from './extraction.schema';
import type { Found } from './header';
import type { Line } from './lines';
import { findDates, findRanges, type DateMatch, type DateRange } from './dates';
import { findElectionDate } from './election';
import { findPhases, phaseMarks } from './phases';

export { findPhases } from './phases';

interface Period {
  from: Found<string> | null;
  to: Found<string> | null;
}

// "tuyền truyền" is a common typo; a range on a line about information work is its period.
const PERIOD_CUE = /thời gian|tuy[êề]n truyền|thông tin|thời điểm|kéo dài|cuộc thi|hội thi/iu;
/**
 * A notice to fly the flag ("treo cờ từ ngày 19/5 đến hết ngày 22/5/2016") gives its days, when
 * no line about the outreach's time gives a period: in a plan, the flag bullet is one part of it.
 */
const FLAG_CUE = /treo cờ/iu;
/** Lines that belong to one phase ("Đợt 2: …", "- Giai đoạn 1 …", "Kỳ 3 cuộc thi …"). */
const PHASE_LINE = /^(?:[-+•]\s*)?(?:đợt|giai đoạn|kỳ)\s/iu;
/** Cues strong enough that a start alone is the period's start ("bắt đầu từ tháng 10/2025"). */
const START_CUE = /bắt đầu(?:\s+\p{L}+)?\s+từ|^(?:[\dIVX]+[.)]\s*)?Thời gian/iu;
/** "đến hết / đến trước ngày X" ends the period on X (SCHEMA.md). */
const UNTIL = /(?:đến|tới)\s+(?:hết|trước)\s+(?:ngày\s+)?/iu;
/** A blank line, or a list mark the reader split from its text. */
const EMPTY = /^\s*[-+•]?\s*$/u;
/** A bullet that is only a span of time: "- Từ tháng 3 đến 30/4 năm 2021". */
const TIME_BULLET = /^(?:[-+•]\s*)?Từ\s/iu;

/**
 * The outreach period: a "từ … đến …" range on a line about time, read before the line's first
 * phase so a phase's dates are not taken for the whole; a run of time bullets spans them all;
 * an open end ("đến sau ngày bầu cử") is closed by the last phase listed with it.
 */
export function findPeriod(lines: Line[], defaultYear: number | null): Period {
  const text = lines.map((l) => l.text).join('\n');
  const electionDate = findElectionDate(text, defaultYear)?.value ?? null;
  const found = periodCued(lines, defaultYear, electionDate, PERIOD_CUE, true);
  return found.from || found.to
    ? found
    : periodCued(lines, defaultYear, electionDate, FLAG_CUE, false);
}

function periodCued(
  lines: Line[],
  defaultYear: number | null,
  electionDate: string | null,
  cue: RegExp,
  bullets: boolean,
): Period {
  for (const [i, line] of lines.entries()) {
    if (PHASE_LINE.test(line.text)) continue;
    const run =
      bullets && TIME_BULLET.test(line.text)
        ? bulletRun(lines, i, defaultYear, electionDate)
        : null;
    if (run) return run;
    if (!cue.test(line.text)) continue;
    const head = line.text.slice(0, phaseMarks(line.text)[0]?.start ?? line.text.length);
    const found = periodOn(head, line, defaultYear, electionDate);
    if (!found) continue;
    if (found.to) return found;
    // The period's end is left open: the phases listed on the same line close it.
    const phases = findPhases([line], defaultYear, electionDate).map((p) => p.value);
    return { from: found.from, to: phaseEnd(phases, line) };
  }
  return { from: null, to: null };
}

function periodOn(
  head: string,
  line: Line,
  defaultYear: number | null,
  electionDate: string | null,
): Period | null {
  // The first range stated wins: a later one is a peak inside it ("bắt đầu từ tháng 10/2025,
  // cao điểm từ tháng 01/2026 đến …"). A start on election day is the vote's, not the outreach's.
  const first = findRanges(head, defaultYear, electionDate).find(({ from, to }) =>
    to
      ? from !== null
      : from !== null && from.iso !== electionDate && START_CUE.test(head.slice(0, from.start)),
  );
  if (first) return toPeriod(first, line);
  return untilOnly(head, line, defaultYear);
}

/**
 * "Thời gian: đến trước ngày 10/5/2021", "tổ chức tuyên truyền … đến trước ngày 22 - 5": the
 * period's end alone, from a sentence about the outreach itself.
 */
function untilOnly(head: string, line: Line, defaultYear: number | null): Period | null {
  const label = /^([\dIVX]+[.)]\s*)?Thời gian/iu.test(head);
  let at = 0;
  for (const sentence of head.split(/(?<=[.;!?])\s+/u)) {
    const until = UNTIL.exec(sentence);
    const cue = until ? sentence.slice(0, until.index) : '';
    const offset = at + (until?.index ?? 0);
    at += sentence.length + 1;
    if (!until || !(label || /tuy[êề]n truyền/iu.test(cue))) continue;
    const end = findDates(sentence.slice(until.index), defaultYear).find((d) => d.iso);
    if (end && end.start <= until[0].length) return { from: null, to: found(end, line, offset) };
  }
  return null;
}

/** Consecutive "- Từ … đến …" bullets under a heading about outreach: the period spans them. */
function bulletRun(
  lines: Line[],
  at: number,
  defaultYear: number | null,
  electionDate: string | null,
): Period | null {
  const ranges: Array<{ range: DateRange; line: Line }> = [];
  let cued = false;
  for (const line of lines.slice(at)) {
    if (EMPTY.test(line.text)) continue;
    if (!TIME_BULLET.test(line.text)) break;
    const range = findRanges(line.text, defaultYear, electionDate)[0];
    if (!range?.from || !range.to || range.from.start > 12) break;
    ranges.push({ range, line });
    cued ||= PERIOD_CUE.test(line.text);
  }
  const heading = lines
    .slice(0, at)
    .reverse()
    .find((l) => !EMPTY.test(l.text));
  const first = ranges[0];
  const last = ranges.at(-1);
  if (!first?.range.from || !last?.range.to) return null;
  if (!cued && !(heading && PERIOD_CUE.test(heading.text))) return null;
  return { from: found(first.range.from, first.line), to: found(last.range.to, last.line) };
}

function toPeriod(range: DateRange, line: Line): Period {
  return {
    from: range.from ? found(range.from, line) : null,
    to: range.to ? found(range.to, line) : null,
  };
}

function phaseEnd(phases: Phase[], line: Line): Found<string> | null {
  const last = phases.at(-1)?.to;
  return phases.length > 1 && last
    ? { value: last, span: { start: line.start, end: line.start + line.text.length } }
    : null;
}

function found(date: DateMatch, line: Line, offset = 0): Found<string> | null {
  if (!date.iso) return null;
  const start = line.start + offset + date.start;
  return { value: date.iso, span: { start, end: start + date.end - date.start } };
}
