/** Civil dates in Asia/Ho_Chi_Minh, where every due date and report week of Loa lives. */
export const LOA_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: LOA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date (YYYY-MM-DD) of an instant in Vietnam. */
export function civilDate(instant: Date): string {
  return dayFormat.format(instant);
}

/** Formats a civil date or instant as dd/MM/yyyy, the form Vietnamese users read. */
export function formatDateVi(value: Date | string): string {
  const iso = typeof value === 'string' ? value.slice(0, 10) : civilDate(value);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The short form documents cite dates in: day padded, month not ("05/4/2022"). */
export function documentDateVi(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${Number(m)}/${y}`;
}
