import type { Frame } from './frame';
import { findHeaderIssuer, type Found } from './header';

const BODY_WORDS =
  '(?:UBND|Ủy ban|Uỷ ban|Ban|Tiểu ban|Phòng|Trung tâm|Văn phòng|Đảng ủy|Đảng uỷ|Thành ủy|Huyện ủy|Tỉnh ủy|Hội đồng|Sở|Đoàn|Hội|Mặt trận|Tổ|Công an|Đài)';
// "UBND phường Cẩm Bình xây dựng Kế hoạch cụ thể như sau": the body that writes the document.
const INTRO = new RegExp(
  `(?:^|[.;,:]\\s+)(${BODY_WORDS}\\s[^.;:,]{2,80}?)\\s+(?:xây dựng|ban hành|triển khai|báo cáo|tổng kết|sơ kết)\\s+(?:Kế hoạch|kế hoạch|Báo cáo|báo cáo|kết quả|công tác|sơ kết|tổng kết)`,
  'u',
);

/** The issuing body: from the header, else from the sentence that introduces the document. */
export function findIssuer(frame: Frame): Found<string> | null {
  const fromHeader = findHeaderIssuer(frame);
  if (fromHeader) return fromHeader;
  const lines = frame.lines.slice(frame.bodyStart, Math.min(frame.bodyEnd, frame.bodyStart + 25));
  for (const line of lines) {
    const m = INTRO.exec(line.text);
    const body = m?.[1];
    if (!m || !body) continue;
    const at = m.index + m[0].indexOf(body);
    return {
      value: body.trim(),
      span: { start: line.start + at, end: line.start + at + body.length },
    };
  }
  return null;
}
