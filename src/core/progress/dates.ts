/** Deadlines as Excel holds them (serial days since 1899-12-30) and as people write them. */

/** An ISO calendar date, "2024-06-30". */
export type IsoDate = string;

const DAY_MS = 86_400_000;
/** Excel's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** "2024-06-30" -> its Excel serial; null when it is no real date. */
export function serialOfIso(iso: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return time / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** The day of an Excel serial (its time of day dropped) as an ISO date. */
export function isoOfSerial(serial: number): IsoDate {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS).toISOString().slice(0, 10);
}

/** "2024-06-30" -> "30/06/2024", as the sheets show deadlines. */
export function dayMonthYear(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The local calendar day of a moment, as ISO: "today" is the user's day, not UTC's. */
export function isoOfLocalDay(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
