import { addDays } from '../domain/shared/calendar';

/** An all-day event of an outreach calendar (a broadcast day, the election day, a deadline). */
export interface IcsEvent {
  /** Stable across exports, so calendar apps update the event instead of adding a copy. */
  uid: string;
  title: string;
  /** YYYY-MM-DD, an all-day date. */
  date: string;
  description?: string;
  url?: string;
}

export interface IcsCalendar {
  name: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines are folded so that none exceeds 75 octets. */
const MAX_OCTETS = 75;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without cutting a UTF-8 character in two. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function icsDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** The day after, because DTEND of an all-day event is exclusive. */
const nextDay = (iso: string): string => icsDate(addDays(iso, 1));

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${nextDay(event.date)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value is not TEXT: commas and semicolons in it stay as they are.
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (RFC 5545) of all-day events. `now` sets DTSTAMP, for repeatable output.
 * Throws RangeError when an event's date is not YYYY-MM-DD.
 */
export function renderIcs(calendar: IcsCalendar, options: { now?: Date } = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Loa//Loa//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
