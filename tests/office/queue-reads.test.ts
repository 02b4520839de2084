/**
 * The reads of src/office/queue-reads.ts on sheets the fuller tests do not hold: a blank sheet, a sheet whose first
 * column or first row is hidden, a hidden state sheet left blank, a user's top cells holding TRUE, and an earlier
 * generated sheet whose columns read start below its first row.
 */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run, SheetSpec } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { generatedContents, queueGeneratedRead } from "../../src/office/queue-reads";
import { Capabilities } from "../../src/office/requirements";
import { COMMAND_BYTES, PAYLOAD_BUDGET_BYTES } from "../../src/office/request-size";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** Every visible sheet as the pane reads it when looking for the table. */
async function snapshotOf(sheets: SheetSpec[]) {
  globals?.uninstall();
  globals = installExcelGlobals(MemoryWorkbook.fromSheets(sheets));
  return createOfficeHost().snapshot({ kind: "all" });
}

const ALL_CAPABILITIES: Capabilities = {
  mergedAreas: true,
  payloadLimitBytes: PAYLOAD_BUDGET_BYTES,
  pageLayout: true,
  cellProperties: true,
  dataValidation: true,
  createWorkbook: true,
  selectedRanges: true,
  cultureInfo: true,
};

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
      return generatedContents(read);
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
