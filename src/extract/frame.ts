import { isUpper, type Line, wordCount } from './lines';
import { findHeadline, SCRAPE_PREFIX } from './headline';

/** Where the document is inside its text: its own header, its title, its body, the page chrome. */
export interface Frame {
  lines: Line[];
  /** Has the header of a state document (Số, date line, KẾ HOẠCH / BÁO CÁO, Quốc hiệu). */
  official: boolean;
  docType: 'plan' | 'report' | null;
  typeLine: Line | null;
  /** Lines before this are the document header (or a web page's top chrome). */
  bodyStart: number;
  /** Lines from this on are page chrome after the article. */
  bodyEnd: number;
  titleLines: Line[];
}

const TYPE_LINE = /^(KẾ HOẠCH|BÁO CÁO|HƯỚNG DẪN)(?:\s+(.*))?$/u;
/** A type line's word or a number's symbol; a guidance directs the outreach as a plan does. */
const DOC_TYPE: Record<string, 'plan' | 'report'> = {
  'KẾ HOẠCH': 'plan',
  'HƯỚNG DẪN': 'plan',
  'BÁO CÁO': 'report',
  KH: 'plan',
  HD: 'plan',
  BC: 'report',
};
const MOTTO = /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập - Tự do - Hạnh phúc$/u;
export const NUMBER_LINE = /^Số\s*[:.]?\s*\d/u;
export const DATE_LINE = /^(.{2,50}?),\s*ngày\s+(?:\d{1,2}|\.+|…+)\s+tháng/u;
const BODY_OPENERS =
  /^(Căn cứ|Thực hiện|Theo|Triển khai|Nhằm|Để|Trên cơ sở|Kính gửi|Phần|Ngày \d|I\.|1\.)/u;
/** Lines that start the chrome after an article: bylines, related links, site footers. */
const CHROME_AFTER =
  /^(Tác giả|Nguồn|\[?Trở về\]?|Quay lại|Các tin (mới hơn|cũ hơn|khác)|Tin (liên quan|khác|cùng chuyên mục|mới)|Bài viết liên quan|Xem thêm|Chia sẻ|Bình luận|Ý kiến bạn đọc|Đăng nhập|Thống kê truy cập|Lượt truy cập|Tổng số lượt truy cập|Liên hệ|Cơ quan (quản lý|chủ quản|thường trực)|Bản quyền|Copyright|©|Địa chỉ\s*:|Điện thoại|Email|Fax|Thời tiết|Loading|Người phát ngôn|Ghi rõ nguồn|Trưởng Ban biên tập|Chịu trách nhiệm|Giấy phép|Sơ đồ|Đang online|In bài|Gửi bài|Từ khóa|Tags?\s*:)/iu;

/** Finds the frame of a document in its normalized lines. */
export function findFrame(lines: Line[]): Frame {
  const head = lines.slice(0, 60);
  const typeLine = head.find((l) => TYPE_LINE.test(l.text)) ?? null;
  const hasMotto = head.some((l) => MOTTO.test(l.text));
  const numberLine = head.find((l) => NUMBER_LINE.test(l.text));
  const dateLine = head.find((l) => DATE_LINE.test(l.text));
  // A plan's or report's own symbol ("Số: 12/KH-UBND") marks the document even when the text
  // was cut off before its date line.
  const ownSymbol = numberLine !== undefined && /\/(KH|BC)\b/u.test(numberLine.text);
  const official =
    typeLine !== null ||
    hasMotto ||
    ownSymbol ||
    (numberLine !== undefined && dateLine !== undefined);
  if (official) return officialFrame(lines, typeLine, numberLine ?? null);
  return newsFrame(lines);
}

function officialFrame(lines: Line[], typeLine: Line | null, numberLine: Line | null): Frame {
  const typeWord = typeLine ? (TYPE_LINE.exec(typeLine.text)?.[1] ?? null) : null;
  // Without its type line, the number's symbol says what it is: "51/KH-UBND" for the state,
  // "169-HD/BTGTW" for the party.
  const symbol = numberLine?.text.match(/(?:\/|\d-)(KH|BC|HD)\b/u)?.[1] ?? null;
  const docType = (typeWord ? DOC_TYPE[typeWord] : symbol ? DOC_TYPE[symbol] : null) ?? null;
  const bodyStart = typeLine ? typeLine.index : 0;
  const titleLines = typeLine ? officialTitle(lines, typeLine) : subjectLine(lines);
  const closing = lines.findIndex(
    (l) => /^Nơi nhận\b/iu.test(l.text) || /^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u.test(l.text),
  );
  const chrome =
    closing < 0 ? -1 : lines.findIndex((l) => l.index > closing + 3 && CHROME_AFTER.test(l.text));
  return {
    lines,
    official: true,
    docType,
    typeLine,
    bodyStart,
    bodyEnd: chrome < 0 ? lines.length : chrome,
    titleLines,
  };
}

function officialTitle(lines: Line[], typeLine: Line): Line[] {
  const rest = TYPE_LINE.exec(typeLine.text)?.[2];
  const title: Line[] = [];
  if (rest)
    title.push({
      ...typeLine,
      text: rest,
      start: typeLine.start + typeLine.text.length - rest.length,
    });
  const window = lines.slice(typeLine.index + 1, typeLine.index + 8);
  for (const [i, line] of window.entries()) {
    const text = line.text;
    if (!text) {
      // A blank line ends the title, unless the title was broken mid-phrase around it.
      const last = title.at(-1);
      const next = window.slice(i + 1).find((l) => l.text);
      if (last && !(next && continuesTitle(last.text, next.text))) break;
      continue;
    }
    if (BODY_OPENERS.test(text) || wordCount(text) > 45 || /^[-+(]/.test(text)) break;
    // An upper-case title is followed by a mixed-case body paragraph: stop at the change.
    const first = title[0];
    if (first && isUpper(first.text) !== isUpper(text)) break;
    title.push(line);
  }
  return title;
}

/** "V/v tiếp tục triển khai …": the trích yếu of a letter, which has no type line to follow. */
const SUBJECT = /^V\/v\s+(?=\p{L})/iu;

function subjectLine(lines: Line[]): Line[] {
  const line = lines.slice(0, 20).find((l) => SUBJECT.test(l.text));
  const prefix = line ? (SUBJECT.exec(line.text)?.[0] ?? '') : '';
  if (!line || !prefix) return [];
  const subject = [
    { ...line, text: line.text.slice(prefix.length), start: line.start + prefix.length },
  ];
  // The subject block under "Số: …" runs on over a few short mixed-case lines, up to the motto.
  for (const next of lines.slice(line.index + 1, line.index + 4)) {
    const text = next.text.trim();
    if (!text || isUpper(text) || wordCount(text) > 15 || SUBJECT_ENDS.test(text)) break;
    subject.push(next);
  }
  return subject;
}

/** What follows a letter's subject block: the motto, the addressee, the date line. */
const SUBJECT_ENDS = /^(?:Cộng hòa|Cộng hoà|Độc lập|Kính gửi|[\p{L}.\s]{2,30},\s*ngày\s+\d)/iu;

/** Words a title line does not end on: "… khóa XIV và", "… công tác của". */
const DANGLING = /(?<![\p{L}])(?:và|của|về|cho|với|tại|trong|các|những|nhằm)\s*$/iu;

/**
 * Whether `next` goes on with a title a page broke at `last`: `last` ends on a word that needs
 * more ("… khóa XIV và" / "đại biểu HĐND các cấp …"), or `next` opens in lower case.
 */
const continuesTitle = (last: string, next: string): boolean =>
  wordCount(next) <= 25 &&
  !BODY_OPENERS.test(next) &&
  !/:\s*$/u.test(next) &&
  (DANGLING.test(last) || /^\p{Ll}/u.test(next.trim()));

function newsFrame(lines: Line[]): Frame {
  const titleIndex = findHeadline(lines);
  const bodyStart = titleIndex < 0 ? 0 : titleIndex;
  let bodyEnd = lines.length;
  // Chrome after the article ("Chia sẻ", "Tin liên quan") ends it once a paragraph has been read:
  // a share bar right under the headline sits above the article, not after it.
  const firstParagraph = lines.findIndex(
    (l) =>
      l.index > bodyStart &&
      (wordCount(l.text) >= 20 || (wordCount(l.text) >= 8 && /[.!?…]$/u.test(l.text.trim()))),
  );
  const marker = lines.findIndex(
    (l) =>
      l.index > bodyStart + 2 &&
      (firstParagraph < 0 || l.index > firstParagraph) &&
      CHROME_AFTER.test(l.text),
  );
  if (marker >= 0) bodyEnd = marker;
  // Short lines after the last paragraph are bylines and footer fragments.
  for (let i = bodyEnd - 1; i > bodyStart; i--) {
    const line = lines[i];
    if (line && wordCount(line.text) >= 10) {
      bodyEnd = i + 1;
      break;
    }
  }
  const title = lines[titleIndex];
  return {
    lines,
    official: false,
    docType: null,
    typeLine: null,
    bodyStart,
    bodyEnd,
    titleLines: title ? [withoutScrapePrefix(title)] : [],
  };
}

/** The headline without an exporter's "date 2026-03-02 " before it: that is the page's stamp. */
function withoutScrapePrefix(line: Line): Line {
  const prefix = SCRAPE_PREFIX.exec(line.text)?.[0] ?? '';
  return { ...line, text: line.text.slice(prefix.length), start: line.start + prefix.length };
}
