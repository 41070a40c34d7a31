import type { Found } from './header';
import { findDates, toIso } from './dates';

// The date of the vote is read only where a sentence ties a date to the vote itself; a date near
// the word "bầu cử" is far more often a meeting's or a contest's.

/** "15/3/2026", "23/5", "22 - 5" (after "ngày"), "15.3.2026", "ngày 15.3" (not "tăng 1.5 lần"), "30/4 năm 2021", "22 tháng 5 năm 2016". */
const DATE = String.raw`(\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?(?:\s+năm\s+\d{4})?|\d{1,2}\.\d{1,2}\.\d{4}|(?<=ngày\s)\d{1,2}\.\d{1,2}(?!\.?\d)|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?![\d/])`;
/** "Chủ nhật, ngày 23/5", "chủ nhật - ngày 23/5", "Chủ nhật (ngày 23/5)": the vote is on a Sunday. */
const WEEKDAY = String.raw`(?:(?:chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[,(–-]?\s*)?`;
/** "sáng ngày 16/3" after "ngày bầu cử" is the clock of some other task, unless "vào" ties it. */
/** "vào Chủ nhật, ngày 23/5" or "vào ngày chủ nhật 23/5/2021": the weekday on either side. */
const ON_DAY = String.raw`(?:${WEEKDAY}ngày\s+(?:chủ nhật\s*,?\s*)?)`;
const NOT_CLOCK = String.raw`(?<!(?<!vào)\s(?:sáng|chiều|tối|trưa),?\s*(?:ngày\s*)?)`;
const CLOCK = String.raw`(?:(?:sáng|chiều|tối|trưa)\s+)?`;
const HELD = String.raw`(?:sẽ\s+)?(?:được\s+)?(?:chính thức\s+)?(?:tổ chức|diễn ra|tiến hành)`;
/**
 * Words without digits or clause punctuation: what may stand between the vote and its date. A
 * term's years count as words ("bầu cử Tổ trưởng tổ dân phố nhiệm kỳ 2025 – 2027 vào ngày …"),
 * typos included ("nhiệm kì 2022027").
 */
const WORDS = (n: number): string =>
  String.raw`(?:(?:[^\S\n]|,)+(?:[^\s\d:(,.;]+|\d{4,8}(?:\s*[–-]\s*\d{4})?(?![\d/]))){0,${n}}?`;

/** Each pattern, and whether its subject is weak enough that another event may own the date. */
const SOURCES: Array<[string, boolean]> = [
  // "ngày bầu cử (ngày 05/6/2022)", "ngày bầu cử 15/3/2026", "ngày diễn ra bầu cử (22/5)",
  // "ngày hội bầu cử của toàn dân 15/3",
  // "ngày bầu cử Tổ trưởng tổ dân phố … diễn ra vào Chủ nhật, ngày 15/12/2024".
  [
    String.raw`ngày\s+(?:diễn ra\s+)?(?:hội\s+)?(?:cuộc\s+)?bầu cử${WORDS(12)}[^\S\n]*(?:\(|:|là|,)?[^\S\n]*(?:${HELD}\s+)?(?:vào\s+)?${WEEKDAY}(?:ngày\s+)?${NOT_CLOCK}${DATE}`,
    false,
  ],
  // "Ngày bầu cử đại biểu Quốc hội khóa XV và … nhiệm kỳ 2021-2026 sẽ diễn ra vào ngày 23-5-2021":
  // a long name, held on the date.
  [
    String.raw`ngày\s+(?:hội\s+)?(?:cuộc\s+)?bầu cử${WORDS(20)}[^\S\n]*,?[^\S\n]*${HELD}\s+(?:vào\s+)?${WEEKDAY}(?:ngày\s+)?${DATE}`,
    true,
  ],
  // "vận động toàn dân tham gia bầu cử vào ngày 23/5/2021": the voters' own act, dated.
  [String.raw`(?:tham gia|đi)\s+(?:bầu cử|bỏ phiếu)\s+vào\s+${WEEKDAY}(?:ngày\s+)?${DATE}`, false],
  // "đi bầu cử vào ngày 5/6", "bầu cử … sẽ được tổ chức vào Chủ nhật, ngày 23/5".
  [
    String.raw`(?:bầu cử|bỏ phiếu|đi bầu)${WORDS(8)}\s+(?:${HELD}(?:\s+[^\s,.;]+){0,2}?\s+)?vào\s+${ON_DAY}${DATE}`,
    true,
  ],
  // "ngày 22 - 5 (ngày diễn ra cuộc bầu cử)", "sáng 15-3-2026 (ngày bầu cử)".
  [
    String.raw`(?<!\p{L})(?:ngày|sáng|chiều|trưa|tối)\s+${DATE}\s*\(\s*(?:là\s+)?(?:ngày\s+)?(?:diễn ra\s+)?(?:cuộc\s+)?(?:bầu cử|bỏ phiếu)`,
    false,
  ],
  // "cuộc bầu cử bắt đầu từ 07 giờ ngày 23/5/2021": voting opens at 7 on the day.
  [
    String.raw`bầu cử\s+(?:sẽ\s+)?bắt đầu\s+(?:từ\s+|lúc\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s+sáng)?\s*,?\s*${WEEKDAY}ngày\s+${DATE}`,
    false,
  ],
  // "Để ngày 23/5/2021 thực sự là ngày hội lớn của toàn dân": the vote's customary epithet.
  [
    String.raw`(?<!\p{L})ngày\s+${DATE}\s+(?:thực sự\s+)?(?:sẽ\s+)?(?:trở thành|là)\s+ngày hội`,
    false,
  ],
  // "Ngày 5/6/2022 tới đây, sẽ diễn ra bầu cử …", "Ngày 23/5, cử tri cả nước đi bầu cử",
  // "Dự kiến ngày 08/09/2024 (chủ nhật) tổ chức bầu cử trưởng thôn", "Ngày 23-5, … cử tri sẽ
  // tham gia bỏ phiếu", "Ngày 15-3, cả nhà sẽ … đến điểm bầu cử",
  // "Ngày 15-3 tới đây, cử tri … sẽ bước vào ngày bầu cử",
  // "Sáng ngày 02/10/2022, cử tri … tham gia bầu cử Trưởng thôn", "… tổ chức Hội nghị bầu cử
  // trưởng thôn" (a village head is elected at such a meeting).
  [
    String.raw`(?:^|[.;]\s*|\n)\s*(?:dự kiến\s+)?(?:vào\s+)?${CLOCK}${WEEKDAY}ngày\s+${DATE}(?:[^.;\n]|\.(?=\d)){0,80}?(?:${HELD}\s+(?:cuộc\s+|hội nghị\s+)?bầu cử|(?:đi|tham gia)\s+(?:bầu cử|bỏ phiếu)|đi bỏ phiếu|đến\s+(?:điểm|khu vực)\s+(?:bầu cử|bỏ phiếu)|(?:là|bước vào)\s+ngày bầu cử)`,
    false,
  ],
  // "Cuộc bầu cử đại biểu Quốc hội khóa XVI …, nhiệm kỳ 2026 – 2031 sẽ được tổ chức vào ngày
  // 15/3/2026": the election's full name may be long; checked against other events below.
  [
    String.raw`cuộc bầu cử(?:[^.;!?\n]|\.(?=\d)){0,160}?\(?\s*${HELD}\s+vào\s+${ON_DAY}${DATE}`,
    true,
  ],
  // "cuộc bầu cử … nhiệm kỳ 2021 – 2026 vào chủ nhật - ngày 23 tháng 5 năm 2021": without a verb,
  // the written Sunday is what marks the vote.
  [
    String.raw`cuộc bầu cử(?:[^.;!?\n]|\.(?=\d)){0,160}?\s+vào\s+chủ nhật\s*[,(–-]?\s*ngày\s+${DATE}`,
    true,
  ],
  // "chào đón Ngày hội non sông 15/3/2026": the vote's epithet followed by its date.
  [
    String.raw`ngày hội (?:non sông|lớn của (?:toàn dân|dân tộc|đất nước|cả nước))\s*(?:\(|,|–|-)?\s*(?:là\s+)?(?:ngày\s+)?${DATE}`,
    false,
  ],
];
const PATTERNS = SOURCES.map(([source, weak]) => ({ re: new RegExp(source, 'giu'), weak }));

/** Events whose date a long sentence about the election may give instead of the vote's. */
const OTHER_EVENT =
  /hội nghị|cuộc thi|hội thi|chương trình|buổi|lễ\s|tập huấn|diễn đàn|cuộc họp|phiên họp|kỳ họp|hiệp thương/iu;

/** The date of the vote, only where the text states it; the year from context if unwritten. */
export function findElectionDate(raw: string, defaultYear: number | null): Found<string> | null {
  // A sentence a PDF broke across lines reads on: a break before a lower-case word is a space,
  // one character for one, so the spans still point into the text.
  const joined = raw.replace(/\n(?=\p{Ll})/gu, ' ');
  for (const { re, weak } of PATTERNS) {
    // Only a pattern that checks for other events reads across a joined line.
    const text = weak ? joined : raw;
    for (const m of text.matchAll(re)) {
      const phrase = m.at(-1);
      if (!phrase) continue;
      const at = m.index + m[0].lastIndexOf(phrase);
      if (weak && OTHER_EVENT.test(text.slice(sentenceStart(text, m.index), at))) continue;
      const iso =
        findDates(`ngày ${phrase.replace(/\./gu, '/')}`, defaultYear)[0]?.iso ??
        monthPhrase(phrase, defaultYear);
      if (iso?.length === 10) return { value: iso, span: { start: at, end: at + phrase.length } };
    }
  }
  return null;
}

function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
}

function monthPhrase(phrase: string, defaultYear: number | null): string | null {
  const m = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/u.exec(phrase);
  const year = m?.[3] ? Number(m[3]) : defaultYear;
  return m && year !== null ? toIso(year, Number(m[2]), Number(m[1])) : null;
}
