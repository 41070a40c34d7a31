import type { Frame } from './frame';
import { findDateLine, type Found } from './header';
import type { Line } from './lines';
import { findDates, toIso } from './dates';
import { labelledStamp, readStamp, stampOn, type Stamp } from './news-stamp';

/** "date 2025-12-27 …": an ISO date after a label, as an exporter writes it. */
const ISO_LABELLED =
  /^(?:date|ngày đăng|ngày|published|Cập nhật)\s*:?\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/iu;

/**
 * An article's publication date (SCHEMA.md): a labelled stamp near the headline, a bare stamp or
 * byline just under it, or a stamp printed at the end of the headline; failing those, a stamp
 * with its time just above the headline. A bare date above the headline is the site's "today"
 * banner, and a lead "Ngày 26/3, …" an activity's date: neither.
 * A text with a state header but no stamp (a công văn) is dated by its date line.
 */
export function findNewsDate(frame: Frame): Found<string> | null {
  const title = frame.titleLines[0];
  const first = frame.lines.slice(0, 4);
  const near = title ? frame.lines.slice(Math.max(0, title.index - 6), title.index + 5) : [];
  const lines = [...new Set([...first, ...near])].sort((a, b) => a.index - b.index);
  // A stamp above the headline is read only when none is found at or under it.
  for (const fromAbove of [false, true])
    for (const line of lines) {
      const found = readLine(frame, line, title, fromAbove);
      if (found) return found;
    }
  // A letter or notice kept with its state header (a công văn on a legal database) is dated by
  // its own date line, which no page stamp replaces.
  return frame.official ? (findDateLine(frame)?.date ?? null) : null;
}

function readLine(
  frame: Frame,
  line: Line,
  title: Line | undefined,
  fromAbove: boolean,
): Found<string> | null {
  if (!fromAbove) {
    const iso = ISO_LABELLED.exec(line.text);
    const value = iso ? toIso(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
    if (iso && value) return at(line, iso[0].length - 10, 10, value);
  }
  if (!title) return null;
  const found = fromAbove ? above(line, title, frame) : stampNear(frame, line, title);
  if (!found) return null;
  const value = readStamp(found.stamp, leadDate(frame, line, found.stamp.year));
  return value
    ? at(line, found.offset + found.stamp.start, found.stamp.end - found.stamp.start, value)
    : null;
}

/** A line with a letter or digit: blank lines and a lone "." are no line of the page's text. */
const hasWords = (l: Line): boolean => /[\p{L}\d]/u.test(l.text);

function stampNear(frame: Frame, line: Line, title: Line): { stamp: Stamp; offset: number } | null {
  const labelled = labelledStamp(line.text);
  if (labelled) return labelled;
  if (line.index === title.index) {
    const stamp = stampOn(line.text, 'title');
    return stamp ? { stamp, offset: 0 } : null;
  }
  // Under the headline: within its next three lines of text (blank lines do not count).
  const under = frame.lines.slice(title.index + 1, line.index).filter(hasWords);
  if (line.index < title.index || under.length > 2) return null;
  const stamp = stampOn(line.text, 'line') ?? stampOn(line.text, 'byline');
  return stamp ? { stamp, offset: 0 } : null;
}

/**
 * With no stamp at or under the headline, a stamp with its clock time on the line just above it
 * ("12/04/2021 - 20:49", then the headline) is the article's. A bare date there, or one that
 * names the weekday ("Thứ Hai, 12/04/2021"), is the site's "today" banner.
 */
function above(line: Line, title: Line, frame: Frame): { stamp: Stamp; offset: number } | null {
  const previous = frame.lines.slice(0, title.index).findLast(hasWords);
  const stamp = line === previous ? stampOn(line.text, 'line') : null;
  // A site's "today" names the weekday; an article's stamp may too when it gives its time zone
  // ("Thứ Tư, 24/02/2021, 16:47 (GMT+7)").
  const zoned = /GMT\s*[+-]\s*\d/u.test(line.text);
  return stamp?.timed && (!stamp.weekday || zoned) ? { stamp, offset: 0 } : null;
}

/** The date the article reports, from the first lines after the stamp ("Ngày 10/3, …"). */
function leadDate(frame: Frame, stampLine: Line, year: number): string | null {
  const after = frame.lines.slice(stampLine.index + 1).filter((l) => l.text.trim());
  for (const line of after.slice(0, 3)) {
    const date = findDates(line.text.slice(0, 80), year).find((d) => d.iso?.length === 10);
    if (date?.iso) return date.iso;
  }
  return null;
}

const at = (line: Line, from: number, length: number, value: string): Found<string> => ({
  value,
  span: { start: line.start + from, end: line.start + from + length },
});
