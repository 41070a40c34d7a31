import type { ElectionType, Span } from './extraction.schema';
import type { Found } from './header';
import { findDates, toIso } from './dates';

const NA_HDND =
  /đại biểu Quốc hội|ĐBQH|đại biểu Hội đồng nhân dân|đại biểu HĐND|HĐND các cấp|Hội đồng nhân dân các cấp/giu;
const VILLAGE_HEAD =
  /(?:bầu|bầu cử)\s+(?:các\s+chức danh\s+)?(?:trưởng\s+(?:thôn|khu phố|khu|bản|ấp|xóm|buôn|làng|tổ dân phố)|tổ trưởng\s+tổ dân phố)|trưởng thôn,?\s+(?:bản,?\s+)?(?:tổ trưởng|khu phố|tổ dân phố)/giu;
const TERM = /nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})/giu;

/** NA_HDND or VILLAGE_HEAD by which election the title, else the body, names more often. */
export function findElectionType(title: string, body: string): ElectionType | null {
  for (const text of [title, body]) {
    const na = (text.match(NA_HDND) ?? []).length;
    const village = (text.match(VILLAGE_HEAD) ?? []).length;
    if (na > 0 || village > 0) return village > na ? 'VILLAGE_HEAD' : 'NA_HDND';
  }
  return null;
}

/** Vietnam's first general election; a "term" before it is a misread, not a term. */
const FIRST_ELECTION_YEAR = 1946;

/**
 * "nhiệm kỳ 2022 - 2025" → "2022-2025", the years as written; typos like "2021-20126" and years
 * no term has had ("0001 - 0006", a damaged text layer) are skipped; the title wins.
 */
export function findTerm(text: string, titleEnd: number): Found<string> | null {
  const terms: Array<{ value: string; span: Span }> = [];
  for (const m of text.matchAll(TERM)) {
    const [from, to] = [m[1] ?? '', m[2] ?? ''];
    const span = Number(to) - Number(from);
    if (Number(from) < FIRST_ELECTION_YEAR || span < 2 || span > 5) continue;
    terms.push({ value: `${from}-${to}`, span: { start: m.index, end: m.index + m[0].length } });
  }
  const inTitle = terms.find((t) => t.span.start < titleEnd);
  if (inTitle) return inTitle;
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t.value, (counts.get(t.value) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (terms.find((t) => t.value === best[0]) ?? null) : null;
}

const DATE = String.raw`(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`;
// The date after the election is named: "ngày bầu cử (ngày 05/6/2022)", "đi bầu cử vào ngày 5/6".
const AFTER = new RegExp(
  String.raw`(?:ngày bầu cử(?:[\s,]+[^\s:(,.;]+){0,6}?\s*(?:\(|:|là|,)?\s*(?:chủ nhật,?\s*)?(?:ngày\s+)?|(?:bầu cử|bỏ phiếu|đi bầu)(?:\s+[^\s,.;]+){0,8}?\s+(?:sẽ\s+)?(?:được\s+)?(?:(?:tổ chức|diễn ra|tiến hành)(?:\s+[^\s,.;]+){0,2}?\s+)?vào\s+(?:chủ nhật,?\s*)?ngày\s+)${DATE}`,
  'giu',
);
// The date before: "Ngày 5/6/2022 tới đây, sẽ diễn ra bầu cử …", "Ngày 23/5, cử tri cả nước đi bầu cử".
const BEFORE = new RegExp(
  String.raw`(?:^|[.;]\s*|\n)(?:vào\s+)?(?:chủ nhật,?\s*)?ngày\s+${DATE}(?:[^.;\n]|\.(?=\d)){0,80}?(?:(?:sẽ\s+)?(?:diễn ra|tổ chức|tiến hành)\s+(?:cuộc\s+)?bầu cử|đi bầu cử|đi bỏ phiếu|là ngày bầu cử)`,
  'giu',
);

/** The date of the vote, only where the text states it. */
export function findElectionDate(text: string, defaultYear: number | null): Found<string> | null {
  for (const re of [AFTER, BEFORE]) {
    for (const m of text.matchAll(re)) {
      const phrase = m[1];
      if (!phrase) continue;
      const at = m.index + m[0].indexOf(phrase);
      const date = findDates(`ngày ${phrase}`, defaultYear)[0];
      const iso = date?.iso ?? monthPhrase(phrase, defaultYear);
      if (iso && iso.length === 10)
        return { value: iso, span: { start: at, end: at + phrase.length } };
    }
  }
  return null;
}

function monthPhrase(phrase: string, defaultYear: number | null): string | null {
  const m = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/u.exec(phrase);
  const year = m?.[3] ? Number(m[3]) : defaultYear;
  return m && year !== null ? toIso(year, Number(m[2]), Number(m[1])) : null;
}
