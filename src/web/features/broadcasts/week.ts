import { addDays, weekStart } from '../../../contracts/weeks';

/** The Monday (YYYY-MM-DD) of the week `offset` weeks from the one containing `today`. */
export const mondayOf = (today: string, offset = 0): string =>
  addDays(weekStart(today), offset * 7);

/** The seven days from a Monday. */
export const weekDays = (monday: string): string[] =>
  Array.from({ length: 7 }, (_, i) => addDays(monday, i));
