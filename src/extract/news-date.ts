import type { Frame } from './frame';
import type { Found } from './header';
import { findDates } from './dates';

const LABEL =
  /^(Thời gian|Ngày đăng|Đăng ngày|Ngày cập nhật|Cập nhật|Ngày xuất bản|Xuất bản|Ngày|Đăng lúc)\s*:?\s*/iu;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?`;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
// A line that is only a date and maybe a time: how sites print when an article was published.
const DATE_ONLY = new RegExp(
  String.raw`^(?:(?:Thứ\s+\S+|Chủ nhật),?\s*)?(?:${TIME}\s*[,|-]?\s*)?(?:ngày\s+)?(${DATE})(?:\s*[,|-]?\s*${TIME})?(?:\s*\(GMT[^)]*\))?$`,
  'iu',
);

/**
 * An article's publication date: a labelled date near the headline, or a bare date line just
 * under it. A bare date above the headline is the site's "today" banner, not the article's.
 */
export function findNewsDate(frame: Frame): Found<string> | null {
  const title = frame.titleLines[0];
  if (!title) return null;
  const near = frame.lines.slice(Math.max(0, title.index - 6), title.index + 5);
  for (const line of near) {
    const labelled = LABEL.exec(line.text);
    const below = line.index > title.index && line.index <= title.index + 3;
    const rest = labelled ? line.text.slice(labelled[0].length) : line.text;
    if (!labelled && !below) continue;
    if (!DATE_ONLY.test(rest)) continue;
    const date = findDates(rest)[0];
    if (!date?.iso || date.iso.length !== 10) continue;
    const at = line.text.length - rest.length + date.start;
    return {
      value: date.iso,
      span: { start: line.start + at, end: line.start + at + date.end - date.start },
    };
  }
  return null;
}
