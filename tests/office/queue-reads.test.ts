/**
 * The reads of src/office/queue-reads.ts on sheets the fuller tests do not hold: a blank sheet, a sheet whose first
 * column or first row is hidden, a sheet formatted beyond its values, a hidden state sheet left blank or grown
 * shorter, a user's top cells holding TRUE, an earlier generated sheet whose columns read start below its first row
 * or right of column A, and the response addresses take under a sheet name with apostrophes or on a wide sheet.
 */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run, SheetSpec } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { EMPTY } from "../../src/core/edits";
import { LARGE_SHEET_CELLS } from "../../src/core/sheets-needed";
import { HEADER_SEARCH_ROWS } from "../../src/core/header";
import { generatedContents, queueGeneratedRead, topToRead } from "../../src/office/queue-reads";
import { COMMAND_BYTES } from "../../src/office/request-size";
import { ALL_CAPABILITIES } from "./capabilities";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** Every visible sheet as the pane reads it when looking for the table. */
async function snapshotOf(sheets: SheetSpec[]) {
  globals?.uninstall();
  globals = installExcelGlobals(MemoryWorkbook.fromSheets(sheets));
  return createOfficeHost().snapshot({ kind: "all" });
}

const NOTES: SheetSpec = { name: "Ghi chú", cells: [["Họp giao ban"], ["Thứ hai"]] };
const TABLE = [
  ["STT", "Nội dung", "Điểm"],
  [1, "Kế hoạch", 2],
  [2, "Báo cáo", 1],
  [3, "Kiểm tra", 3],
];

describe("the cells read of a sheet", () => {
  it("reads a blank sheet as its first cell, empty", async () => {
    const snapshot = await snapshotOf([NOTES, { name: "Trống", cells: [] }]);
    const blank = snapshot.sheets.find((s) => s.name === "Trống")!;
    expect([blank.top, blank.left, blank.values, blank.merges]).toEqual([1, 1, [[null]], []]);
    expect(snapshot.sheets.find((s) => s.name === "Ghi chú")!.values).toEqual([["Họp giao ban"], ["Thứ hai"]]);
  });

  it("reads a formula that shows nothing as an empty cell, as it reads a cell holding nothing", async () => {
    const scores = [
      ["STT", "Điểm", "Ghi chú"],
      [1, 2, '=IF(B2>5,"cao","")'],
      [2, 7, '=IF(B3>5,"cao","")'],
    ];
    const [sheet] = (await snapshotOf([{ name: "Bảng", cells: scores }])).sheets;
    expect(sheet.values).toEqual([
      ["STT", "Điểm", "Ghi chú"],
      [1, 2, null],
      [2, 7, "cao"],
    ]);
  });

  it("reads an error value as an error, a date as a date, TRUE as a boolean, a text under a date's format as text", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Bảng", cells: [["=1/0", 45366, true, "chưa có", 2.5]] }]);
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem("Bảng").getRange("B1:D1").numberFormat = [
        ["dd/mm/yyyy", "dd/mm/yyyy", "dd/mm/yyyy"],
      ];
    });
    globals?.uninstall();
    globals = installExcelGlobals(wb);
    const [sheet] = (await createOfficeHost().snapshot({ kind: "all" })).sheets;
    expect(sheet.values).toEqual([
      [{ kind: "error", code: "#DIV/0!" }, { kind: "date", serial: 45366 }, true, "chưa có", 2.5],
    ]);
  });

  it("reads a sheet whose first column is hidden, and knows that column hidden", async () => {
    // Before, the first column's visible view (what tells hidden rows) showed no cell, and the read failed.
    const snapshot = await snapshotOf([{ name: "Bảng", origin: "B2", cells: TABLE, hiddenColumns: [2] }]);
    const [sheet] = snapshot.sheets;
    expect([sheet.top, sheet.left, sheet.values[3]]).toEqual([2, 2, [3, "Kiểm tra", 3]]);
    expect(sheet.hiddenColumns).toEqual([2]);
    // That view tells nothing of the rows then: none is taken as hidden, rather than every one.
    expect(sheet.hiddenRows).toEqual([]);
  });

  it("reads a sheet whose first row is hidden without taking every column as hidden", async () => {
    const snapshot = await snapshotOf([{ name: "Bảng", cells: TABLE, hiddenRows: [1, 3] }]);
    const [sheet] = snapshot.sheets;
    expect(sheet.hiddenRows).toEqual([1, 3]);
    expect(sheet.hiddenColumns).toEqual([]);
  });

  it("still tells hidden rows and columns inside the table from its first column and row", async () => {
    const snapshot = await snapshotOf([{ name: "Bảng", cells: TABLE, hiddenRows: [3], hiddenColumns: [2] }]);
    const [sheet] = snapshot.sheets;
    expect([sheet.hiddenRows, sheet.hiddenColumns]).toEqual([[3], [2]]);
  });

  it("reads the cells holding values, not the blank ones formatted around them", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Bảng", cells: TABLE }]);
    wb.formatByUser("Bảng", "A1:F40", { fill: "#FFFF00" });
    globals = installExcelGlobals(wb);
    const [sheet] = (await createOfficeHost().snapshot({ kind: "all" })).sheets;
    expect(sheet.values).toEqual(TABLE);
  });

  it("reads a part of exactly LARGE_SHEET_CELLS cells whole, and of one row more only at its top", () => {
    const part = { sheet: "Bảng", rowIndex: 4, columnIndex: 2, rowCount: 1_000, columnCount: 100 };
    expect(part.rowCount * part.columnCount).toBe(LARGE_SHEET_CELLS);
    expect(topToRead(part)).toEqual(part);
    expect(topToRead({ ...part, rowCount: 1_001 })).toEqual({ ...part, rowCount: HEADER_SEARCH_ROWS + 1 });
  });
});

describe("the response a sheet's read asks for", () => {
  it("counts each row's address with the sheet's name: a long Vietnamese one stays within the limit", async () => {
    // 4,000 rows of text under a 30-character name: the addresses of the visible rows take about 210 kB of the
    // 400 kB limit (16 bytes an address were counted before, and the read was refused).
    const name = "Kế hoạch cải thiện chỉ số CCHC";
    const cells = Array.from({ length: 4_000 }, (_, i) => [`Nhiệm vụ cải cách số ${i + 1}`]);
    const limit = 400_000;
    globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name, cells }]), {
      contextOptions: { responseLimitBytes: limit },
    });
    const snapshot = await createOfficeHost({ payloadLimitBytes: limit }).snapshot({ kind: "sheet", sheet: name });
    expect(snapshot.sheets[0].values).toEqual(cells);
  });

  /** A sheet's cells read under a response limit of `limit` bytes (the budget at the limit too). */
  async function readUnder(limit: number, name: string, cells: string[][]) {
    globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name, cells }]), {
      contextOptions: { responseLimitBytes: limit },
    });
    const snapshot = await createOfficeHost({ payloadLimitBytes: limit }).snapshot({ kind: "sheet", sheet: name });
    return snapshot.sheets[0].values;
  }

  it("counts each apostrophe of the sheet's name twice, as an address quotes it", async () => {
    // 401 addresses of "'Sổ ''A'' ''B'' ... xã'!A123", 24 apostrophes in each. At 27,000 bytes they share a
    // response with the first rows' cells, which fill what the estimate leaves: with the name's apostrophes left
    // out of it, or every address counted 12 bytes shorter, the response passes the limit.
    const name = "Sổ 'A' 'B' 'C' 'D' 'E' 'F' xã";
    const cells = Array.from({ length: 400 }, (_, i) => [`Nhiệm vụ cải cách số ${i + 1}.1`]);
    expect(await readUnder(27_000, name, cells)).toEqual(cells);
  });

  it("counts the addresses of the first row's cells, one a column, besides those of the first column's", async () => {
    // 40 columns of 60 rows: the first row's addresses take about 2 kB of the 12,000 bytes; subtracted from the
    // estimate instead of added, more rows are read with them and the response passes the limit.
    const name = "Kế hoạch cải thiện chỉ số CCHC";
    const cells = Array.from({ length: 60 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) => `Nhiệm vụ cải cách hành chính số ${r + 1}.${c + 1}`),
    );
    expect(await readUnder(12_000, name, cells)).toEqual(cells);
  });
});

describe("what tells our sheets from the user's", () => {
  it("keeps TRUE and numbers among a user's top cells", async () => {
    const snapshot = await snapshotOf([{ name: "Ghi chú", cells: [[true, 5, "Họp"], [false]] }]);
    const top = snapshot.seen.sheets.find((s) => s.name === "Ghi chú")!.top;
    expect([top[0], top[1].slice(0, 1)]).toEqual([[true, 5, "Họp"], [false]]);
  });

  it("reads a hidden state sheet left blank as holding nothing", async () => {
    const snapshot = await snapshotOf([NOTES, { name: "ParIndexState", cells: [], visibility: "Hidden" }]);
    expect(snapshot.seen.stateCells).toEqual(new Map([["ParIndexState", []]]));
  });

  it("reads a hidden state sheet left blank but formatted as holding nothing too", async () => {
    const wb = MemoryWorkbook.fromSheets([NOTES, { name: "ParIndexState", cells: [], visibility: "Hidden" }]);
    wb.formatByUser("ParIndexState", "A1:C20", { fill: "#FFFF00" });
    globals = installExcelGlobals(wb);
    const snapshot = await createOfficeHost().snapshot({ kind: "all" });
    expect(snapshot.seen.stateCells).toEqual(new Map([["ParIndexState", []]]));
  });

  it("blanks the cells a longer state held when a shorter one is saved", async () => {
    // The state is kept in cells of 30,000 characters: 2,000 unit names of 20 take two; 2 names, one.
    globals = installExcelGlobals(MemoryWorkbook.fromSheets([NOTES]));
    const host = createOfficeHost();
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Tổ công tác số ${String(i).padStart(5, "0")}`);
    await host.saveChoices((state) => ({ ...state, units: { ...state.units, known: names(2_000) } }));
    expect((await host.snapshot({ kind: "all" })).seen.stateCells.get("ParIndexState")).toHaveLength(2);
    await host.saveChoices((state) => ({ ...state, units: { ...state.units, known: names(2) } }));
    const snapshot = await host.snapshot({ kind: "all" });
    expect([snapshot.state.units.known, snapshot.notice]).toEqual([names(2), null]);
    expect(snapshot.seen.stateCells.get("ParIndexState")!.filter((c) => c !== "")).toHaveLength(1);
  });
});

describe("an earlier generated sheet read back", () => {
  it("puts the columns read in their places from A1, the rows above them empty", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Giao việc", origin: "A3", cells: [["I", "Tiêu chí"]] }]);
    const contents = await run(wb, async (context) => {
      const read = queueGeneratedRead(context.workbook.worksheets.getItem("Giao việc"), {
        ...ALL_CAPABILITIES,
        cellProperties: false,
      });
      await context.sync();
      return generatedContents(read, "1900");
    });
    expect(contents).toEqual([
      [],
      [],
      [
        { kind: "text", text: "I" },
        { kind: "text", text: "Tiêu chí" },
      ],
    ]);
  });
});

describe("an earlier generated sheet moved from A1", () => {
  // Its title rows and numbering column deleted: its values start at B3. A link in column M, M6 typed below the
  // criteria's rows (column B ends at row 4).
  async function readBack(
    cellProperties: boolean,
    formatted?: string,
    hyperlink: Excel.RangeHyperlink = { address: LINK, textToDisplay: "Biên bản" },
    cleared = false,
  ) {
    const wb = MemoryWorkbook.fromSheets([{ name: "Giao việc", origin: "B3", cells: MOVED }]);
    if (formatted) wb.formatByUser("Giao việc", formatted, { fill: "#FFFF00" });
    return run(
      wb,
      async (context) => {
        const sheet = context.workbook.worksheets.getItem("Giao việc");
        sheet.getRange("M4").hyperlink = hyperlink;
        // Clearing a cell's contents leaves its hyperlink, as in Excel (Clear Hyperlinks is another command).
        if (cleared) sheet.getRange("M4").clear("Contents");
        const read = queueGeneratedRead(sheet, { ...ALL_CAPABILITIES, cellProperties });
        await context.sync();
        return generatedContents(read, "1900");
      },
      { responseLimitBytes: 20_000 },
    );
  }
  const LINK = "https://example.gov.vn/bien-ban.pdf";
  const MOVED = [
    ["I"],
    ["1.1", ...Array(8).fill(null), "Đang thực hiện", null, "Biên bản"],
    [],
    [...Array(11).fill(null), "Ghi chú"],
  ];
  const blanks = (n: number) => Array.from({ length: n }, () => EMPTY);

  it("reads each column back in its place, a link with its cell, rows read only in the inputs empty elsewhere", async () => {
    expect(await readBack(true)).toEqual([
      [],
      [],
      [EMPTY, { kind: "text", text: "I" }],
      [
        EMPTY,
        { kind: "text", text: "1.1" },
        ...blanks(8),
        { kind: "text", text: "Đang thực hiện" },
        EMPTY,
        { kind: "text", text: "Biên bản", link: LINK },
      ],
      blanks(13),
      [...blanks(12), { kind: "text", text: "Ghi chú" }],
    ]);
  });

  it("reads a link to a place in the workbook as the table edit writes it back: its reference after a #", async () => {
    const contents = await readBack(true, undefined, { documentReference: "'Tổng hợp'!A1", textToDisplay: "Biên bản" });
    expect(contents[3][12]).toEqual({ kind: "text", text: "Biên bản", link: "#'Tổng hợp'!A1" });
  });

  it("reads a cell a unit emptied as empty, though its hyperlink stays", async () => {
    const contents = await readBack(true, undefined, undefined, true);
    expect(contents[3][12]).toEqual(EMPTY);
  });

  it("reads the links of the cells holding values only, not of the 5,000 rows a unit formatted below them", async () => {
    const contents = await readBack(true, "A1:M5000");
    expect(contents[3][12]).toEqual({ kind: "text", text: "Biên bản", link: LINK });
  });
});

describe("the layouts of many sheets", () => {
  it("are read a budget's worth at a time, each request within Excel's limit", async () => {
    // A sheet's layout is estimated at two commands per band probed (12 bands) and three for its merged areas.
    const layoutBytes = (2 * 12 + 3) * COMMAND_BYTES;
    const sheets = Array.from({ length: 12 }, (_, i) => ({ name: `Tờ ${i + 1}`, cells: [["x"]] }));
    globals = installExcelGlobals(MemoryWorkbook.fromSheets(sheets), {
      contextOptions: { requestLimitBytes: 6 * layoutBytes },
    });
    const budget = 3 * layoutBytes;
    const snapshot = await createOfficeHost({ payloadLimitBytes: budget }).snapshot({ kind: "all" });
    expect(snapshot.sheets.map((s) => s.values)).toEqual(sheets.map(() => [["x"]]));
    // The sheets listed; their layouts three at a time (exactly the budget), four syncs; their cells.
    expect(globals.contexts[globals.contexts.length - 1].syncCount).toBe(1 + 4 + 1);
  });
});
