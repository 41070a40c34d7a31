import type { Signer } from './extraction.schema';
import type { Found } from './header';
import { isUpper, wordCount, type Line } from './lines';

const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T)\.?\s+\p{Lu}/u;
const TITLE =
  /^(PHÓ\s+)?(CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG TIỂU BAN|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|THỦ TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG THÔN|TRƯỞNG KHU PHỐ|CHỦ NHIỆM|TRƯỞNG ĐÀI|GIÁM ĐỐC TRUNG TÂM)/u;
const NOT_NAME = /^[-+(]|^(Lưu|Nơi nhận|Đã ký|Ký|\(|Số|Ngày)/iu;

/** The signature block: authority ("TM. ỦY BAN NHÂN DÂN"), title ("CHỦ TỊCH") and the signer's name. */
export function findSigner(lines: Line[]): Found<Signer> | null {
  let at = lines.findIndex((l) => AUTHORITY.test(l.text) && isUpper(l.text));
  let authority: string | null = null;
  if (at >= 0) authority = lines[at]?.text ?? null;
  else {
    at = lines.findLastIndex(
      (l) => TITLE.test(l.text) && isUpper(l.text) && wordCount(l.text) <= 8,
    );
    if (at < 0) return null;
    at -= 1;
  }
  let title: string | null = null;
  let name: string | null = null;
  let last = lines[Math.max(at, 0)];
  for (const line of lines.slice(at + 1, at + 25)) {
    const text = line.text.replace(/^\(?(đã ký|ký, đóng dấu|ký tên, đóng dấu)\)?$/iu, '');
    if (!text || NOT_NAME.test(text)) continue;
    if (title === null && isUpper(text)) {
      title = text;
      last = line;
      continue;
    }
    if (title !== null && isPersonName(text)) {
      name = text;
      last = line;
      break;
    }
  }
  if (!authority && !title) return null;
  const first = lines[Math.max(at, 0)];
  const span = first && last ? { start: first.start, end: last.start + last.text.length } : null;
  return { value: { authority, title, name }, span };
}

/** "Nguyễn Công Bằng": two to five capitalized words (or the same in upper case). */
export function isPersonName(text: string): boolean {
  if (isUpper(text) && (TITLE.test(text) || /\b(UBND|HĐND|BAN|TỊCH|TRƯỞNG)\b/u.test(text)))
    return false;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}]*$/u.test(w));
}

/** A legal database's card above the text: "Nơi ban hành: … Người ký: Chử Xuân Dũng". */
const SIGNED_BY =
  /(?:^|\s)Người ký\s*:?\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})(?=\s*$|\s+\p{Lu}\p{Ll}*\s*:|\s*[,;|])/u;

/**
 * The signer a page's card names, for a document cut off before its signature block: the name
 * only, as the card gives no authority or title.
 */
export function cardSigner(lines: Line[]): Found<Signer> | null {
  for (const line of lines.slice(0, 30)) {
    const m = SIGNED_BY.exec(line.text);
    const name = m?.[1];
    if (!m || !name || !isPersonName(name)) continue;
    const start = line.start + m.index + m[0].indexOf(name);
    return {
      value: { authority: null, title: null, name },
      span: { start, end: start + name.length },
    };
  }
  return null;
}
