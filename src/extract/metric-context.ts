import type { CountedNoun } from './counted-nouns';

// The words around a count tell whether it is a result of the outreach: a target, a
// frequency, a label or a time of day looks like a count and is not one.

/**
 * A plan speaks of what will be done; a report of what was. The later marker wins. "chia sẽ" is
 * the common misspelling of "chia sẻ" (to share), not "will".
 */
const FUTURE =
  /(?:^|[\s,(])((?<!chia )sẽ|dự kiến|phấn đấu|chỉ tiêu|sắp|cần|phải|yêu cầu|đề nghị|định hướng)(?=[\s,:])/giu;
/** "theo kế hoạch, … 20 buổi" is planned; "Kế hoạch số 12" is only a citation. */
const PLAN_WORD = /(?:^|[\s,(])kế hoạch(?!\s+(?:số|\d))(?=[\s,:])/gu;
// "sẽ được tổ chức" is still future: "được" counts as past only on its own.
const PAST = /(?:^|[\s,(])(đã|(?<!(?:sẽ|kiến)\s)được|vừa|đến nay|tính đến|kết quả)(?=[\s,:])/giu;

/** A count that qualifies each unit, or a minimum: "mỗi xã 02 buổi", "tối thiểu 01 tin". */
const QUOTA_BEFORE = /(mỗi|tối thiểu|ít nhất|bình quân|trung bình)\s+(\S+\s+){0,2}$/iu;
/** A number that labels rather than counts: "Kỳ 3 cuộc thi", "tổ bầu cử số 1". */
const LABEL_BEFORE =
  /(?:^|\s)(kỳ|vòng|lần thứ|thứ|số|khóa|khoá|đợt|tổ|phường|quận|khu phố|giai đoạn|phần|điều|khoản|mục)\s*$/iu;
/** "2 buổi/ngày", "2 buổi trên ngày", "01 tin mỗi tuần" are frequencies. */
const PER_AFTER =
  /^\s*(\/|trên|mỗi|một|mỗi một)\s*(ngày|tuần|tháng|buổi|lần|đợt|xã|thôn|điểm|đơn vị)(?![\p{L}])/iu;
/** "thời lượng 90 phút" is the length of one programme unless it sums counted broadcasts. */
const LENGTH_BEFORE = /(thời lượng|kéo dài|dài)\s+(\S+\s+)?$/iu;
/** "Đến 11 giờ", "khung giờ 17 giờ" are a time of day, not a duration. */
const CLOCK_BEFORE = /(đến|lúc|từ|vào|trước|sau|khoảng|khung giờ)\s*$/iu;
/** "17 giờ buổi chiều", "5 giờ sáng": the hour of a day. */
const CLOCK_AFTER = /^\s*(?:buổi\s+)?(?:sáng|chiều|tối|trưa|đêm)(?![\p{L}])/iu;
/** "2 giờ trước" (a page's stamp), "5-6 giờ mới về": when, not how long was broadcast. */
const WHEN_AFTER = /^\s*(?:trước|sau|nữa|mới|thì|là)(?![\p{L}])/iu;
/** "6 giờ 30 phút": the minutes of a time of day. */
const HOUR_BEFORE = /\d\s*giờ\s*$/iu;
/** Head counts of the election itself, not of the outreach. */
const NOT_AUDIENCE_AFTER =
  /^\s*(quốc hội|hội đồng|hđnd|ứng cử|trúng cử|được bầu|đi bầu|đi bỏ phiếu|bỏ phiếu|cử tri|tự ứng cử|được giới thiệu)/iu;
/** "gần 200 người tham gia khai thác xa bờ": taking part in work, not in the outreach. */
const OTHER_WORK_AFTER =
  /^[^.;]{0,40}?(?:^|\s)tham gia (?:khai thác|đánh bắt|sản xuất|lao động|ứng cử|giữ gìn an ninh|bảo vệ)(?![\p{L}])/iu;
/** A page's own view counter: "1228 Lượt xem", "• Lượt xem: 3644 lượt xem". */
const VIEW_COUNTER_BEFORE = /^[\s•·*-]*(?:(?:lượt xem|số lượt xem|lượt đọc)\s*:?\s*)?$/iu;
/** A head count is a result when the people attended or were reached. */
const ATTENDED =
  /(tham gia|tham dự|dự thi|người dự|lượt người|thu hút|được tuyên truyền|được nghe|đến dự|có mặt|lắng nghe|theo dõi|tiếp cận)/iu;
/** "tuyên truyền về bầu cử cho 337 đại biểu": the people the outreach was given to. */
const REACHED_BEFORE =
  /(tuyên truyền|phổ biến|quán triệt|thông tin)[^.;]{0,60}\s(cho|tới)\s+(\S+\s+)?$/iu;
/** "tổ chức tập huấn công tác tuyên truyền bầu cử … cho gần 300 cán bộ": those trained. */
const TRAINED_BEFORE = /(tập huấn|bồi dưỡng)[^.;]{0,160}\s(cho|tới)\s+(\S+\s+)?$/iu;
/** "40 người … tham gia tuyên truyền bằng loa" did the outreach; they were not its audience. */
const STAFF_AFTER =
  /^[^.;]{0,80}(?:^|\s)tham gia (công tác |hoạt động )?(tuyên truyền|vận động|phục vụ)/iu;

export interface CountContext {
  /** Sentence text before the number. */
  before: string;
  /** Sentence text after the counted noun. */
  after: string;
  sentence: string;
}

/** Whether the count is a result of the outreach (not a target, label, frequency or turnout). */
export function isResultCount(noun: CountedNoun, ctx: CountContext): boolean {
  const { before, after } = ctx;
  if (QUOTA_BEFORE.test(before) || LABEL_BEFORE.test(before) || PER_AFTER.test(after)) return false;
  if (noun.noun === 'giờ' || noun.noun === 'phút') {
    if (
      CLOCK_BEFORE.test(before) ||
      HOUR_BEFORE.test(before) ||
      CLOCK_AFTER.test(after) ||
      WHEN_AFTER.test(after)
    )
      return false;
    if (LENGTH_BEFORE.test(before) && !/\d/u.test(before.replace(LENGTH_BEFORE, ''))) return false;
  }
  if (isPlanned(before) || plannedAfter(before, after)) return false;
  if (noun.noun === 'lượt xem' && VIEW_COUNTER_BEFORE.test(before) && !after.trim()) return false;
  if (!noun.people) return true;
  if (NOT_AUDIENCE_AFTER.test(after)) return false;
  if (REACHED_BEFORE.test(before) || TRAINED_BEFORE.test(before)) return true;
  if (noun.staff) return false;
  return ATTENDED.test(ctx.sentence) && !STAFF_AFTER.test(after) && !OTHER_WORK_AFTER.test(after);
}

/**
 * The count is the subject of work still to come: "168 xe hoa, xe loa … sẽ đồng loạt diễu hành",
 * with nothing before it saying the work was done.
 */
function plannedAfter(before: string, after: string): boolean {
  const next = /(?:^|[\s,(])(sẽ|đã|vừa|được)(?=[\s,:])/iu.exec(after.slice(0, 120));
  return next?.[1]?.toLocaleLowerCase('vi') === 'sẽ' && last(before, PAST) < 0;
}

const last = (text: string, re: RegExp): number =>
  Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));

/** The last future marker before the number comes after the last past one. */
export function isPlanned(before: string): boolean {
  const future = Math.max(last(before, FUTURE), last(before, PLAN_WORD));
  return future >= 0 && future > last(before, PAST);
}
