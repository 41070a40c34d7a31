import type { Span } from './extraction.schema';
import type { Frame } from './frame';
import type { Found } from './header';
import type { SectionInfo } from './sections';
import { sentencesOf } from './sentences';

const TYPES =
  '(?:[Kk]ế hoạch|[Cc]hỉ thị|[Nn]ghị quyết|[Hh]ướng dẫn|[Tt]hông báo|[Qq]uyết định|[Cc]ông văn|[Vv]ăn bản|[Nn]ghị định|[Tt]hông tư|[Kk]ết luận|[Cc]hương trình|[Cc]ông điện|[Tt]hông tri|[Ll]uật|[Đđ]ề án|[Pp]hương án|[Qq]uy định)';
const NUMBER = String.raw`\d+(?:\s*[-/]\s*[\p{Lu}\d][\p{L}\d]*)*`;
const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
// The issuer ends where the subject matter ("về …"), a second document ("và …") or punctuation begins.
const ISSUER = String.raw`[^,;.()"“:]{2,80}?(?=\s+(?:về|và|với|nhằm|để|trong|tại|theo|đã|cần|là|thực hiện|triển khai|quy định|hướng dẫn|xây dựng)\s|\s*[,;.()"“:]|\s*$)`;
const REF = new RegExp(
  `${TYPES}(?:\\s+liên tịch)?\\s+(?:số\\s+)?${NUMBER}(?:\\s+ngày\\s+(?:${DATE}))?(?:\\s+của\\s+${ISSUER})?`,
  'gu',
);
const TRIGGER =
  /(?:^|\s)(thực hiện|căn cứ|theo|bám sát|triển khai|trên cơ sở|quán triệt|cụ thể hóa)(?:\s|$)/iu;
const OWN_DOCUMENT = /(xây dựng|ban hành|đã ban hành|xây dựng và ban hành)\s*$/iu;

/** Documents cited as grounds ("Thực hiện …", "Căn cứ …", "Theo …", "bám sát …"), without "về việc …". */
export function findBases(
  frame: Frame,
  ownNumber: string | null,
  sections: Map<number, SectionInfo>,
): Array<Found<string>> {
  const found: Array<Found<string>> = [];
  const seen = new Set<string>();
  const add = (value: string, span: Span) => {
    const key = value.toLocaleLowerCase('vi').replace(/\s+/g, '');
    if (seen.has(key) || (ownNumber && key.includes(ownNumber.toLocaleLowerCase('vi')))) return;
    seen.add(key);
    found.push({ value, span });
  };
  for (const line of frame.lines.slice(frame.bodyStart, frame.bodyEnd)) {
    if (/^Nơi nhận/iu.test(line.text)) break;
    // Laws named under "Nội dung" are topics to explain, not grounds for the document.
    if (sections.get(line.index)?.aims) continue;
    for (const sentence of sentencesOf(line.text, line.start)) {
      const trigger = TRIGGER.exec(sentence.text);
      if (!trigger) continue;
      let any = false;
      for (const m of sentence.text.matchAll(REF)) {
        if (
          m.index < trigger.index ||
          OWN_DOCUMENT.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))
        )
          continue;
        any = true;
        const value = m[0].trim();
        add(value, {
          start: sentence.start + m.index,
          end: sentence.start + m.index + value.length,
        });
      }
      // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;" cites a law by name, not number.
      if (
        !any &&
        /^Căn cứ\s+(Luật|Bộ luật|Hiến pháp|Nghị quyết|Kế hoạch|Chỉ thị)(?!\s+này)/u.test(
          sentence.text,
        )
      ) {
        const value = sentence.text
          .replace(/^Căn cứ\s+/u, '')
          .replace(/\s+về việc.*$|\s+về\s.*$/u, '')
          .replace(/[;,.]\s*$/u, '');
        const at = sentence.text.indexOf(value);
        add(value, { start: sentence.start + at, end: sentence.start + at + value.length });
      }
    }
  }
  return found;
}
