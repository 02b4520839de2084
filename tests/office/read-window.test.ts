/** Which rows (or columns) the adapter reads of a sheet, from the sparse probe of where content lies. */
import { COLUMN_BANDS, NEAR_ROWS, ProbedBand, ROW_BANDS, spanToRead } from "../../src/office/read-window";

/** The row bands as the probe would read them on a sheet holding these spans of rows. */
function probed(spans: readonly [number, number][]): ProbedBand[] {
  return ROW_BANDS.map((band) => {
    const inside = spans
      .map(([first, last]) => [Math.max(first, band.first), Math.min(last, band.last)])
      .filter(([first, last]) => first <= last);
    const used = inside.length
      ? { first: Math.min(...inside.map(([f]) => f)), last: Math.max(...inside.map(([, l]) => l)) }
      : null;
    return { ...band, used };
  });
}

describe("the rows read of a sheet", () => {
  it("probes bands that cover the sheet to its last row and column, without gaps", () => {
    for (const [list, limit] of [
      [ROW_BANDS, 1_048_576],
      [COLUMN_BANDS, 16_384],
    ] as const) {
      expect(list[0].first).toBe(1);
      expect(list[list.length - 1].last).toBe(limit);
      list.slice(1).forEach((band, i) => expect(band.first).toBe(list[i].last + 1));
    }
    expect(ROW_BANDS.length + COLUMN_BANDS.length).toBe(12);
  });

  it("is the table's rows without a far value below it", () => {
    expect(spanToRead(probed([[1, 90]]), NEAR_ROWS)).toEqual({ first: 1, last: 90 });
    expect(
      spanToRead(
        probed([
          [1, 90],
          [130_001, 130_001],
          [1_048_576, 1_048_576],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({
      first: 1,
      last: 90,
    });
  });

  it("keeps blank rows inside the table (page breaks) and a note a few hundred rows below it", () => {
    expect(
      spanToRead(
        probed([
          [3, 40],
          [44, 300],
          [900, 901],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({ first: 3, last: 901 });
  });

  it("reads a table longer than the first bands whole, without a far value below it", () => {
    expect(
      spanToRead(
        probed([
          [5, 8_005],
          [200_000, 200_000],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({ first: 5, last: 8_005 });
  });

  it("reads a table that starts a thousand rows below a title block whole, however long", () => {
    expect(
      spanToRead(
        probed([
          [1, 2],
          [2_000, 6_000],
          [300_000, 300_000],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({
      first: 1,
      last: 6_000,
    });
  });

  it("reads down to a table a thousand rows below a title block, not to a note starting past the near rows", () => {
    expect(
      spanToRead(
        probed([
          [1, 2],
          [1_500, 1_600],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({ first: 1, last: 1_600 });
    expect(
      spanToRead(
        probed([
          [1, 2],
          [1_500, 1_600],
          [20_000, 20_001],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({
      first: 1,
      last: 1_600,
    });
  });

  it("reads a block that starts on the last near row, and not one that starts on the row after it", () => {
    // NEAR_ROWS is 4,096: "within" it takes that row in.
    expect(
      spanToRead(
        probed([
          [1, 2],
          [4_096, 4_100],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({ first: 1, last: 4_100 });
    expect(
      spanToRead(
        probed([
          [1, 2],
          [4_097, 4_100],
        ]),
        NEAR_ROWS,
      ),
    ).toEqual({ first: 1, last: 2 });
  });

  it("reads a sheet's first block wherever it starts, past the near rows too", () => {
    expect(spanToRead(probed([[5_000, 5_100]]), NEAR_ROWS)).toEqual({ first: 5_000, last: 5_100 });
  });

  it("is nothing on a blank sheet", () => {
    expect(spanToRead(probed([]), NEAR_ROWS)).toBeNull();
  });
});
