// The frequency and deadline of an assignment, read from the words of its tasks.
import { firstDate } from './dates';
import { wordCount } from './lines';

export const FREQUENCY =
  /((?:tối thiểu|ít nhất|tối đa|không quá|trung bình|bình quân)\s+)?(\d{1,2})\s*(lần|buổi|tin|bài|tin,? bài|chương trình)\s*\/\s*(ngày|tuần|tháng|đợt|quý)|(?:(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:ngày|tuần|tháng))|theo tuần|theo tháng|mỗi (?:ngày|tuần|tháng)|\d{1,2} lần mỗi (?:ngày|tuần|tháng)/iu;
/** Weaker than a count: only when no count is stated ("thông báo thường xuyên trên loa"). */
const LOOSE_FREQUENCY = /(?:thực hiện |duy trì )?thường xuyên(?:,? liên tục)?/iu;
const DEADLINE =
  /(?:trước|chậm nhất(?: là)?|xong trước|hoàn thành trước|hạn chót|không muộn hơn)\s+(?:ngày\s+)?/iu;

export function frequencyOf(text: string): string | null {
  return FREQUENCY.exec(text)?.[0] ?? LOOSE_FREQUENCY.exec(text)?.[0] ?? null;
}

export function deadlineOf(text: string, defaultYear: number | null): string | null {
  const cue = DEADLINE.exec(text);
  if (!cue) return null;
  const after = text.slice(cue.index, cue.index + cue[0].length + 25);
  const iso = firstDate(after, defaultYear)?.iso ?? null;
  return iso && iso.length === 10 ? iso : null;
}

// What is left of a sentence once its schedule is taken out, when it says nothing else.
const SCHEDULE_WORDS =
  /(?<![\p{L}])(?:duy trì|thường xuyên|liên tục|với|tần suất|thực hiện|hoàn thành|thời gian|thời hạn|định kỳ|đảm bảo|bảo đảm|trước|chậm nhất|là|ngày|từ|đến|và|phát|tuyên truyền)(?![\p{L}])/giu;

/**
 * A sentence that only adds a frequency or a deadline to the one before it ("Duy trì thường
 * xuyên với tần suất tối thiểu 01 lần/tuần"): it sets the schedule, it is not a task.
 */
export function isScheduleOnly(sentence: string): boolean {
  const freq = FREQUENCY.exec(sentence);
  const deadline = DEADLINE.exec(sentence);
  if ((!freq && !deadline) || wordCount(sentence) > 16) return false;
  const rest = sentence
    .replace(FREQUENCY, ' ')
    .replace(/\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu, ' ')
    .replace(SCHEDULE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return wordCount(rest) <= 2;
}
