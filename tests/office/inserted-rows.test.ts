/**
 * Rows inserted above and inside the table after a run: Excel moves the highlights' ranges and rewrites their rules,
 * so the exact formulas the run wrote are gone. A rerun must still find and replace the run's rules (not pile new
 * ones on them), and Clear must take every one of them away, leaving the user's own rules as they are. So too when
 * the user's edits split a rule of the run's into several areas.
 */
import { HIGHLIGHT_COLORS, Operation } from "../../src/core/edits";
import {
  ConditionalFormatSnapshot,
  installExcelGlobals,
  InstalledGlobals,
  MemoryWorkbook,
  run,
} from "../../src/memory-excel";
import { parseAddress, rectToA1 } from "../../src/memory-excel/address";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { everything, fixtureWorkbook } from "./workbooks";

const SHEET = "Phụ lục";
const OPERATIONS = new Set<Operation>(["subtotals", "highlights"]);
const OUR_FILLS = new Set(Object.values(HIGHLIGHT_COLORS).map((c) => c.fill.toUpperCase()));

// Each case runs apply on the seed twice: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
let host: WorkbookHost;

/**
 * The seed with the user's own rules: one of Excel's presets with our red (on the names, with a formula of another
 * shape), and a cell-value rule on the scores.
 */
async function seeded(): Promise<MemoryWorkbook> {
  const seed = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  await run(seed, async (context) => {
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
  return seed;
}

beforeEach(async () => {
  wb = await seeded();
  globals = installExcelGlobals(wb);
  host = createOfficeHost();
});
afterEach(() => globals.uninstall());

const apply = () => host.apply({ sheet: SHEET, operations: OPERATIONS, language: "vi", expectedGenerated: [] });
const rules = (of = wb) => of.conditionalFormats(SHEET);
/** Ours: the colours and the formulas the run writes (AND(ISNUMBER(...)...)); the user's preset is no AND. */
const isOurs = (r: ConditionalFormatSnapshot) =>
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

/**
 * A rule of the run's that Excel holds in several areas (the user pasted cells over part of it): it has no one range.
 * From ExcelApi 1.9 Excel gives its areas, and a rollback puts it back on them; before, only the area the state
 * recorded is known, and it goes back there, as one area.
 */
describe("a run's rule split in several areas", () => {
  /**
   * After a run (and the user's rows inserted, or none), the user pastes over the second row of our first rule's area
   * what it holds, copied from cells without a conditional format: the rule keeps the row above and the rows below.
   */
  async function splitAfterRun(of: MemoryWorkbook, rows: string | null): Promise<{ recorded: string; split: string }> {
    await host.apply({ sheet: SHEET, operations: OPERATIONS, language: "vi", expectedGenerated: [] });
    const index = rules(of).findIndex(isOurs);
    const recorded = rules(of)[index].address;
    if (rows)
      await run(of, async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange(rows).insert("Down");
        await context.sync();
      });
    const { rect } = parseAddress(rules(of)[index].address);
    expect(rect.bottom - rect.top).toBeGreaterThanOrEqual(2);
    const row = rectToA1({ ...rect, top: rect.top + 1, bottom: rect.top + 1 });
    of.pasteByUser(SHEET, row, of.formulas(SHEET, row));
    const split = rules(of)[index].address;
    expect(split.split(",")).toHaveLength(2);
    return { recorded, split };
  }

  it("a rerun replaces it and Clear takes it away; the user's rules stay", async () => {
    const count = (await splitAfterRun(wb, null), ours().length);
    const usersBefore = users();
    await apply();
    expect(ours()).toHaveLength(count);
    expect(ours().filter((r) => r.address.includes(","))).toEqual([]);
    expect(users()).toEqual(usersBefore);
    await host.clearHighlights(SHEET);
    expect(ours()).toEqual([]);
    expect(users()).toEqual(usersBefore);
  });

  /** The rerun's writing batch (its last sync) and what each of its operations does, on a workbook of its own. */
  async function lastBatch(excelApiVersion: string, rows: string | null): Promise<{ sync: number; actions: string[] }> {
    globals.uninstall();
    const probe = await seeded();
    globals = installExcelGlobals(probe, { excelApiVersion });
    host = createOfficeHost();
    await splitAfterRun(probe, rows);
    await apply();
    const context = globals.contexts[globals.contexts.length - 1];
    const batch = { sync: context.syncCount, actions: context.syncActions[context.syncCount - 1] };
    globals.uninstall();
    return batch;
  }

  /** A rerun failing in its writing batch, at `operation`: its error, and what the workbook was before the rerun. */
  async function failingRerun(excelApiVersion: string, rows: string | null, after: string | null) {
    const { sync, actions } = await lastBatch(excelApiVersion, rows);
    const index = after === null ? -1 : actions.indexOf(after);
    if (after !== null) expect(index).toBeGreaterThanOrEqual(0);
    globals = installExcelGlobals(wb, { excelApiVersion });
    host = createOfficeHost();
    const found = await splitAfterRun(wb, rows);
    globals.uninstall();
    const before = everything(wb);
    const failAtOperation = { sync, operation: index + 1 };
    globals = installExcelGlobals(wb, { excelApiVersion, contextOptions: { failAtOperation } });
    host = createOfficeHost();
    await expect(apply()).rejects.toMatchObject({ kind: "excel" });
    return { ...found, before };
  }

  it.each([
    ["at its first operation", null],
    ["after the first rule taken off", "ConditionalFormat.delete"],
  ] as const)("from ExcelApi 1.9, a rerun failing %s leaves everything as it was", async (_point, after) => {
    const { before } = await failingRerun("1.9", null, after);
    expect(everything(wb)).toEqual(before);
  });

  it("from ExcelApi 1.9, so too after the user inserted rows above it: it goes back on its areas as Excel moved them", async () => {
    const { before } = await failingRerun("1.9", "2:3", "ConditionalFormat.delete");
    expect(everything(wb)).toEqual(before);
  });

  it.each([
    ["at its first operation", null],
    ["after the first rule taken off", "ConditionalFormat.delete"],
  ] as const)(
    "in ExcelApi 1.8, a rerun failing %s puts the split rule back where the state recorded it; all else as it was",
    async (_point, after) => {
      const { recorded, split, before } = await failingRerun("1.8", null, after);
      // Untouched, the rules stay as they were; taken off, the split one comes back as one area, where recorded.
      const back = after === null ? split : recorded;
      const expected = before.map((sheet) =>
        sheet.name !== SHEET
          ? sheet
          : { ...sheet, rules: sheet.rules.map((r) => (r.address === split ? { ...r, address: back } : r)) },
      );
      expect(everything(wb)).toEqual(expected);
    },
  );

  /**
   * Without getRanges, a rule in one area is found through getRangeOrNullObject: a rerun failing after it took the
   * rules off puts each back on its range as Excel moved it, two rows down, not where the state recorded it. (The
   * split rule has no one range and goes back where recorded, as above: left out here.)
   */
  it("in ExcelApi 1.8, after the user inserted rows above, a rerun failing after the first rule taken off puts the rules in one area back where Excel moved them", async () => {
    const { recorded, split, before } = await failingRerun("1.8", "2:3", "ConditionalFormat.delete");
    const oneArea = (sheets: ReturnType<typeof everything>) =>
      sheets.map((sheet) =>
        sheet.name !== SHEET
          ? sheet
          : { ...sheet, rules: sheet.rules.filter((r) => r.address !== split && r.address !== recorded) },
      );
    const table = oneArea(before).find((sheet) => sheet.name === SHEET);
    expect(table?.rules.filter(isOurs).length).toBeGreaterThan(0);
    expect(oneArea(everything(wb))).toEqual(oneArea(before));
  });
});
