import type { Phase } from './extraction.schema';
import type { Found } from './header';
import type { Line } from './lines';
import { findDates, findRanges, type DateMatch, type DateRange } from './dates';
import { findElectionDate } from './election';
import { findPhases, phaseMarks } from './phases';
import { splitPieces, type Piece } from './sentences';

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
/** "Từ ngày 22/4/2021 đến nay, …": a report's work since that day. */
const TO_NOW = /^\s*(?:đến|tới)\s+nay(?![\p{L}])/iu;
/** "đến hết / đến trước ngày X" ends the period on X (SCHEMA.md). */
const UNTIL = /(?:đến|tới)\s+(?:hết|trước)\s+(?:ngày\s+)?/iu;
/**
 * "từ nay đến ngày bầu cử (23/5/2021)", "Từ nay cho đến ngày bầu cử 23/5": the outreach runs to
 * that day from now. (A body's work "từ nay đến D" has no deadline; the outreach's time ends there.)
 */
const SINCE_NOW =
  /từ nay\s+(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:diễn ra\s+)?(?:cuộc\s+)?(bầu cử)?\s*\(?\s*(?:ngày\s+)?/iu;
/** What a sentence with "từ nay đến" must be about for its end to be the outreach's. */
const SINCE_NOW_CUE = /tuy[êề]n truyền|thông tin|thời gian/iu;
/** A blank line, or a list mark the reader split from its text. */
const EMPTY = /^\s*[-+•]?\s*$/u;
/** A bullet that is only a span of time: "- Từ tháng 3 đến 30/4 năm 2021". */
const TIME_BULLET = /^(?:[-+•]\s*)?Từ\s/iu;

/**
 * The outreach period: a "từ … đến …" range on a line about time, read before the line's first
 * phase so a phase's dates are not taken for the whole; a run of time bullets spans them all;
 * an open end ("đến sau ngày bầu cử") is closed by the last phase listed with it.
 */
export function findPeriod(lines: Line[], defaultYear: number | null, known?: ReadAlready): Period {
  const electionDate = known
    ? known.electionDate
    : (findElectionDate(lines.map((l) => l.text).join('\n'), defaultYear)?.value ?? null);
  const found = periodCued(lines, defaultYear, electionDate, PERIOD_CUE, true);
  if (found.from || found.to) return found;
  const flag = periodCued(lines, defaultYear, electionDate, FLAG_CUE, false);
  if (flag.from || flag.to) return flag;
  return phasesSpan(known?.phases ?? findPhases(lines, defaultYear, electionDate));
}

/** What the caller has already read of the same lines, so that it is not read twice. */
export interface ReadAlready {
  electionDate: string | null;
  phases: Array<Found<Phase>>;
}

/**
 * Outreach in rounds ("Đợt 1, từ nay đến ngày 23/4/2021 … Đợt 3, từ ngày 23/5 đến ngày
 * 10/6/2021") with no time of its own runs from the first round's start to the last one's end.
 * A contest's rounds ("Kỳ 1") are the contest's, not the outreach's.
 */
function phasesSpan(phases: Array<Found<Phase>>): Period {
  const rounds = phases.filter((p) => /^(?:đợt|giai đoạn)\s/iu.test(p.value.name));
  const first = rounds[0];
  const last = rounds.at(-1);
  if (rounds.length < 2 || !first || !last || !last.value.to) return { from: null, to: null };
  return {
    from: first.value.from ? { value: first.value.from, span: first.span } : null,
    to: { value: last.value.to, span: last.span },
  };
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
      ? from !== null && !isAnniversary(from, to)
      : from !== null &&
        from.iso !== electionDate &&
        (START_CUE.test(head.slice(0, from.start)) || TO_NOW.test(head.slice(from.end))),
  );
  if (first) return toPeriod(first, line);
  return untilOnly(head, line, defaultYear) ?? sinceNow(head, line, defaultYear, electionDate);
}

/** The end of "từ nay đến …" in a sentence about the outreach, or the vote's day it names. */
function sinceNow(
  head: string,
  line: Line,
  defaultYear: number | null,
  electionDate: string | null,
): Period | null {
  for (const { text: sentence, start: offset } of sentencesIn(head)) {
    const m = SINCE_NOW.exec(sentence);
    if (!m || !SINCE_NOW_CUE.test(sentence)) continue;
    const rest = sentence.slice(m.index + m[0].length);
    const end = findDates(rest, defaultYear).find((d) => d.iso && d.start === 0);
    if (end) return { from: null, to: found(end, line, offset + m.index + m[0].length) };
    if (m[1] && electionDate) {
      const start = line.start + offset + m.index;
      return { from: null, to: { value: electionDate, span: { start, end: start + m[0].length } } };
    }
  }
  return null;
}

/**
 * "Thời gian: đến trước ngày 10/5/2021", "tổ chức tuyên truyền … đến trước ngày 22 - 5": the
 * period's end alone, from a sentence about the outreach itself.
 */
function untilOnly(head: string, line: Line, defaultYear: number | null): Period | null {
  const label = /^([\dIVX]+[.)]\s*)?Thời gian/iu.test(head);
  for (const { text: sentence, start } of sentencesIn(head)) {
    const until = UNTIL.exec(sentence);
    if (!until || !(label || /tuy[êề]n truyền/iu.test(sentence.slice(0, until.index)))) continue;
    const end = findDates(sentence.slice(until.index), defaultYear).find((d) => d.iso);
    if (end && end.start <= until[0].length)
      return { from: null, to: found(end, line, start + until.index) };
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

/** The sentences of a line, each with where it starts, as "; " also ends one here. */
const sentencesIn = (text: string): Piece[] => splitPieces(text, 0, /(?<=[.;!?])\s+/u);

/** "(6.1.1946-6.1.2026)": the years an anniversary counts, not a span of outreach. */
const isAnniversary = (from: DateMatch, to: DateMatch): boolean =>
  from.year !== null && to.year !== null && to.year - from.year > 2;

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
