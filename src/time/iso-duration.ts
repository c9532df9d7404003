/** An ISO 8601 duration, read: calendar parts (years, months, days) apply in UTC; the rest is milliseconds. */
export type IsoDuration = { sign: 1 | -1; years: number; months: number; days: number; ms: number };

const PATTERN = /^([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * Reads `PT15M`, `P30D`, `P1Y2M3DT4H5M6.5S`, `P2W`, `-PT1H`; answers why not when it is not one.
 * @example parseIsoDuration('PT15M') // { ok: true, duration: { sign: 1, years: 0, months: 0, days: 0, ms: 900000 } }
 */
export function parseIsoDuration(text: string): { ok: true; duration: IsoDuration } | { ok: false; reason: string } {
  const match = PATTERN.exec(text.trim());
  if (!match || /^[+-]?PT?$/.test(text.trim()) || text.trim().endsWith('T')) {
    return { ok: false, reason: `"${text}" is not an ISO 8601 duration such as PT15M, P30D or P1DT2H` };
  }
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  const n = (value: string | undefined) => (value === undefined ? 0 : Number(value.replace(',', '.')));
  const ms = Math.round(((n(hours) * 60 + n(minutes)) * 60 + n(seconds)) * 1000);
  return { ok: true, duration: { sign: sign === '-' ? -1 : 1, years: n(years), months: n(months), days: n(weeks) * 7 + n(days), ms } };
}

/** `at` moved by `duration` (calendar parts first, in UTC: one month after 31 January is 3 March, as `Date` counts). */
export function addDuration(at: Date, duration: IsoDuration): Date {
  const moved = new Date(at.getTime());
  const { sign } = duration;
  moved.setUTCFullYear(moved.getUTCFullYear() + sign * duration.years, moved.getUTCMonth() + sign * duration.months, moved.getUTCDate() + sign * duration.days);
  return new Date(moved.getTime() + sign * duration.ms);
}
