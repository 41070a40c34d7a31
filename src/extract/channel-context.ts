import type { Channel, Span } from './extraction.schema';

// A channel word is a channel only when the outreach goes through it. The words around it
// tell the other uses apart: a newspaper named as a source or a partner, misinformation
// found online, a hall being decorated, a share button in the page chrome.

/** "trên Báo Hà Nam", "đăng tải trên Báo …": the newspaper carries the outreach. */
const PRESS_MEDIUM_BEFORE = /(?:^|\s)(trên|qua|đăng|đăng tải|phát hành)\s*$/iu;
/** "Báo Hà Nam: Đăng tải tin, bài", "Báo Bình Định … thực hiện 37 bài viết": it publishes. */
const PRESS_PUBLISHES =
  /(đăng|xuất bản|phát hành|chuyên mục|chuyên trang|đưa tin|tin, bài|tin bài|bài viết|phóng sự|tuyên truyền)/iu;
/** A newspaper credited as the source or employer: "Nguồn: Báo …", "Phóng viên Báo …". */
const PRESS_CREDIT_BEFORE = /(nguồn|phóng viên|pv|bản quyền thuộc|ảnh)\s*:?\s*$/iu;

/**
 * A channel's word inside the name of a centre: "Trung tâm Văn hóa, Thể thao và Truyền thanh
 * huyện", "Trung tâm Văn hóa, Truyền thanh-Truyền hình". The centre is the body doing the work;
 * its name says nothing of how. The channel's word is capitalised, as in a name, mid-sentence.
 */
const CENTRE_NAME_BEFORE = /Trung tâm(?:[\s,–-]+\p{L}+){0,8}[\s,–-]*$/u;

/**
 * The press as people at the table or the ones being trained: "đại diện lãnh đạo các cơ quan
 * báo chí", "phóng viên, biên tập viên các cơ quan báo chí", "tập huấn cho cơ quan báo chí". The
 * outreach does not go through them there; "phối hợp với các cơ quan báo chí tuyên truyền" and
 * "cung cấp tin, bài cho báo chí" do go through them.
 */
const PRESS_PARTY_BEFORE =
  /(?:(?:^|[\s,])(?:đại diện|phóng viên|biên tập viên|lãnh đạo|mời)(?:[\s,]+(?:lãnh đạo|đại diện|phóng viên|biên tập viên))*|tập huấn cho)\s+(?:các\s+)?$/iu;

/** "thông tin xấu, độc trên internet, mạng xã hội": where falsehoods spread, not outreach. */
const FALSEHOOD_BEFORE =
  /(thông tin|luận điệu|quan điểm|bài viết)[^.;]{0,40}(xấu|độc|sai|xuyên tạc|thù địch|tiêu cực|bịa đặt)[^.;]{0,30}(trên|qua)\s+[^.;]{0,25}$/iu;
const ONLINE: Channel[] = ['social_media', 'web_portal', 'press'];

/** Decorating the hall, the ballot box or a float is getting ready, not street display. */
const DECORATED_OBJECT = /^\s+(lại\s+)?(hội trường|phòng|ma\s?-?k[eé]t|hòm phiếu|xe)(?![\p{L}])/iu;

/** A share button: "Chia sẻ Facebook" alone on a short line. */
const SHARE_BUTTON = /^\s*(chia sẻ|share|theo dõi)\s*:?\s*(\S+\s*){0,3}$/iu;

/** Whether the channel word at `span` of `text` names outreach done through that channel. */
export function isOutreachUse(channel: Channel, text: string, span: Span): boolean {
  // Only the checks a channel has look at the words around it: a line naming thousands of
  // banners is read once, not once per banner.
  const capitalised = /^\p{Lu}/u.test(text.charAt(span.start));
  const online = ONLINE.includes(channel);
  if (capitalised || online) {
    const before = text.slice(Math.max(0, span.start - 120), span.start);
    if (online && FALSEHOOD_BEFORE.test(before)) return false;
    if (capitalised && CENTRE_NAME_BEFORE.test(before)) return false;
    if (channel === 'press') return pressUsed(text, span, before);
  }
  if (channel === 'visual' && /^trang trí$/iu.test(text.slice(span.start, span.end).trim()))
    return !DECORATED_OBJECT.test(text.slice(span.end, span.end + 40));
  if (channel === 'social_media') {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const newline = text.indexOf('\n', span.end);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - lineStart < 60 && SHARE_BUTTON.test(text.slice(lineStart, lineEnd))) return false;
  }
  return true;
}

/** The press counts unless it is credited or at the table; a newspaper by name when it publishes. */
function pressUsed(text: string, span: Span, before: string): boolean {
  if (PRESS_CREDIT_BEFORE.test(before)) return false;
  if (/^báo$/iu.test(text.slice(span.start, span.end).trim()))
    return pressOutletUsed(text, span, before);
  return !PRESS_PARTY_BEFORE.test(before);
}

/** A newspaper by name ("Báo Cần Thơ") counts when it carries or publishes the outreach. */
function pressOutletUsed(text: string, span: Span, before: string): boolean {
  if (PRESS_MEDIUM_BEFORE.test(before)) return true;
  const rest = text.slice(span.end, span.end + 100);
  const sentenceEnd = rest.search(/[.;!?\n]/u);
  return PRESS_PUBLISHES.test(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd));
}
