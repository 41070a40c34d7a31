import type { Frame } from './frame';
import { readableBody, type Found } from './header';
import { isUpper, type Line } from './lines';

const BODY_WORDS =
  '(?:UBND|Ủy ban|Uỷ ban|Ban|Tiểu ban|Phòng|Trung tâm|Văn phòng|Đảng ủy|Đảng uỷ|Thành ủy|Huyện ủy|Tỉnh ủy|Hội đồng|Sở|Đoàn|Hội|Mặt trận|Tổ|Công an|Đài)';
// "UBND phường Cẩm Bình xây dựng Kế hoạch cụ thể như sau": the body that writes the document.
const INTRO = new RegExp(
  `(?:^|[.;,:]\\s+)(${BODY_WORDS}\\s[^.;:,]{2,80}?)\\s+(?:xây dựng|ban hành|triển khai|báo cáo|tổng kết|sơ kết)\\s+(?:Kế hoạch|kế hoạch|Báo cáo|báo cáo|kết quả|công tác|sơ kết|tổng kết)`,
  'u',
);

/** Upper-case header lines that open the name of a body (state, party, mass organisation). */
const BODY_START =
  /^(ỦY BAN|UỶ BAN|UBND|UBMTTQ|BAN |TIỂU BAN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ|PHÒNG|TRUNG TÂM|VĂN PHÒNG|HỘI ĐỒNG|SỞ |BỘ |ĐOÀN|HỘI |MẶT TRẬN|BCĐ|TỔ |CÔNG AN|ĐÀI |BÁO |TRƯỜNG|BỘ CHỈ HUY|BAN CHỈ HUY)/u;
/** The rest of a name broken over two lines: a place, or the tail of a long name. */
const CONTINUATION =
  /^(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|ĐẶC KHU|THÔN|ẤP|BẢN|KHU PHỐ|VÀ)\s(?!Ủ|UỶ)/u;
/** A party committee above a Ban names it: "TỈNH ỦY X / BAN TUYÊN GIÁO" is the Ban of that committee. */
const PARTY_COMMITTEE = /^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) (ỦY|UỶ)\b/u;
/** The Quốc hiệu or the Số line: a state document's own header, not a web page's chrome. */
const STATE_HEADER = /^(?:CỘNG H[OÒ]A XÃ HỘI|Số\s*[:.]?\s*\d)|CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA/u;
/** "UBND xã phối hợp với UBMTTQ xã thống nhất xây dựng …": the issuer is the first body. */
const PARTNER = /\s+(?:phối hợp|cùng với|thống nhất)(?:\s.*)?$/u;
const NOT_HEADER = /CỘNG H[OÒ]A|ĐỘC LẬP|^KẾ HOẠCH|^BÁO CÁO|^SỐ\b/u;

/** The issuing body: from the header, else from the sentence that introduces the document. */
export function findIssuer(frame: Frame): Found<string> | null {
  // A page without a state header has only site chrome above the text, and a header without
  // the Quốc hiệu or Số line may be that chrome too: the introducing sentence is surer there.
  if (!frame.official) return introIssuer(frame);
  if (!hasStateHeader(frame)) return introIssuer(frame) ?? headerIssuer(frame);
  return headerIssuer(frame) ?? introIssuer(frame);
}

function hasStateHeader(frame: Frame): boolean {
  const head = frame.lines.slice(0, frame.typeLine ? frame.bodyStart : 20);
  return head.some((l) => STATE_HEADER.test(l.text));
}

/** The body named by "X xây dựng kế hoạch …", without the partner it works with. */
function introIssuer(frame: Frame): Found<string> | null {
  const lines = frame.lines.slice(frame.bodyStart, Math.min(frame.bodyEnd, frame.bodyStart + 25));
  for (const line of lines) {
    const m = INTRO.exec(line.text);
    const body = m?.[1]?.replace(PARTNER, '');
    if (!m || !body) continue;
    const at = m.index + m[0].indexOf(body);
    return {
      value: shortForm(body.trim()),
      span: { start: line.start + at, end: line.start + at + body.length },
    };
  }
  return null;
}

/**
 * The header's left column names the parent body above and the issuing body below it; the
 * lower one issues the document, unless the lower line only completes the upper one's name.
 */
export function headerIssuer(frame: Frame): Found<string> | null {
  const head = frame.lines.slice(0, frame.typeLine ? frame.bodyStart : Math.min(20, frame.bodyEnd));
  const upper = head.filter(
    (l) => isUpper(l.text) && !NOT_HEADER.test(l.text) && l.text.length < 90,
  );
  let own: Line[] = [];
  let parent: Line | null = null;
  for (const line of upper) {
    if (BODY_START.test(line.text) && !CONTINUATION.test(line.text)) {
      parent = own[0] ?? parent;
      own = [line];
    } else if (CONTINUATION.test(line.text) && own.length === 1) own.push(line);
  }
  const [first] = own;
  const last = own.at(-1);
  if (!first || !last) return null;
  let value = readableBody(own.map((l) => l.text).join(' '));
  // "Ban Tuyên giáo" alone does not say whose; its committee is part of its name.
  // The Central Committee's Bans are "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương".
  if (parent && /^BAN /u.test(first.text)) {
    if (PARTY_COMMITTEE.test(parent.text)) value = `${value} ${partyName(parent.text)}`;
    else if (/^BAN CHẤP HÀNH TRUNG ƯƠNG/u.test(parent.text)) value = `${value} Trung ương`;
  }
  return {
    value: shortForm(value),
    span: { start: first.start, end: last.start + last.text.length },
  };
}

/** "TỈNH ỦY QUẢNG NAM" → "Tỉnh ủy Quảng Nam". */
function partyName(upper: string): string {
  const words = readableBody(upper).split(' ');
  return words
    .map((w, i) =>
      i === 1 ? w.toLocaleLowerCase('vi') : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1),
    )
    .join(' ');
}

/** Officials write the people's committee as "UBND" (SCHEMA.md: issuer in the short form). */
export const shortForm = (name: string): string =>
  name.replace(/^(?:Ủy|Uỷ) ban nhân dân(?=\s)/iu, 'UBND');
