import type { Purpose, Recipient } from './extraction.schema';
import type { Found } from './header';
import { spanOf, wordCount, type Line } from './lines';

const PURPOSES: Array<[Purpose, RegExp]> = [
  ['b/c', /\b(?:để\s+)?(?:b\/c|báo cáo)\b/iu],
  ['t/h', /\b(?:để\s+)?(?:t\/h|thực hiện)\b/iu],
  ['p/h', /\b(?:để\s+)?(?:p\/h|phối hợp)\b/iu],
];
const PURPOSE_TAIL = /\s*(?:\(([^()]*)\)|\s(?:để\s+)?(b\/c|t\/h|p\/h))\s*[;,.]*\s*$/iu;

/**
 * Nơi nhận: one recipient per "- " line up to "Lưu"; lines of a side-by-side signature are
 * skipped. Without a Nơi nhận block, the "Kính gửi:" lines before the body name the recipients.
 */
export function findRecipients(closing: Line[], opening: Line[] = []): Array<Found<Recipient>> {
  const fromClosing = recipientsAfter(closing, NOI_NHAN);
  return fromClosing.length > 0 ? fromClosing : recipientsAfter(opening.slice(0, 80), KINH_GUI);
}

const NOI_NHAN = /^Nơi nhận\s*:?\s*/iu;
const KINH_GUI = /^Kính gửi\s*:?\s*/iu;

function recipientsAfter(lines: Line[], label: RegExp): Array<Found<Recipient>> {
  const start = lines.findIndex((l) => label.test(l.text));
  const first = lines[start];
  if (!first) return [];
  const out: Array<Found<Recipient>> = [];
  // "Nơi nhận: - A; - B;" on one line, as a flattened table may leave it; "Kính gửi: A".
  const inline = first.text.replace(label, '');
  let at = first.text.length - inline.length;
  if (inline.startsWith('-')) {
    for (const part of inline.split(/(?=\s-\s)/u)) {
      pushRecipient(out, part, first, at);
      at += part.length;
    }
  } else if (label === KINH_GUI && inline) pushRecipient(out, inline, first, at);
  const letter = label === KINH_GUI;
  let skipped = 0;
  for (const line of lines.slice(start + 1)) {
    if (/^[-+]?\s*Lưu\s*[:.]/iu.test(line.text)) break;
    if (/^[-+•]/u.test(line.text) || (!letter && isUnbulleted(line.text)))
      pushRecipient(out, line.text, line, 0);
    else if (line.text && (letter || ++skipped > 12)) break;
  }
  return out;
}

/** A Nơi nhận line some writers leave without a dash: short, closed by ";" or a purpose. */
const isUnbulleted = (text: string): boolean =>
  wordCount(text) <= 15 &&
  /^\p{Lu}/u.test(text) &&
  /(?:;|\((?:b\/c|t\/h|p\/h)\)[;,.]?)$/iu.test(text);

function pushRecipient(
  out: Array<Found<Recipient>>,
  raw: string,
  line: Line,
  offset: number,
): void {
  const text = raw.replace(/^\s*[-+•]\s*/u, '');
  if (!text || /^Lưu\s*[:.]/iu.test(text)) return;
  const tail = PURPOSE_TAIL.exec(text);
  const purposeText = tail ? (tail[1] ?? tail[2] ?? '') : '';
  const purpose = PURPOSES.find(([, re]) => re.test(purposeText))?.[0] ?? null;
  const name = (tail && (purpose || tail[2]) ? text.slice(0, tail.index) : text)
    .replace(/[\s;,.]+$/u, '')
    .trim();
  if (!name) return;
  const at = raw.indexOf(name);
  out.push({ value: { name, purpose }, span: spanOf(line, offset + Math.max(0, at), name.length) });
}
