import dayjs from 'dayjs';
import { formatDateVi, weekLabel } from '../../contracts/weeks';
import type { Translate } from '../i18n/i18n';

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * dd/MM/yyyy, as tables and forms show dates (05/04/2026), in the server's own words
 * (domain/shared/dates.ts): a civil date as it is, an instant on its day in Vietnam whatever
 * the browser's zone; what is missing or unreadable stays empty.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (CIVIL_DATE.test(iso)) return formatDateVi(iso);
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? '' : formatDateVi(instant);
}

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('DD/MM/YYYY HH:mm') : '';

/**
 * When a record was entered on a later day than the day it is about (a past campaign entered
 * after the fact), the day it was entered, dd/MM/yyyy; otherwise null.
 */
export const enteredLater = (day: string, createdAt: string): string | null =>
  dayjs(createdAt).format('YYYY-MM-DD') > day.slice(0, 10) ? formatDate(createdAt) : null;

/** A date as the API takes it in query strings. */
export const toApiDate = (value: dayjs.Dayjs): string => value.format('YYYY-MM-DD');

/** An ISO week ("2022-W20") as officials write it: "Tuần 20 (16/05–22/05/2022)"; a month key too. */
export const formatWeek = (t: Translate, key: string): string =>
  weekLabel(key, { week: t('week.word'), month: t('week.month') });

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * A signing time as the signed PDF prints it: 09:15:30, 06/04/2022, in Vietnam's time (UTC+7, no
 * summer time) whatever the browser's zone, so the screen and the stamp say the same.
 */
export const formatSigningTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const vn = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${vn.slice(11, 19)}, ${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
};
