import type { ElectionType, Span } from './extraction.schema';
import type { Found } from './header';

export { findElectionDate } from './election-date';

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
