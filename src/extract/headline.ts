import { isUpper, lower, type Line, wordCount } from './lines';
import { isStampLine } from './news-stamp';

// A web page puts its chrome (site name, section, breadcrumb, counters) above the headline,
// and the headline above the first paragraph. A page whose text starts with a paragraph
// (a lead "(GLO) - …", "Chiều 26/12, …") was cut below its headline: it has none, and the
// first sentence of the lead is not one.

const CHROME =
  /^(Trang chủ|Tin tức|Chi tiết tin|Chi tiết bài viết|Logo$|Đăng ký mua|Xem chi tiết|Tìm kiếm|Search|Select|Đăng nhập|Site|Web|Giới thiệu|Lượt xem|Số lượt xem|Lượt truy cập|Cổng thông tin|Trang thông tin|Bạn đang ở|Vị trí|Chuyên mục|Danh mục|Trang \d+(\s*\/\s*\d+)?\b|Xuất bản thông tin|Màu chữ|Cỡ chữ|Chào mừng bạn đến|Số người truy cập|Đang truy cập|Đang online|Khách viếng thăm|Tổng lượt truy cập)/iu;
/** A widget label repeated on one line ("số người truy cậpsố người truy cập…"). */
const REPEATED = /^(.{4,40}?)\1{2,}/u;
/** The site's clock: "Thứ 6, ngày 16 tháng 8, 2019, 8:36:21 Chiều", "Chủ nhật, 25/07/2021". */
const CLOCK_LINE =
  /^(Thứ\s+(\d|hai|ba|tư|năm|sáu|bảy)|Chủ nhật)\b.*(\d{1,2}\s*[/:.-]\s*\d|tháng\s+\d)/iu;
/** "07/04/2021 10:35": a full date and a clock time together. */
const TIMESTAMP =
  /\d{1,2}\/\d{1,2}\/\d{4},?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2},?\s+\d{1,2}\/\d{1,2}\/\d{4}/u;
/** A credit line under a photo: "(Nguồn: Báo Đồng Nai )", "(Ảnh: TTXVN)". */
const CREDIT = /^\(\s*(Nguồn|Ảnh)\s*:/iu;
/** "Trang chủ > Tin tức > Hoạt động": short segments joined by arrows or slashes. */
const BREADCRUMB = /\s[>»›/|]\s/u;
/** "Trang chủ » Tin Tức » Bầu cử …": a trail of three or more steps; a stamp with counters is none. */
const isBreadcrumb = (t: string): boolean =>
  t.split(BREADCRUMB).length >= 3 &&
  !/\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}:\d{2}/u.test(t) &&
  !isButtonRow(t);
/** "Bản in | Quay lại | A+ A A- | Đọc bài viết": an article's buttons, under its headline. */
const BUTTON =
  /^(?:Bản in|In bài|In|Print|Quay lại|Trở về|A\+?|A-|A\+ A A-|Đọc bài viết|Nghe đọc bài|Chia sẻ|Gửi email|Email|Lưu|Bình luận|Góp ý)$/iu;
const isButtonRow = (t: string): boolean =>
  t.split(BREADCRUMB).filter((part) => BUTTON.test(part.trim())).length >= 2;
/** Navigation that sits between the page's section header and the article. */
const BACK_LINK = /^\[?(Quay lại|Trở về|Trở lại|Về trang trước)\]?$/iu;
/**
 * A lead opens with the agency tag "(GLO)-", "(Haiphong.gov.vn) -", "(VTC News) -" or the day it
 * tells of.
 */
const LEAD =
  /^(\([^)\s]{2,30}\)\s*[-–:]?\s*|\([^()]{2,30}\)\s*[-–:]\s*|(Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(ngày\s+)?\d{1,2}[/-]\d{1,2}\b|(Theo đó|Trước đó|Tuy nhiên|Bên cạnh đó|Đồng thời|Ngoài ra),)/u;
/** A photo caption: "… huyện Tương Dương. Ảnh: Đình Tuân". */
const CAPTION = /(^|[\s.])Ảnh\s*:/u;
/** The name of the site's owner on its own line: "UỶ BAN BẦU CỬ THỊ TRẤN KIẾN XƯƠNG". */
const ORG_NAME =
  /^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|MẶT TRẬN|BAN)\b.*\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s+[\p{Lu}\d\s-]+$/u;
/**
 * The page's own title, a section and the site's owner: "Hoạt động hội - Huyện Thới Lai",
 * "Chi tiết bài viết - Xã Cửa Việt".
 */
const PAGE_TITLE =
  /^(?:\S+\s+){0,3}\S+\s+[-–|]\s+(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh|UBND|Cổng thông tin|Trang thông tin)\s+(?:\S+\s+){0,3}\S+\s*$/u;
/** The items of a news site's menu: "Video Báo Ảnh Báo in Podcast … Emagazine Infographic". */
const MENU_ITEM =
  /(?<![\p{L}])(?:Video|Podcast|Infographics?|E-?magazine|Multimedia|Longform|Báo in|Báo ảnh|Tiện ích|Liên hệ|Đặt báo|Quảng cáo|RSS)(?![\p{L}])/gu;
/** A site's contact strip: "HOTLINE: 0903.343.439 - ĐẶT MUA BÁO". */
const CONTACT = /hotline|đường dây nóng|(?<![\d.])\d{3,4}[.\s]\d{3}[.\s]\d{3,4}(?![\d.])/iu;
/** Scrapers sometimes prefix the first line with metadata ("date 2026-03-13", "null"). */
export const SCRAPE_PREFIX = /^\s*(date\s+\d{4}-\d{2}-\d{2}\s+|null\s+)/u;

type Role = 'chrome' | 'caption' | 'paragraph' | 'headline' | 'short';

/** What a line near the top of a web page is. */
export function roleOf(text: string, next: string): Role {
  const t = text.replace(SCRAPE_PREFIX, '').trim();
  const words = wordCount(t);
  if (words === 0) return 'chrome';
  if (CAPTION.test(t) || CREDIT.test(next.trim())) return 'caption';
  // An exporter's "date …" marker opens the text it kept: a long full sentence there is the lead.
  if (isParagraph(t, words) || (SCRAPE_PREFIX.test(text) && isSentence(t))) return 'paragraph';
  if (words < 6 || isChrome(t) || BACK_LINK.test(next.trim()))
    return words < 6 ? 'short' : 'chrome';
  // A headline opens with a capital: a long line starting in lower case was cut from a paragraph.
  if (/^\p{Ll}/u.test(t) && words > 8) return 'paragraph';
  return 'headline';
}

function isParagraph(t: string, words: number): boolean {
  if ((LEAD.test(t) && words > 8) || words > 60) return true;
  // Two sentences or more: a headline is at most one.
  return /[.!?…]\s+\p{Lu}/u.test(t) && words > 20;
}

function isChrome(t: string): boolean {
  if (t.endsWith(':') || CHROME.test(t) || REPEATED.test(t) || CONTACT.test(t)) return true;
  if (CLOCK_LINE.test(t) && wordCount(t) <= 12) return true;
  // A date with its clock time is a page's stamp or print header, never a headline.
  if (TIMESTAMP.test(t) && wordCount(t) <= 8) return true;
  if (/^\(?[\w.]+\.(gov|com|vn)/iu.test(lower(t))) return true;
  if (isUpper(t) && ORG_NAME.test(t) && wordCount(t) <= 12) return true;
  if (PAGE_TITLE.test(t)) return true;
  if ((t.match(MENU_ITEM) ?? []).length >= 2) return true;
  const parts = t.split(BREADCRUMB);
  return parts.length >= 3 || (parts.length === 2 && parts.every((p) => wordCount(p) <= 4));
}

/** Index of the headline among the first lines of a web page, or -1 when it has none. */
export function findHeadline(lines: Line[]): number {
  const texts = lines.map((l) => l.text);
  // The line right above the article's own stamp ("Ngày đăng bài: 04/07/2022") is its headline,
  // whatever menus and section names sit above it.
  const stamp = texts.slice(0, 40).findIndex(isStampLine);
  // The author's name may sit between them ("Tuấn Minh" over "03/03/2026 06:58 GMT+7").
  const above =
    stamp > 0 ? texts.slice(0, stamp).findLastIndex((t) => t.trim() !== '' && !isByline(t)) : -1;
  if (above >= 0 && roleOf(texts[above] ?? '', texts[stamp] ?? '') === 'headline') return above;
  let previous = -1;
  // Above a breadcrumb sit the site's banners and link lists; the article starts below it.
  const crumb = texts.slice(0, 40).findIndex(isBreadcrumb);
  for (let i = crumb + 1; i < Math.min(lines.length, 40); i++) {
    const next = texts.slice(i + 1).find((t) => t.trim()) ?? '';
    const role = roleOf(texts[i] ?? '', next);
    const shortAbove = previous === 0 && isShortHeadline(texts[0] ?? '', texts[i] ?? '');
    if (role === 'headline' && isBanner(texts[i] ?? '', next)) continue;
    // A site's slogan sits above its logo; a headline has none under it.
    if (role === 'headline' && /^Logo$/iu.test(next.trim())) continue;
    // A long sentence that opens the text is the lead of a page cut below its headline.
    if (role === 'headline' && isSentence(texts[i] ?? ''))
      return shortAbove ? 0 : previous < 0 ? -1 : i;
    if (role === 'headline') return i;
    if (role === 'paragraph') return shortAbove ? 0 : -1;
    if (texts[i]?.trim()) previous = i;
  }
  return -1;
}

/** A byline: two to four capitalised words and nothing else ("Tuấn Minh", "Nguyễn Văn An"). */
const isByline = (text: string): boolean =>
  /^\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}\s*$/u.test(text);

/**
 * "PHÚC ĐÁP ĐƠN THƯ, KIẾN NGHỊ" over a mixed-case headline: a section banner. Headlines set in
 * capitals run longer, and the line under them is no second headline.
 */
function isBanner(text: string, next: string): boolean {
  const t = text.trim();
  return isUpper(t) && wordCount(t) <= 8 && !isUpper(next) && roleOf(next, '') === 'headline';
}

/** One long sentence closed by a full stop: a lead, though a headline may end with a stop too. */
const isSentence = (text: string): boolean => /[^.]\.$/u.test(text.trim()) && wordCount(text) > 20;

/** Section names a page may print above an article whose headline was cut. */
const SECTION =
  /^(Tin hoạt động|Hoạt động|Thời sự|Tin tổng hợp|Tin địa phương|Tin trong nước|Sự kiện|Tin nổi bật|Tin mới|Tin tức sự kiện|Văn bản|Thông báo)$/iu;
/** Words too common to tie a headline to its lead. */
const COMMON = new Set(['các', 'của', 'và', 'về', 'với', 'cho', 'tin', 'trong', 'được', 'những']);

/**
 * "Tổng kết hội thi" over "Cuộc thi trực tuyến …": a few words that open the text right above
 * its first paragraph, and share a word with it, are the headline; section names and chrome have
 * a known form, digits, or nothing in common with the lead.
 */
function isShortHeadline(text: string, lead: string): boolean {
  const t = text.trim();
  if (wordCount(t) < 3 || !/^\p{Lu}/u.test(t) || isUpper(t) || SECTION.test(t)) return false;
  if (/[\d:|>»/]|\s[-–]\s/u.test(t) || isChrome(t)) return false;
  const leadWords = new Set(lower(lead).split(/[^\p{L}]+/u));
  return lower(t)
    .split(/[^\p{L}]+/u)
    .some((w) => w.length >= 3 && !COMMON.has(w) && leadWords.has(w));
}
