import type { Purpose, Recipient } from './extraction.schema';
import type { Found } from './header';
import { spanOf, type Line } from './lines';

const PURPOSES: Array<[Purpose, RegExp]> = [
  ['b/c', /\b(?:để\s+)?(?:b\/c|báo cáo)\b/iu],
  ['t/h', /\b(?:để\s+)?(?:t\/h|thực hiện)\b/iu],
  ['p/h', /\b(?:để\s+)?(?:p\/h|phối hợp)\b/iu],
];
const PURPOSE_TAIL = /\s*(?:\(([^()]*)\)|\s(?:để\s+)?(b\/c|t\/h|p\/h))\s*[;,.]*\s*$/iu;

/** Nơi nhận: one recipient per "- " line up to "Lưu"; lines of a side-by-side signature are skipped. */
export function findRecipients(lines: Line[]): Array<Found<Recipient>> {
  const start = lines.findIndex((l) => /^Nơi nhận\s*:?/iu.test(l.text));
  if (start < 0) return [];
  const out: Array<Found<Recipient>> = [];
  const first = lines[start];
  // "Nơi nhận: - A; - B;" on one line, as a flattened table may leave it.
  const inline = first?.text.replace(/^Nơi nhận\s*:?\s*/iu, '') ?? '';
  if (first && inline.startsWith('-')) {
    let at = first.text.indexOf(inline);
    for (const part of inline.split(/(?=\s-\s)/u)) {
      pushRecipient(out, part, first, at);
      at += part.length;
    }
  }
  let skipped = 0;
  for (const line of lines.slice(start + 1)) {
    if (/^[-+]?\s*Lưu\s*[:.]/iu.test(line.text)) break;
    if (/^[-+•]/u.test(line.text)) pushRecipient(out, line.text, line, 0);
    else if (line.text && ++skipped > 12) break;
  }
  return out;
}

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
