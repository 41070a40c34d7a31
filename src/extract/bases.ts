import type { Frame } from './frame';
import type { Found } from './header';
import { NUMBERED_REF, namedRefAt, refNumber } from './base-refs';
import type { SectionInfo } from './sections';
import { isUpper, type Line } from './lines';
import { clausesOf, type Piece, sentencesOf } from './sentences';

const TRIGGER =
  /(?:^|\s)(thực hiện|căn cứ|theo|bám sát|triển khai|trên cơ sở|quán triệt|cụ thể hóa)(?:\s|$)/iu;
/** Words after which a document is cited by name alone: "Thực hiện Chỉ thị của …". */
const NAMING_TRIGGER = /(?:^|\s)(thực hiện|căn cứ|theo|bám sát|trên cơ sở)\s+/giu;
const OWN_DOCUMENT = /(xây dựng|ban hành|đã ban hành|xây dựng và ban hành)\s*$/iu;
/** A numbered document named as where something is set out: "(quy định, hướng dẫn) tại …". */
const FOLLOWED_AT = /(?:^|\s)tại\s*$/iu;
/** "sửa đổi một số điều của Nghị quyết 277/…": the amended document is not itself a ground. */
const POSSESSED = /(của|sửa đổi|bổ sung|thay thế)\s*$/iu;

/** Documents cited as grounds ("Thực hiện …", "Căn cứ …", "Theo …", "bám sát …"), without "về việc …". */
export function findBases(
  frame: Frame,
  ownNumber: string | null,
  sections: Map<number, SectionInfo>,
): Array<Found<string>> {
  const found: Array<Found<string>> = [];
  const seen = new Set<string>();
  const add = (value: string, at: number) => {
    const key = value.toLocaleLowerCase('vi').replace(/\s+/g, '');
    if (seen.has(key) || (ownNumber && key.includes(ownNumber.toLocaleLowerCase('vi')))) return;
    seen.add(key);
    found.push({ value, span: { start: at, end: at + value.length } });
  };
  const body = frame.lines.slice(frame.bodyStart, frame.bodyEnd);
  const grounds = groundsBlock(body);
  for (const line of body) {
    if (/^Nơi nhận/iu.test(line.text)) break;
    if (grounds && line.index >= grounds.from && line.index < grounds.to) continue;
    // Laws named under "Nội dung" are topics to explain, not grounds for the document.
    if (sections.get(line.index)?.aims) continue;
    for (const sentence of sentencesOf(line.text, line.start)) {
      for (const ref of refsIn(sentence)) add(ref.value, ref.at);
    }
  }
  if (grounds)
    for (const item of clausesOf(grounds.text, grounds.start))
      for (const ref of refsIn(item, true)) add(ref.value, ref.at);
  return dropShortNumbers(found.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)));
}

/** "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ pháp lý:": a heading over the documents relied on. */
const GROUNDS_HEADING =
  /^(?:[IVX]+\s*[.:]|\d+\s*[.:)]|[a-zđ]\s*\))?\s*căn cứ(?:\s+(?:xây dựng|ban hành|pháp lý))?(?:\s+kế hoạch)?\s*:?\s*$/iu;
/** The heading's second line, where a PDF broke it: "KẾ HOẠCH". */
const HEADING_TAIL = /^(?:kế hoạch|ban hành|văn bản)\s*:?\s*$/iu;
/**
 * The next heading ends the block: "II. MỤC ĐÍCH …", "B. …", "2. Mục đích, yêu cầu", a line in
 * capitals of more than one word. Each test is linear: a hostile line of capitals must not stall.
 */
const NEXT_HEADING = /^(?:[IVX]+\s*[.:]\s|[A-Z]\s*[.:]\s|\d+\s*[.:)]\s*\p{Lu})/u;
const isHeadingInCapitals = (text: string): boolean =>
  isUpper(text) && /\p{Lu}{2}/u.test(text) && /\s/u.test(text);
/** A grounds block lists a few documents; a longer run is the body going on. */
const MAX_GROUNDS_LINES = 40;

/**
 * The lines under a grounds heading, as one text whose line breaks are spaces (one character
 * for one, so offsets still point into the document): a PDF breaks an item anywhere, and each
 * item, ended by ";", is a document relied on without a citing word of its own.
 */
function groundsBlock(
  lines: Line[],
): { from: number; to: number; start: number; text: string } | null {
  const at = lines.findIndex((l) => GROUNDS_HEADING.test(l.text.trim()));
  const heading = lines[at];
  if (!heading) return null;
  let first = at + 1;
  if (HEADING_TAIL.test(lines[first]?.text.trim() ?? '')) first += 1;
  const items: Line[] = [];
  for (const line of lines.slice(first, first + MAX_GROUNDS_LINES)) {
    const text = line.text.trim();
    if (!text) {
      if (items.length > 0) break;
      continue;
    }
    if (NEXT_HEADING.test(text) || isHeadingInCapitals(text)) break;
    items.push(line);
  }
  const last = items.at(-1);
  const start = items[0]?.start;
  if (!last || start === undefined) return null;
  return {
    from: items[0]?.index ?? 0,
    to: last.index + 1,
    start,
    text: items.map((l) => l.text).join(' '),
  };
}

/** The citations of one sentence that follow a citing word (every one, under a grounds heading). */
function refsIn(sentence: Piece, grounds = false): Array<{ value: string; at: number }> {
  const text = sentence.text;
  // An item under a grounds heading is cited from its first word.
  const trigger = grounds ? { index: 0 } : TRIGGER.exec(text);
  const refs: Array<{ value: string; at: number }> = [];
  const numberedAt = new Set<number>();
  for (const m of text.matchAll(NUMBERED_REF)) {
    numberedAt.add(m.index);
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    // "… các nội dung khẩu hiệu tại Hướng dẫn số 88/HD-TTVBPL": the document to follow.
    const followed = FOLLOWED_AT.test(lead);
    if (!followed && (!trigger || m.index < trigger.index)) continue;
    if (OWN_DOCUMENT.test(lead) || POSSESSED.test(lead)) continue;
    refs.push({ value: m[0].trim(), at: sentence.start + m.index });
  }
  if (!trigger) return refs;
  for (const at of grounds ? [0] : namingPositions(text)) {
    if (numberedAt.has(at)) continue;
    const value = namedRefAt(text.slice(at, at + NAMED_REF_READ));
    if (value) refs.push({ value, at: sentence.start + at });
  }
  return refs.sort((a, b) => a.at - b.at);
}

/** How far past a citing word a named document is looked for: its name, number, date and issuer. */
const NAMED_REF_READ = 400;

/** Where a document cited by name may begin: after a citing word, and after each ";" that follows. */
function namingPositions(text: string): number[] {
  const positions = new Set<number>();
  let first = -1;
  for (const m of text.matchAll(NAMING_TRIGGER)) {
    const start = m.index + m[0].length;
    positions.add(start);
    if (first < 0) first = start;
  }
  // Every ";" after the first citing word follows some citing word: one pass, not one per word.
  if (first >= 0)
    for (const s of text.slice(first).matchAll(/;\s*/gu))
      positions.add(first + s.index + s[0].length);
  return [...positions].sort((a, b) => a - b);
}

/**
 * One entry per document: "Nghị quyết 172" beside "Nghị quyết 172/2021/NQ-HĐND" is the same one
 * cut short, and a number cited twice is the first citation.
 */
function dropShortNumbers(found: Array<Found<string>>): Array<Found<string>> {
  const numbers = found.map((f) => refNumber(f.value));
  return found.filter((_, i) => {
    const n = numbers[i];
    if (!n) return true;
    if (/[/-]/u.test(n) && numbers.indexOf(n) < i) return false;
    return !numbers.some((o) => o && o !== n && o.startsWith(`${n}/`));
  });
}
