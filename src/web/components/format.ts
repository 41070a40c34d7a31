import dayjs from 'dayjs';

/** Civil dates as Vietnamese documents write them: 05/04/2026. */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('DD/MM/YYYY') : '';

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('DD/MM/YYYY HH:mm') : '';

/** A date as the API takes it in query strings. */
export const toApiDate = (value: dayjs.Dayjs): string => value.format('YYYY-MM-DD');
