/** Two copies of the seed table on two sheets, in the in-memory Excel: each sheet keeps its own highlights. */
import * as path from "path";
import { highlightsOn, Operation, STATE_SHEET } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { readWorkbookCells } from "../../src/xlsx/read";
import { everything, FIXTURES, specOf } from "./workbooks";

const A = "KH 2024";
const B = "KH 2025";
const OPERATIONS = new Set<Operation>(["subtotals", "highlights"]);
const USER_RULE = "=C8>5";

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
let host: WorkbookHost;

beforeEach(async () => {
  const seed = await readWorkbookCells(path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx"));
  const table = seed.find((s) => s.name === "Phụ lục")!;
  wb = MemoryWorkbook.fromSheets([
    specOf({ ...table, name: A }),
    specOf({ ...table, name: B }),
    ...seed.filter((s) => s !== table).map((s) => specOf(s)),
  ]);
  globals = installExcelGlobals(wb);
  host = createOfficeHost();
  // A rule of the user's own on A, which none of ours may take away.
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets.getItem(A).getRange("C8:C20").conditionalFormats.add("Custom");
    cf.custom.rule.formula = USER_RULE;
    await context.sync();
  });
});
afterEach(() => globals.uninstall());

const apply = (sheet: string) => host.apply({ sheet, operations: OPERATIONS, language: "vi", expectedGenerated: [] });
const formulas = (sheet: string) => wb.conditionalFormats(sheet).map((r) => r.rule.formula);
/** Everything on the sheets but `sheet` and the state's. */
const othersThan = (sheet: string) =>
  (everything(wb) as { name: string }[]).filter((s) => s.name !== sheet && s.name !== STATE_SHEET);
const legend = (sheet: string) => wb.values(sheet, "J7:J10").map((r) => r[0]);

describe("highlights on two sheets, through the Office adapter", () => {
  it("a run on B leaves A's rules and legend, and the state remembers both", async () => {
    await apply(A);
    const rulesA = wb.conditionalFormats(A);
    const legendA = legend(A);
    expect(rulesA).toHaveLength(4);
    expect(legendA[0]).toBe("Chú thích");

    const outcome = await apply(B);
    expect(wb.conditionalFormats(A)).toEqual(rulesA);
    expect(legend(A)).toEqual(legendA);
    expect(formulas(B)).toEqual(formulas(A).filter((f) => f !== USER_RULE));
    expect(legend(B)).toEqual(legendA);
    expect(outcome.state.highlights.map((h) => h.sheet)).toEqual([A, B]);
  });

  it("a rerun on A replaces A's rules there, and leaves B's", async () => {
    await apply(A);
    await apply(B);
    const [rulesA, rulesB] = [wb.conditionalFormats(A), wb.conditionalFormats(B)];
    await apply(A);
    expect(wb.conditionalFormats(A).map((r) => r.rule)).toEqual(rulesA.map((r) => r.rule));
    expect(wb.conditionalFormats(B)).toEqual(rulesB);
  });

  it("clear highlights on A removes exactly A's rules and legend; B keeps its own, and can be cleared after", async () => {
    await apply(A);
    await apply(B);
    const before = othersThan(A);
    const { state } = await host.clearHighlights(A);
    expect(formulas(A)).toEqual([USER_RULE]);
    expect(legend(A)).toEqual(["", "", "", ""]);
    expect(wb.cell(A, "C8").formula).toBe("=SUM(C9:C13,C16:C17)");
    expect(othersThan(A)).toEqual(before);
    expect(highlightsOn(state, A)).toBeNull();
    expect(highlightsOn(state, B)).not.toBeNull();

    await host.clearHighlights(B);
    expect(formulas(B)).toEqual([]);
    expect(legend(B)).toEqual(["", "", "", ""]);
  });

  it("restore on B puts B back as it was and leaves A's highlights", async () => {
    const original = everything(wb) as { name: string }[];
    await apply(A);
    const afterA = everything(wb) as { name: string }[];
    await apply(B);
    await host.restore(B);
    const now = everything(wb) as { name: string }[];
    expect(now.find((s) => s.name === B)).toEqual(original.find((s) => s.name === B));
    expect(now.find((s) => s.name === A)).toEqual(afterA.find((s) => s.name === A));
  });
});
