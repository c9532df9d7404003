/**
 * Parses a Brazilian request date `dd/mm/yyyy` into ISO `yyyy-mm-dd`, or undefined when it is not a real calendar date.
 * @example brDateToIso('29/02/2024') // '2024-02-29'
 */
export function brDateToIso(value: string): string | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  const iso = `${yyyy}-${mm}-${dd}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

/** True for `yyyy-mm-dd` strings that name a real calendar day. */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO `yyyy-mm-dd` → `dd/mm/yyyy`. */
export function isoToBrDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
