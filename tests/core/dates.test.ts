/**
 * Excel serials and calendar days both ways, at the edges of Excel's 1900 date system: serial 1 is 1 January 1900,
 * 59 is 28 February, 60 the 29 February 1900 that Excel counts and the calendar has not, 61 is 1 March. Figures by
 * hand: 1 January 2024 is 1 + 45290 days after 1 January 1900 (124 years of 365 days and the 30 leap days 1904 to
 * 2020) + 1 for the phantom day = 45292; 30 June 2024 is 181 days later (31 + 29 + 31 + 30 + 31 + 29), 45473.
 */
import { isoOfSerial, serialOfIso, shownSerial } from "../../src/core/progress/dates";

const LAST = 2_958_465; // 31 December 9999, Excel's last day

describe("Excel serials and ISO days", () => {
  it("names the days around the phantom 29 February 1900, and none for it", () => {
    expect([1, 59, 60, 61, 45_473, 45_473.75].map(isoOfSerial)).toEqual([
      "1900-01-01",
      "1900-02-28",
      null,
      "1900-03-01",
      "2024-06-30",
      "2024-06-30",
    ]);
  });

  it("gives the serials of those days, and none for a 29 February 1900", () => {
    expect(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2024-06-30"].map(serialOfIso)).toEqual([
      1,
      59,
      null,
      61,
      45_473,
    ]);
  });

  it("gives no serial for a month or a day the calendar has not", () => {
    // Date.UTC carries each over: "2023-13-05" would be 5 January 2024, "2024-00-10" 10 December 2023 (the day kept,
    // only the month tells), "2024-02-30" 1 March 2024, "2024-06-00" 31 May 2024.
    const none = ["2023-13-05", "2024-00-10", "2024-99-01", "2023-02-29", "2024-02-30", "2024-04-31", "2024-06-00"];
    expect(none.map(serialOfIso)).toEqual(none.map(() => null));
    expect(["2024-02-29", "2024-12-31"].map(serialOfIso)).toEqual([45_351, 45_657]);
  });

  it("names no day before 1900 or after 9999, nor for a number that is no serial", () => {
    expect([0, 0.5, -1, LAST + 1, 1e12, Number.NaN, Infinity].map(isoOfSerial)).toEqual(Array(7).fill(null));
    expect([isoOfSerial(LAST), serialOfIso("9999-12-31")]).toEqual(["9999-12-31", LAST]);
    expect(["1899-12-31", "1899-12-30", "0001-01-01"].map(serialOfIso)).toEqual([null, null, null]);
  });

  it("goes from a serial to its day and back to the same serial, each serial one day later than the one before", () => {
    // The first years whole, then every 997th serial to the end.
    const serials = [...Array.from({ length: 3000 }, (_, i) => i + 1)];
    for (let s = 3001; s <= LAST; s += 997) serials.push(s);
    serials.push(LAST);
    const wrong = serials.filter((s) => s !== 60 && serialOfIso(isoOfSerial(s)!) !== s);
    expect(wrong).toEqual([]);
    // Days in order: from 28 February to 1 March 1900 is one calendar day, across the phantom.
    const next = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    const gaps = serials
      .filter((s) => s !== 59 && s !== 60 && s < LAST)
      .filter((s) => isoOfSerial(s + 1) !== next(isoOfSerial(s)!));
    expect(gaps).toEqual([]);
    expect(next(isoOfSerial(59)!)).toBe(isoOfSerial(61));
  });

  it("shows a serial as the sheets show a day, and one that names no day as its number", () => {
    expect([1, 45_473, 60, 0.5, 1e12].map(shownSerial)).toEqual([
      "01/01/1900",
      "30/06/2024",
      "60",
      "0.5",
      "1000000000000",
    ]);
  });
});
