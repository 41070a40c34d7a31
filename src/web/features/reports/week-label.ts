import { weekRange } from '../../../contracts/weeks';

/** Every week key of a year, 52 or 53 of them. */
export function weeksOfYear(year: number): string[] {
  const keys: string[] = [];
  for (let n = 1; n <= 53; n++) {
    const key = `${year}-W${String(n).padStart(2, '0')}`;
    if (weekRange(key)) keys.push(key);
  }
  return keys;
}
