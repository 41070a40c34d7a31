// Vietnam keeps UTC+7 all year (no daylight saving since 1975), so a fixed offset is exact and
// the stamp reads the same whatever time zone the server process runs in.
const OFFSET_MS = 7 * 60 * 60 * 1000;

const two = (n: number): string => String(n).padStart(2, '0');

/** The signing time as the stamp prints it, in Vietnam time. */
export interface VietnamTime {
  /** "hh:mm:ss, dd/MM/yyyy", e.g. "09:15:30, 06/04/2022". */
  display: string;
  /** ISO 8601 with the +07:00 offset, as Nghị định 30/2020 asks: "2022-04-06T09:15:30+07:00". */
  iso: string;
}

export function vietnamTime(instant: Date): VietnamTime {
  const local = new Date(instant.getTime() + OFFSET_MS);
  const date = [two(local.getUTCDate()), two(local.getUTCMonth() + 1), local.getUTCFullYear()];
  const clock = [two(local.getUTCHours()), two(local.getUTCMinutes()), two(local.getUTCSeconds())];
  const isoDate = `${local.getUTCFullYear()}-${date[1]}-${date[0]}`;
  return {
    display: `${clock.join(':')}, ${date.join('/')}`,
    iso: `${isoDate}T${clock.join(':')}+07:00`,
  };
}
