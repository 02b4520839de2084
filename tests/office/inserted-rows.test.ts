/**
 * Rows inserted above and inside the table after a run: Excel moves the highlights' ranges and rewrites their rules,
 * so the exact formulas the run wrote are gone. A rerun must still find and replace the run's rules (not pile new
 * ones on them), and Clear must take every one of them away, leaving the user's own rules as they are.
 */
import { HIGHLIGHT_COLORS, Operation } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { fixtureWorkbook } from "./workbooks";

const SHEET = "Phụ lục";
const OPERATIONS = new Set<Operation>(["subtotals", "highlights"]);
const OUR_FILLS = new Set(Object.values(HIGHLIGHT_COLORS).map((c) => c.fill.toUpperCase()));

// Each case runs apply on the seed twice: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
let host: WorkbookHost;

beforeEach(async () => {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(wb);
  host = createOfficeHost();
  // The user's own rules: one of Excel's presets with our red (on the names, with a formula of another shape),
  // and a cell-value rule on the scores.
  await run(wb, async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    const custom = ws.getRange("B8:B40").conditionalFormats.add("Custom");
    custom.custom.rule.formula = '=ISNUMBER(SEARCH("Sở",$B8))';
    custom.custom.format.fill.color = HIGHLIGHT_COLORS.zero.fill;
    custom.custom.format.font.color = HIGHLIGHT_COLORS.zero.font;
    const cellValue = ws.getRange("D8:D40").conditionalFormats.add("CellValue");
    cellValue.cellValue.rule = { formula1: "=$C$8", operator: "GreaterThan" };
    cellValue.cellValue.format.fill.color = "#C6EFCE";
    await context.sync();
  });
});
afterEach(() => globals.uninstall());

const apply = () => host.apply({ sheet: SHEET, operations: OPERATIONS, language: "vi", expectedGenerated: [] });
const rules = () => wb.conditionalFormats(SHEET);
/** Ours: the colours and the formulas the run writes (AND(ISNUMBER(...)...)); the user's preset is no AND. */
const isOurs = (r: ReturnType<typeof rules>[number]) =>
  OUR_FILLS.has(String(r.fill).toUpperCase()) && r.rule.formula?.startsWith("=AND(") === true;
const ours = () => rules().filter(isOurs);
/** The user's, without the priority (which the run's rules, put first, change). */
const users = () =>
  rules()
    .filter((r) => !isOurs(r))
    .map(({ priority: _, ...r }) => r);

/** The user inserts entire rows, as with Home › Insert › Insert Sheet Rows. */
async function insertRows(address: string): Promise<void> {
  await run(wb, async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).insert("Down");
    await context.sync();
  });
}

describe("rows inserted after a run", () => {
  it("above and inside the table: a rerun replaces the run's rules and Clear takes them all", async () => {
    await apply();
    const first = ours();
    expect(first.length).toBeGreaterThan(0);
    const firstAddresses = first.map((r) => r.address);

    await insertRows("2:3");
    await insertRows("30:30");
    // Excel moved them: not one formula is the one the run wrote.
    const moved = ours();
    expect(moved).toHaveLength(first.length);
    expect(moved.map((r) => r.rule.formula)).not.toContain(first[0].rule.formula);
    expect(moved.map((r) => r.address)).not.toEqual(firstAddresses);
    const usersBefore = users();
    expect(usersBefore).toHaveLength(2);

    await apply();
    expect(ours()).toHaveLength(first.length);
    expect(users()).toEqual(usersBefore);

    await host.clearHighlights(SHEET);
    expect(ours()).toEqual([]);
    expect(users()).toEqual(usersBefore);
  });

  it("rows deleted above and inside the table too", async () => {
    await apply();
    const count = ours().length;
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.getRange("20:20").delete("Up");
      ws.getRange("2:2").delete("Up");
      await context.sync();
    });
    const usersBefore = users();
    await apply();
    expect(ours()).toHaveLength(count);
    await host.clearHighlights(SHEET);
    expect(ours()).toEqual([]);
    expect(users()).toEqual(usersBefore);
  });
});
