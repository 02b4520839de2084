/**
 * How the state sheet holds the state (src/core/edits/state.ts): JSON cut into cells Excel can hold and joined
 * again, and what a backed-up cell remembers of what the last run wrote there.
 */
import {
  afterRestore,
  BackupCell,
  EMPTY_STATE,
  joinedChunks,
  jsonChunks,
  stillAsWritten,
  WorkbookState,
  writtenAs,
} from "../../src/core/edits";

/** Excel keeps at most 32,767 characters in a cell. */
const EXCEL_CELL_LIMIT = 32_767;

describe("the state's JSON in cells", () => {
  it("fits a short value in one cell", () => {
    expect(jsonChunks({ a: 1 })).toEqual(['{"a":1}']);
  });
  it("cuts a long value into cells Excel can hold, and joins them back as they were", () => {
    // 69,998 letters and the two quotes: 70,000 characters of JSON, three cells of 30,000, 30,000 and 10,000.
    const value = "ă".repeat(69_998);
    const chunks = jsonChunks(value);
    expect(chunks.map((c) => c.length)).toEqual([30_000, 30_000, 10_000]);
    expect(chunks.every((c) => c.length <= EXCEL_CELL_LIMIT)).toBe(true);
    expect(JSON.parse(joinedChunks(chunks))).toBe(value);
  });
  it("writes no empty cell after a value filling its last cell exactly", () => {
    expect(jsonChunks("x".repeat(29_998))).toHaveLength(1);
    expect(jsonChunks("x".repeat(59_998))).toHaveLength(2);
  });
  it("joins only the texts of the column: empty cells and numbers typed below are no part of the JSON", () => {
    expect(joinedChunks(['{"a":', null, 7, undefined, true, '"b"}'])).toBe('{"a":"b"}');
    expect(joinedChunks([null, undefined])).toBe("");
  });
});

describe("what a backed-up cell remembers the last run wrote", () => {
  it("keeps each kind of content as typed", () => {
    expect(writtenAs({ kind: "formula", formula: "=SUM(D3:D4)" })).toBe("=SUM(D3:D4)");
    expect(writtenAs({ kind: "text", text: "Phòng Nội vụ" })).toBe("Phòng Nội vụ");
    expect(writtenAs({ kind: "number", value: 8.5, format: "0.00" })).toBe(8.5);
    expect(writtenAs({ kind: "boolean", value: false })).toBe(false);
    expect(writtenAs({ kind: "error", code: "#N/A" })).toBe("#N/A");
    expect(writtenAs({ kind: "empty" })).toBe("");
  });
  it("tells whether the cell still holds it", () => {
    const cell = (written: BackupCell["written"]): BackupCell => ({
      row: 3,
      column: 4,
      content: { kind: "text", text: "8,5" },
      written,
    });
    expect(stillAsWritten(cell(8.5), { kind: "number", value: 8.5 })).toBe(true);
    expect(stillAsWritten(cell(8.5), { kind: "text", text: "8,5" })).toBe(false);
    expect(stillAsWritten(cell(false), { kind: "boolean", value: false })).toBe(true);
    expect(stillAsWritten(cell(false), { kind: "number", value: 0 })).toBe(false);
    expect(stillAsWritten(cell(""), { kind: "empty" })).toBe(true);
    expect(stillAsWritten(cell(""), { kind: "text", text: " " })).toBe(false);
    expect(stillAsWritten(cell("=sum(d3:d4)"), { kind: "formula", formula: "=SUM(D3:D4)" })).toBe(true);
    // A state saved before `written` was kept: the cell is put back as it always was.
    expect(stillAsWritten(cell(undefined), { kind: "text", text: "anything" })).toBe(true);
  });
});

describe("the state after Restore on a sheet", () => {
  it("forgets that sheet's backup and highlights, and keeps the other sheets'", () => {
    const cells: BackupCell[] = [{ row: 3, column: 4, content: { kind: "number", value: 1 }, written: "=D4" }];
    const legend = { top: 1, left: 10, bottom: 4, right: 10 };
    const state: WorkbookState = {
      ...EMPTY_STATE,
      backups: [
        { sheet: "Phụ lục", cells },
        { sheet: "Năm 2023", cells },
      ],
      highlights: [
        { sheet: "Phụ lục", rules: [], fills: [], legend },
        { sheet: "Năm 2023", rules: [], fills: [], legend },
      ],
    };
    expect(afterRestore(state, "Phụ lục")).toEqual({
      ...EMPTY_STATE,
      backups: [{ sheet: "Năm 2023", cells }],
      highlights: [{ sheet: "Năm 2023", rules: [], fills: [], legend }],
    });
  });
});
