import dayjs from 'dayjs';

/** The Monday (YYYY-MM-DD) of the week `offset` weeks from the one containing `today`. */
export function mondayOf(today: string, offset = 0): string {
  const d = dayjs(today);
  const iso = (d.day() + 6) % 7; // 0 = Monday
  return d
    .subtract(iso, 'day')
    .add(offset * 7, 'day')
    .format('YYYY-MM-DD');
}

/** The seven days from a Monday. */
export const weekDays = (monday: string): string[] =>
  Array.from({ length: 7 }, (_, i) => dayjs(monday).add(i, 'day').format('YYYY-MM-DD'));
