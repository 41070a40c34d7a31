import type { Channel, Extraction, Sources, Span } from './extraction.schema';
import { findAssignments } from './assignments';
import { findBases } from './bases';
import { findChannelHits } from './channels';
import { findElectionDate, findElectionType, findTerm } from './election';
import { findFrame, type Frame } from './frame';
import { findDateLine, findNumber, type Found } from './header';
import { findIssuer } from './issuer';
import { findKind } from './kind';
import { toLines, type Line } from './lines';
import { findMetrics } from './metrics';
import { findNewsDate } from './news-date';
import { findPeriod, findPhases } from './period';
import { findRecipients } from './recipients';
import { sectionsOf } from './sections';
import { cardSigner, findSigner } from './signer';

export interface FieldsResult {
  extraction: Extraction;
  sources: Sources;
  /** The lists cut at MAX_LISTED entries (`bases`, `metrics`…). */
  cut: string[];
}

/**
 * Entries one list keeps. A real plan or report names tens, and saving figures takes at most 500
 * at once; a file repeating one count a hundred thousand times would otherwise hand the server a
 * hundred thousand drafts to build and send.
 */
export const MAX_LISTED = 500;

/** Runs every rule over normalized text; each value keeps the span it was read from. */
export function extractFields(file: string, text: string): FieldsResult {
  const lines = toLines(text);
  const frame = findFrame(lines);
  const kind = findKind(frame);
  const official = kind !== 'news';
  const sources: Sources = {};
  const cut: string[] = [];
  const list = <T>(path: string, found: Array<Found<T>>): T[] => {
    if (found.length > MAX_LISTED) cut.push(path);
    return found.slice(0, MAX_LISTED).map((f, i) => {
      if (f.span) sources[`${path}.${i}`] = f.span;
      return f.value;
    });
  };
  const take = <T>(path: string, found: Found<T> | null | undefined): T | null => {
    if (!found) return null;
    if (found.span) sources[path] = found.span;
    return found.value;
  };

  const number = official ? take('number', findNumber(frame)) : null;
  const dateLine = official ? findDateLine(frame) : null;
  const issuedDate = official
    ? take('issued_date', dateLine?.date)
    : take('issued_date', findNewsDate(frame));
  const place = take('place', dateLine?.place);
  const issuer = official ? take('issuer', findIssuer(frame)) : null;
  const title = take('title', titleOf(frame));

  const closingAt = closingIndex(frame);
  const body = lines.slice(frame.bodyStart, closingAt);
  const bodyText = body.map((l) => l.text).join('\n');
  const bodyOffset = body[0]?.start ?? 0;
  const titleEnd =
    (frame.titleLines.at(-1)?.start ?? 0) + (frame.titleLines.at(-1)?.text.length ?? 0);
  const term = findTerm(text.slice(0, lines[closingAt]?.start ?? text.length), titleEnd);
  const defaultYear =
    yearOf(issuedDate) ?? (term ? Number(term.value.slice(0, 4)) : null) ?? firstYear(bodyText);
  const electionDate = findElectionDate(bodyText, defaultYear);
  if (electionDate?.span) electionDate.span = shift(electionDate.span, bodyOffset);

  const sections = sectionsOf(lines, frame.bodyStart, closingAt);
  const phases = findPhases(body, defaultYear, electionDate?.value ?? null);
  const period = findPeriod(body, defaultYear, {
    electionDate: electionDate?.value ?? null,
    phases,
  });
  const recipients = official
    ? findRecipients(lines.slice(closingAt, frame.bodyEnd), lines.slice(frame.bodyStart, closingAt))
    : [];
  const signer = official
    ? (findSigner(lines.slice(closingAt, frame.bodyEnd)) ?? cardSigner(lines))
    : null;
  const extraction: Extraction = {
    file,
    kind,
    number,
    issued_date: issuedDate,
    place,
    issuer,
    title,
    election: {
      type: findElectionType(title ?? '', bodyText),
      term: take('election.term', term),
      election_date: take('election.election_date', electionDate),
    },
    bases: list('bases', findBases(frame, number, sections)),
    period: { from: take('period.from', period.from), to: take('period.to', period.to) },
    phases: list('phases', phases),
    channels: channelsOf(body, sections, sources),
    assignments: list('assignments', findAssignments(body, sections, defaultYear, kind === 'plan')),
    recipients: list('recipients', recipients),
    signer: take('signer', signer),
    metrics:
      kind === 'plan'
        ? []
        : list('metrics', findMetrics(body.filter((l) => !frame.titleLines.includes(l)))),
  };
  return { extraction, sources, cut };
}

function titleOf(frame: Frame): Found<string> | null {
  const [first] = frame.titleLines;
  const last = frame.titleLines.at(-1);
  if (!first || !last) return null;
  const value = frame.titleLines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { value, span: { start: first.start, end: last.start + last.text.length } };
}

/** The line where the closing blocks (Nơi nhận, signature) begin, or the end of the body. */
function closingIndex(frame: Frame): number {
  const at = frame.lines.findIndex(
    (l) =>
      l.index >= frame.bodyStart &&
      (/^Nơi nhận\b/iu.test(l.text) || /^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u.test(l.text)),
  );
  return at >= 0 && at < frame.bodyEnd ? at : frame.bodyEnd;
}

function channelsOf(
  body: Line[],
  sections: ReturnType<typeof sectionsOf>,
  sources: Sources,
): Channel[] {
  const channels: Channel[] = [];
  for (const line of body) {
    if (sections.get(line.index)?.aims) continue;
    for (const hit of findChannelHits(line.text, line.start)) {
      if (channels.includes(hit.channel)) continue;
      sources[`channels.${channels.length}`] = hit.span;
      channels.push(hit.channel);
    }
  }
  return channels;
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });
const yearOf = (iso: string | null): number | null => (iso ? Number(iso.slice(0, 4)) : null);
const firstYear = (text: string): number | null => {
  const m = /\d{1,2}\/\d{1,2}\/(\d{4})|năm (\d{4})/u.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
};
