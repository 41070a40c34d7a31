// Civil dates and ISO weeks as the server counts them, and how a week is written on screen and
// in documents: one copy (domain/shared), read by the web app through here.
import { addDays, weekStart } from '../domain/shared/calendar';

export {
  addDays,
  daysBetween,
  isoWeekday,
  shiftWeek,
  weekday,
  weekKey,
  weekRange,
  weeksBetween,
  weekStart,
} from '../domain/shared/calendar';
import { civilDate, formatDateVi } from '../domain/shared/dates';

export { civilDate, formatDateVi };
export { weekLabel } from '../domain/shared/week-label';

/**
 * Today as a civil date in Vietnam, whatever the browser's zone: the server judges dates ("not in
 * the future", report weeks) in Asia/Ho_Chi_Minh, so the forms must default to the same day.
 */
export const today = (now = new Date()): string => civilDate(now);

/** The dashboards' period when the address names none: the last 12 weeks, this one included. */
export const lastTwelveWeeks = (day = today()): { from: string; to: string } => ({
  from: addDays(weekStart(day), -7 * 11),
  to: day,
});
