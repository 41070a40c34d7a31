// The items of a list a request announces ("đề nghị các cấp Hội thực hiện tốt một số nhiệm vụ
// sau:"), which are the tasks of the unit the request names.
import { numberingOf, ROMAN, stripNumbering, type Line } from './lines';
import { splitUnit, startsWithUnit } from './unit-lexicon';

const TOP_HEADING = new RegExp(`^${ROMAN}[./]\\s`, 'u');
const MAX_ITEMS = 12;

/**
 * The numbered or bulleted lines right after `at`, as tasks; none when no such line follows; null
 * when the items name units of their own ("- Ủy ban bầu cử ở tỉnh … hoàn thành …"), since then
 * the request only frames them.
 */
export function listItemsAfter(lines: Line[], at: number): Line[] | null {
  const items: Line[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.text.trim()) continue;
    const numbering = numberingOf(line.text);
    if (!numbering || TOP_HEADING.test(line.text) || items.length >= MAX_ITEMS) break;
    items.push(line);
  }
  const [first] = items;
  if (!first) return [];
  const text = stripNumbering(first.text);
  if (splitUnit(text) || (startsWithUnit(text) && /^\p{Lu}/u.test(text))) return null;
  return items;
}
