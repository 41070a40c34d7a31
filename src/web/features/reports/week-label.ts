import { formatWeek } from '../../components/format';
import type { Translate } from '../../i18n/i18n';
import { weekRange } from './iso-week';

/** "Tuần 20 (16/05–22/05/2022)" for "2022-W20": the one formatter shared with the server. */
export const weekLabel = (t: Translate, key: string): string => formatWeek(t, key);

/** Every week key of a year, 52 or 53 of them. */
export function weeksOfYear(year: number): string[] {
  const keys: string[] = [];
  for (let n = 1; n <= 53; n++) {
    const key = `${year}-W${String(n).padStart(2, '0')}`;
    if (weekRange(key)) keys.push(key);
  }
  return keys;
}
