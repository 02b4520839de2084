/** Deadlines as Excel holds them (serial days in its 1900 date system) and as people write them. */

/** An ISO calendar date, "2024-06-30". */
export type IsoDate = string;

const DAY_MS = 86_400_000;
/** Excel's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/**
 * Excel's 1900 date system counts a 29 February 1900 that never was, as Lotus 1-2-3 did: serial 1 is 1900-01-01,
 * 59 is 1900-02-28, 60 the phantom day, 61 is 1900-03-01; the last serial, 2958465, is 9999-12-31 (ECMA-376 Part 4,
 * "Date Representation"; Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year"). From serial 61
 * on, serials count days from 1899-12-30; below 60 they count from 1899-12-31.
 */
const PHANTOM_LEAP_DAY = 60;
const LAST_SERIAL = 2_958_465;

/** "2024-06-30" -> its Excel serial; null when it is no real date or one Excel cannot hold (before 1900). */
export function serialOfIso(iso: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Checked first: Date.UTC reads a year under 100 as 1900 and more.
  if (y < 1900) return null;
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  const sinceEpoch = time / DAY_MS + UNIX_EPOCH_SERIAL;
  return sinceEpoch <= PHANTOM_LEAP_DAY ? sinceEpoch - 1 : sinceEpoch;
}

/**
 * The day of an Excel serial (its time of day dropped) as an ISO date; null for a serial that names no real day:
 * before 1900-01-01 (Excel shows 0 as "1/0/1900"), past 9999-12-31, and the phantom 29 February 1900 (serial 60).
 * Giving 60 a neighbour's date instead would make two serials one day and break the round trip through ISO; an
 * IsoDate is a real day, so the phantom has none.
 */
export function isoOfSerial(serial: number): IsoDate | null {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= LAST_SERIAL) || day === PHANTOM_LEAP_DAY) return null;
  const sinceEpoch = day < PHANTOM_LEAP_DAY ? day + 1 : day;
  return new Date((sinceEpoch - UNIX_EPOCH_SERIAL) * DAY_MS).toISOString().slice(0, 10);
}

/** A serial as the sheets show a deadline (dd/mm/yyyy); the number itself when it names no real day. */
export function shownSerial(serial: number): string {
  const iso = isoOfSerial(serial);
  return iso === null ? String(serial) : dayMonthYear(iso);
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
