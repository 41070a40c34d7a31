import { findDates } from './dates';
import { isUpper, lower, type Line, wordCount } from './lines';

// A web page puts its chrome (site name, section, breadcrumb, counters) above the headline,
// and the headline above the first paragraph. A page whose text starts with a paragraph
// (a lead "(GLO) - …", "Chiều 26/12, …") was cut below its headline: it has none, and the
// first sentence of the lead is not one.

const CHROME =
  /^(Trang chủ|Tin tức|Chi tiết tin|Xem chi tiết|Tìm kiếm|Search|Select|Đăng nhập|Site|Web|Giới thiệu|Lượt xem|Số lượt xem|Lượt truy cập|Cổng thông tin|Trang thông tin|Bạn đang ở|Vị trí|Chuyên mục|Danh mục|Trang \d+(\s*\/\s*\d+)?\b|Xuất bản thông tin|Màu chữ|Cỡ chữ)/iu;
/** "Trang chủ > Tin tức > Hoạt động": short segments joined by arrows or slashes. */
const BREADCRUMB = /\s[>»›/|]\s/u;
/** Navigation that sits between the page's section header and the article. */
const BACK_LINK = /^\[?(Quay lại|Trở về|Trở lại|Về trang trước)\]?$/iu;
/** A lead opens with the agency tag "(GLO)-", "(Haiphong.gov.vn) -" or the day it tells of. */
const LEAD =
  /^(\([^)\s]{2,30}\)\s*[-–:]?\s*|(Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(ngày\s+)?\d{1,2}[/-]\d{1,2}\b|(Theo đó|Trước đó|Tuy nhiên|Bên cạnh đó|Đồng thời|Ngoài ra),)/u;
/** A photo caption: "… huyện Tương Dương. Ảnh: Đình Tuân". */
const CAPTION = /(^|[\s.])Ảnh\s*:/u;
/** The name of the site's owner on its own line: "UỶ BAN BẦU CỬ THỊ TRẤN KIẾN XƯƠNG". */
const ORG_NAME =
  /^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|MẶT TRẬN|BAN)\b.*\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s+[\p{Lu}\d\s-]+$/u;
/** Scrapers sometimes prefix the first line with metadata ("date 2026-03-13", "null"). */
const SCRAPE_PREFIX = /^\s*(date\s+\d{4}-\d{2}-\d{2}\s+|null\s+)/u;

type Role = 'chrome' | 'caption' | 'paragraph' | 'headline' | 'short';

/** What a line near the top of a web page is. */
export function roleOf(text: string, next: string): Role {
  const t = text.replace(SCRAPE_PREFIX, '').trim();
  const words = wordCount(t);
  if (words === 0) return 'chrome';
  if (CAPTION.test(t)) return 'caption';
  if (isParagraph(t, words)) return 'paragraph';
  if (words < 6 || isChrome(t) || BACK_LINK.test(next.trim()))
    return words < 6 ? 'short' : 'chrome';
  return 'headline';
}

function isParagraph(t: string, words: number): boolean {
  if ((LEAD.test(t) && words > 8) || words > 60) return true;
  // Two sentences or more: a headline is at most one.
  return /[.!?…]\s+\p{Lu}/u.test(t) && words > 20;
}

function isChrome(t: string): boolean {
  if (t.endsWith(':') || CHROME.test(t)) return true;
  if (/^(Thứ|Chủ nhật)\b/iu.test(t) && findDates(t).length > 0) return true;
  if (/^\(?[\w.]+\.(gov|com|vn)/iu.test(lower(t))) return true;
  if (isUpper(t) && ORG_NAME.test(t) && wordCount(t) <= 12) return true;
  const parts = t.split(BREADCRUMB);
  return parts.length >= 3 || (parts.length === 2 && parts.every((p) => wordCount(p) <= 4));
}

/** Index of the headline among the first lines of a web page, or -1 when it has none. */
export function findHeadline(lines: Line[]): number {
  const texts = lines.map((l) => l.text);
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const next = texts.slice(i + 1).find((t) => t.trim()) ?? '';
    const role = roleOf(texts[i] ?? '', next);
    if (role === 'headline') return i;
    if (role === 'paragraph') return -1;
  }
  return -1;
}
