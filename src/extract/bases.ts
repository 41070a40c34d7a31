import type { Frame } from './frame';
import type { Found } from './header';
import { NUMBERED_REF, namedRefAt, refNumber } from './base-refs';
import type { SectionInfo } from './sections';
import { type Piece, sentencesOf } from './sentences';

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
  for (const line of frame.lines.slice(frame.bodyStart, frame.bodyEnd)) {
    if (/^Nơi nhận/iu.test(line.text)) break;
    // Laws named under "Nội dung" are topics to explain, not grounds for the document.
    if (sections.get(line.index)?.aims) continue;
    for (const sentence of sentencesOf(line.text, line.start)) {
      for (const ref of refsIn(sentence)) add(ref.value, ref.at);
    }
  }
  return dropShortNumbers(found);
}

/** The citations of one sentence that follow a citing word. */
function refsIn(sentence: Piece): Array<{ value: string; at: number }> {
  const text = sentence.text;
  const trigger = TRIGGER.exec(text);
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
  for (const at of namingPositions(text)) {
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
