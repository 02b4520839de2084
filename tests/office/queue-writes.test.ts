/**
 * The writes queued cell by cell (src/office/queue-writes.ts), through the in-memory Excel: a table edit's kept look
 * (a number format, a hyperlink to a page or into the workbook), a hyperlink taken off exactly the cells named, and
 * the cells a draft writes once every generated sheet has its name (left blank until then, and only they).
 */
import { Content, SheetDraft } from "../../src/core/edits/types";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import {
  draftRowsAsWritten,
  linkedCellsAsWritten,
  queueClearLinks,
  queueDraftLooks,
  queueTableEdits,
} from "../../src/office/queue-writes";
import { ALL_CAPABILITIES } from "./capabilities";

const SHEET = "Phụ lục";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

function install(): MemoryWorkbook {
  const wb = new MemoryWorkbook([SHEET, "Tổng hợp"]);
  globals = installExcelGlobals(wb);
  return wb;
}

/** Writes one content into B2 as a table edit, and reads back its number format and formula. */
async function written(content: Content) {
  const wb = install();
  await run(wb, async (context) =>
    queueTableEdits(context.workbook.worksheets.getItem(SHEET), [{ row: 2, column: 2, content }], "1900"),
  );
  let numberFormat: unknown;
  await run(wb, async (context) => {
    const cell = context.workbook.worksheets.getItem(SHEET).getRange("B2");
    cell.load("numberFormat");
    await context.sync();
    numberFormat = cell.numberFormat[0][0];
  });
  return { numberFormat, formula: wb.cell(SHEET, "B2").formula, link: wb.sheet(SHEET).hyperlinkAt(1, 1) };
}

describe("a table edit's kept look", () => {
  it("gives a formula its number format", async () => {
    const cell = await written({ kind: "formula", formula: "=DATE(2024,3,15)", format: "dd/mm/yyyy" });
    expect(cell.formula).toBe("=DATE(2024,3,15)");
    expect(cell.numberFormat).toBe("dd/mm/yyyy");
  });

  it("gives a number its number format", async () => {
    expect((await written({ kind: "number", value: 45366, format: "dd/mm/yyyy" })).numberFormat).toBe("dd/mm/yyyy");
  });

  it("links a text to a page on the web, its number format left General", async () => {
    const cell = await written({ kind: "text", text: "QĐ 15", link: "https://vanban.example.gov.vn/qd-15.pdf" });
    expect(cell.link).toEqual({ address: "https://vanban.example.gov.vn/qd-15.pdf", textToDisplay: "QĐ 15" });
    expect(cell.numberFormat).toBe("General");
  });

  it("links a text to a place in the workbook, without its leading #", async () => {
    const cell = await written({ kind: "text", text: "Xem tổng hợp", link: "#'Tổng hợp'!A1" });
    expect(cell.link).toEqual({ documentReference: "'Tổng hợp'!A1", textToDisplay: "Xem tổng hợp" });
    expect(cell.numberFormat).toBe("General");
  });
});

describe("hyperlinks taken off", () => {
  it("takes off the link of each cell named, and of no cell beside it", async () => {
    const wb = install();
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      for (const address of ["B2", "C2", "D3"]) ws.getRange(address).hyperlink = { address: "https://a.example.vn/" };
    });
    await run(wb, async (context) => {
      queueClearLinks(context.workbook.worksheets.getItem(SHEET), [
        { row: 2, column: 2 },
        { row: 3, column: 4 },
      ]);
    });
    const sheet = wb.sheet(SHEET);
    expect(sheet.hyperlinkAt(1, 1)).toBeUndefined();
    expect(sheet.hyperlinkAt(2, 3)).toBeUndefined();
    expect(sheet.hyperlinkAt(1, 2)).toEqual({ address: "https://a.example.vn/" });
  });
});

/** A summary sheet's draft of two rows, B2 naming a unit's sheet, with these cells left for the final names. */
const draft = (linkedCells: SheetDraft["linkedCells"]): SheetDraft => ({
  kind: "summary",
  name: "Tổng hợp",
  unit: null,
  cells: [[], [{ kind: "empty" }, { kind: "formula", formula: "='P. Tư pháp'!C5" }]],
  styles: [],
  columnWidths: [],
  titleRows: null,
  merges: [],
  chart: null,
  validations: [],
  rules: [],
  linkedCells,
});

describe("a draft's linked cells", () => {
  it("are none without an area", () => {
    expect(linkedCellsAsWritten(draft(null), "1900")).toEqual([]);
  });

  it("are left blank in the rows written with the sheet, and only they", () => {
    // Four rows of four cells, the linked area B2:C3: the cells around it (a total row below it) go with the sheet.
    const cells: Content[][] = [1, 2, 3, 4].map((r) =>
      [1, 2, 3, 4].map((c) => ({ kind: "text", text: `ô ${r}.${c}` })),
    );
    const sheet = { ...draft({ top: 2, left: 2, bottom: 3, right: 3 }), cells };
    expect(draftRowsAsWritten(sheet, 0, 4, "1900")).toEqual([
      ["ô 1.1", "ô 1.2", "ô 1.3", "ô 1.4"],
      ["ô 2.1", "", "", "ô 2.4"],
      ["ô 3.1", "", "", "ô 3.4"],
      ["ô 4.1", "ô 4.2", "ô 4.3", "ô 4.4"],
    ]);
    // Written in parts: the rows from the third.
    expect(draftRowsAsWritten(sheet, 2, 2, "1900")).toEqual([
      ["ô 3.1", "", "", "ô 3.4"],
      ["ô 4.1", "ô 4.2", "ô 4.3", "ô 4.4"],
    ]);
  });

  it("are the area's formulas, a cell the draft leaves out written empty", () => {
    expect(linkedCellsAsWritten(draft({ top: 2, left: 2, bottom: 2, right: 3 }), "1900")).toEqual([
      ["='P. Tư pháp'!C5", ""],
    ]);
  });
});

describe("a new sheet's looks", () => {
  it("give each column the draft's width in characters, 7 points a character (Calibri 11)", async () => {
    const wb = install();
    const sheet: SheetDraft = { ...draft(null), columnWidths: [10, 24, 6] };
    await run(wb, async (context) =>
      queueDraftLooks(context.workbook.worksheets.getItem("Tổng hợp"), sheet, ALL_CAPABILITIES),
    );
    expect(wb.layout("Tổng hợp").columnWidths).toEqual({ A: 70, B: 168, C: 42 });
  });

  it("give a validation an alert that stops what it does not allow, with its title and message", async () => {
    const wb = install();
    const validation = {
      area: { top: 2, left: 2, bottom: 5, right: 2 },
      kind: "list",
      items: ["Đã xong", "Đang làm"],
      title: "Trạng thái",
      message: "Chọn một trạng thái trong danh sách.",
    } as const;
    await run(wb, async (context) =>
      queueDraftLooks(
        context.workbook.worksheets.getItem("Tổng hợp"),
        { ...draft(null), validations: [validation] },
        ALL_CAPABILITIES,
      ),
    );
    const [written] = wb.dataValidations("Tổng hợp");
    expect(written.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: "Trạng thái",
      message: "Chọn một trạng thái trong danh sách.",
    });
  });
});
