import { HIGHLIGHT_COLORS } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost, HostError } from "../../src/office";
import { buildLargePlanCells, largePlanRows } from "../fixtures/large-plan";
import { everything, fixtureWorkbook, specOf } from "./workbooks";

// The edges of one run (src/office/apply-run.ts) the fuller tests do not reach: how each way of stopping is named,
// and a rollback that must find the table's cells where they are.
const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";
type Operations = ReadonlySet<"subtotals" | "highlights" | "assignments" | "summary">;

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

function install(wb: MemoryWorkbook, contextOptions = {}, payloadLimitBytes?: number) {
  globals?.uninstall();
  globals = installExcelGlobals(wb, { contextOptions });
  return createOfficeHost(payloadLimitBytes ? { payloadLimitBytes } : {});
}
const request = (sheet: string, expectedGenerated: readonly string[] = [], operations: Operations = ALL) => ({
  sheet,
  operations,
  language: "vi" as const,
  expectedGenerated,
});

describe("a run that cannot start", () => {
  it("names the sheet that is gone", async () => {
    const host = install(await fixtureWorkbook("gia-nghia-2024.pasted.xlsx"));
    await expect(host.apply(request("Phụ lục (2)"))).rejects.toEqual(new HostError("sheet-missing", "Phụ lục (2)"));
  });

  it("says Excel refused, not that the sheet is gone, when the first sync fails otherwise", async () => {
    const host = install(await fixtureWorkbook("gia-nghia-2024.pasted.xlsx"), { failAtSync: 1 });
    await expect(host.apply(request(SHEET))).rejects.toEqual(new HostError("excel", "GeneralException"));
  });

  it("says the table is no longer recognised on a sheet without one", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Ghi chú", cells: [["Họp giao ban"], ["Thứ hai"]] }]);
    await expect(install(wb).apply(request("Ghi chú"))).rejects.toEqual(new HostError("no-table", "Ghi chú"));
  });

  it("names the add-in's sheets the pane did not know of", async () => {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const first = await install(wb).apply(request(SHEET));
    const [a, b, ...known] = first.created.map((c) => c.name);
    await expect(install(wb).apply(request(SHEET, known))).rejects.toEqual(new HostError("stale", `${a}, ${b}`));
  });
});

/** The run's own batch opens, the rollback's cannot (Excel closed meanwhile, say). */
function rollbackCannotOpen(): void {
  const open = Excel.run;
  let runs = 0;
  (Excel as { run: unknown }).run = (...args: unknown[]) =>
    ++runs > 1 ? Promise.reject(new Error("closed")) : (open as (...a: unknown[]) => unknown)(...args);
}

describe("a run whose writing fails", () => {
  it("says so when putting the workbook back fails too", async () => {
    const host = install(await fixtureWorkbook("gia-nghia-2024.pasted.xlsx"), { failAtSync: 3 });
    rollbackCannotOpen();
    await expect(host.apply(request(SHEET))).rejects.toMatchObject({ kind: "rollback-failed" });
  });

  it("leaves no sheet under a temporary name after the run that follows one whose rollback failed", async () => {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    // The writing sync fails at its 100th operation, after the first new sheet was added.
    const host = install(wb, { failAtOperation: { sync: 3, operation: 100 } });
    rollbackCannotOpen();
    await expect(host.apply(request(SHEET))).rejects.toMatchObject({ kind: "rollback-failed" });
    expect(wb.sheetNames()).toContain("~pi-new-0");
    // The next run meets the name it adds its first sheet under (it fails, and its rollback takes that sheet away).
    await install(wb)
      .apply(request(SHEET))
      .catch(() => undefined);
    expect(wb.sheetNames().filter((name) => name.startsWith("~pi-"))).toEqual([]);
    const outcome = await install(wb).apply(request(SHEET));
    expect(outcome.created.map((c) => c.name)).toContain("Tổng hợp");
  });

  it("puts the table back after a run without highlights", async () => {
    const subtotals = new Set(["subtotals"] as const);
    const probe = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    await install(probe).apply(request(SHEET, [], subtotals));
    const operations = globals!.contexts[0].syncOperations[2];
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const before = everything(wb);
    // The last operation of the writing batch fails: the subtotal formulas before it are in the table.
    const host = install(wb, { failAtOperation: { sync: 3, operation: operations - 1 } });
    await expect(host.apply(request(SHEET, [], subtotals))).rejects.toEqual(new HostError("excel", "GeneralException"));
    expect(everything(wb)).toEqual(before);
  });

  it.each([
    ["without highlights", new Set(["subtotals"] as const)],
    ["with highlights", new Set(["subtotals", "highlights"] as const)],
  ])("%s leaves cleared the highlight rules the user cleared before it", async (_name, operations) => {
    // A first run leaves its highlights; the user then clears every rule of the sheet.
    const cleared = async () => {
      const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
      await install(wb).apply(request(SHEET, [], new Set(["highlights"] as const)));
      await run(wb, async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange().conditionalFormats.clearAll();
        await context.sync();
      });
      return wb;
    };
    await install(await cleared()).apply(request(SHEET, [], operations));
    const { syncCount: sync, syncOperations } = globals!.contexts[0];
    const wb = await cleared();
    const before = everything(wb);
    // The last operation of the writing batch fails.
    const host = install(wb, { failAtOperation: { sync, operation: syncOperations[sync - 1] - 1 } });
    await expect(host.apply(request(SHEET, [], operations))).rejects.toMatchObject({ kind: "excel" });
    expect(wb.conditionalFormats(SHEET)).toEqual([]);
    expect(everything(wb)).toEqual(before);
  });

  it("leaves the user's own rules on the table's sheet, and ours gone, after a failed first run", async () => {
    // The user's: a custom rule of their own; one in the colours of our "zero" highlight but of another formula (one of
    // Excel's presets); a copy of our "partial" rule in their own colours; a cell-value rule (customOrNullObject is a
    // null object). None is ours, finished or not.
    const withUserRule = async () => {
      const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
      await run(wb, async (context) => {
        const ws = context.workbook.worksheets.getItem(SHEET);
        const custom = (address: string, formula: string, fill: string, font?: string) => {
          const cf = ws.getRange(address).conditionalFormats.add("Custom");
          cf.custom.rule.formula = formula;
          cf.custom.format.fill.color = fill;
          if (font) cf.custom.format.font.color = font;
        };
        custom("H8:H20", "=LEN(H8)>100", "#DDEEFF");
        custom("B8:B40", '=ISNUMBER(SEARCH("Sở",$B8))', HIGHLIGHT_COLORS.zero.fill, HIGHLIGHT_COLORS.zero.font);
        custom("D8:D71", "=AND(ISNUMBER($D8),ISNUMBER($C8),$D8>0,$D8<$C8)", "#C6EFCE", "#006100");
        const cellValue = ws.getRange("D8:D40").conditionalFormats.add("CellValue");
        cellValue.cellValue.rule = { formula1: "0", operator: "LessThan" };
        cellValue.cellValue.format.fill.color = "#FFC7CE";
        await context.sync();
      });
      return wb;
    };
    const operations = new Set(["highlights"] as const);
    await install(await withUserRule()).apply(request(SHEET, [], operations));
    const { syncCount: sync, syncOperations } = globals!.contexts[0];
    const wb = await withUserRule();
    const before = everything(wb);
    const host = install(wb, { failAtOperation: { sync, operation: syncOperations[sync - 1] - 1 } });
    await expect(host.apply(request(SHEET, [], operations))).rejects.toMatchObject({ kind: "excel" });
    expect(wb.conditionalFormats(SHEET).map((r) => r.type)).toEqual(["CellValue", "Custom", "Custom", "Custom"]);
    expect(everything(wb)).toEqual(before);
  });

  it("puts back a rule of ours the user edited, after a rerun that wrote ours of the same shape in its place", async () => {
    const highlights = new Set(["highlights"] as const);
    const edited = async () => {
      const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
      await install(wb).apply(request(SHEET, [], highlights));
      // The user points our "zero" rule a row lower: its shape and colours are still ours.
      await run(wb, async (context) => {
        const rules = context.workbook.worksheets.getItem(SHEET).getRange().conditionalFormats;
        rules.load("items/custom/rule/formula");
        await context.sync();
        const zero = rules.items.find((cf) => cf.custom.rule.formula.includes("$D8=0"))!;
        zero.custom.rule.formula = zero.custom.rule.formula.replace(/\$([CD])8\b/g, "$$$19");
        await context.sync();
      });
      return wb;
    };
    await install(await edited()).apply(request(SHEET, [], highlights));
    const { syncCount: sync, syncOperations } = globals!.contexts[0];
    const wb = await edited();
    const before = everything(wb);
    expect(before.find((s) => s.name === SHEET)!.rules.map((r) => r.rule.formula)).toContain(
      "=AND(ISNUMBER($D9),ISNUMBER($C9),$D9=0,$C9>0)",
    );
    // The last operation of the writing batch fails: the rerun's three rules are on the sheet, the user's gone.
    const host = install(wb, { failAtOperation: { sync, operation: syncOperations[sync - 1] - 1 } });
    await expect(host.apply(request(SHEET, [], highlights))).rejects.toMatchObject({ kind: "excel" });
    expect(everything(wb)).toEqual(before);
  });

  it("puts back a table that starts below the sheet's first rows, cell for cell", async () => {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx", () => ({ origin: "C6" }));
    const before = everything(wb);
    await expect(install(wb, { failAtSync: 3 }).apply(request(SHEET))).rejects.toMatchObject({ kind: "excel" });
    expect(everything(wb)).toEqual(before);
  });
});

describe("Excel on the web's request limit, for new sheets of long texts", () => {
  it("writes a sheet whose cells alone pass the limit in parts, each request within it", async () => {
    const limit = 40_000;
    // 40 criteria, each task 3,000 characters longer: the supporting units' sheets hold more text than one request.
    const sheet = buildLargePlanCells(40);
    const long = (v: unknown) => `${String(v)}${" nội dung".repeat(375)}`;
    const values = sheet.values.map((row, r) => row.map((v, c) => (r > 0 && c === 5 && v ? long(v) : v)));
    const wb = MemoryWorkbook.fromSheets([specOf({ ...sheet, values })]);
    const outcome = await install(wb, { requestLimitBytes: limit }, limit).apply(
      request(SHEET, [], new Set(["assignments"] as const)),
    );
    const texts = (name: string) =>
      wb
        .values(name)
        .flat()
        .filter((v): v is string => typeof v === "string");
    const bytes = (name: string) => texts(name).reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0);
    expect(Math.max(...outcome.created.map((c) => bytes(c.name)))).toBeGreaterThan(limit);
    const tasks = values.slice(1).flatMap((row) => (typeof row[5] === "string" && row[5] ? [row[5]] : []));
    const written = new Set(outcome.created.flatMap((c) => texts(c.name)));
    expect(tasks.filter((t) => !written.has(t))).toEqual([]);
  });

  it("writes a row longer than half the limit in a part of its own", async () => {
    const limit = 40_000;
    // Every task 3,000 characters longer, the first about 30,000 bytes: that row and the next ones' 4,500 bytes
    // each would pass the limit together.
    const sheet = buildLargePlanCells(12);
    const first = sheet.values.findIndex((row, r) => r > 0 && row[5]);
    const long = (v: unknown, r: number) => `${String(v)}${" nội dung".repeat(r === first ? 2_700 : 375)}`;
    const values = sheet.values.map((row, r) => row.map((v, c) => (r > 0 && c === 5 && v ? long(v, r) : v)));
    const wb = MemoryWorkbook.fromSheets([specOf({ ...sheet, values })]);
    const outcome = await install(wb, { requestLimitBytes: limit }, limit).apply(
      request(SHEET, [], new Set(["assignments"] as const)),
    );
    const written = new Set(outcome.created.flatMap((c) => wb.values(c.name).flat()));
    expect(written.has(String(values[first][5]))).toBe(true);
  });

  it("sends the seed's first run and its rerun with Excel's limit at the budget: the last batch is not underestimated", async () => {
    // 70,000: of the limits 45,000 to 120,000 tried every 5,000, one where the last batch's estimate decides
    // whether it goes with the sheet before it.
    const limit = 70_000;
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const first = await install(wb, { requestLimitBytes: limit }, limit).apply(request(SHEET));
    const names = first.created.map((c) => c.name);
    const again = await install(wb, { requestLimitBytes: limit }, limit).apply(request(SHEET, names));
    expect(again.created.map((c) => c.name)).toEqual(names);
  });

  it("counts a rerun's renames and the summary's links to the unit sheets in its last batch", async () => {
    // 30 units: the rerun's last batch renames and places 35 sheets (175 commands) and writes the summary's
    // formulas counting each unit sheet's tasks (about 25 kB). The last unit sheet's looks and that batch pass
    // 86,000 bytes together: the batch must go in a request of its own. Counting fewer commands or the links less
    // (by 31 to 77 kB) lets it go with the looks, and Excel refuses the request.
    const limit = 86_000;
    const leads = Array.from({ length: 30 }, (_, i) => `Trung tâm Phát triển cụm công nghiệp số ${i + 1}`);
    const sheet = { ...buildLargePlanCells(40), values: largePlanRows(40, leads) };
    const wb = MemoryWorkbook.fromSheets([specOf(sheet)]);
    const operations = new Set(["assignments", "summary"] as const);
    const names = (await install(wb).apply(request(SHEET, [], operations))).created.map((c) => c.name);
    expect(names).toHaveLength(35);
    const again = await install(wb, { requestLimitBytes: limit }, limit).apply(request(SHEET, names, operations));
    expect(again.created.map((c) => c.name)).toEqual(names);
  });

  it("counts the fills an older version left in the last batch, which takes them away", async () => {
    // 100 cells filled one by one and recorded: their removal, two commands a cell, is counted 44,000 bytes of the
    // last batch. At 110,000 bytes the batch goes in a request of its own; counted negatively (88,000 bytes less),
    // it goes with the last new sheet's looks, and Excel refuses the request.
    const limit = 110_000;
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const fills = Array.from({ length: 100 }, (_, i) => ({
      row: 8 + (i % 50),
      column: 4 + Math.floor(i / 50),
      previous: null,
    }));
    const legend = { top: 7, left: 10, bottom: 10, right: 10 };
    await install(wb).saveChoices((state) => ({ ...state, highlights: [{ sheet: SHEET, rules: [], fills, legend }] }));
    wb.formatByUser(SHEET, "D8:E57", { fill: "#FFC7CE", fontColor: "#9C0006" });
    await install(wb, { requestLimitBytes: limit }, limit).apply(request(SHEET));
    expect([wb.cell(SHEET, "D8").fill, wb.cell(SHEET, "E57").fill]).toEqual([null, null]);
  });

  it("counts the conditional formats of the user's on the table's sheet without going below the batch's cost", async () => {
    // 200 rules of the user's (copying cells multiplies them in Excel): the run reads them to find its own, and
    // leaves them. Counting them negatively (88,000 bytes less) sends the last batch with the last new sheet's
    // looks at 56,000 bytes, and Excel refuses the request.
    const limit = 56_000;
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      for (let i = 0; i < 200; i++) {
        const cf = ws.getRange(`H${8 + (i % 60)}`).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=LEN(H${8 + (i % 60)})>${i}`;
        cf.custom.format.fill.color = "#DDEEFF";
      }
      await context.sync();
    });
    await install(wb, { requestLimitBytes: limit }, limit).apply(request(SHEET));
    expect(wb.conditionalFormats(SHEET).filter((cf) => cf.rule.formula?.startsWith("=LEN("))).toHaveLength(200);
  });
});

describe("a rerun after an older version's highlights", () => {
  it("takes away the fills that version recorded, and leaves the user's own", async () => {
    const highlights = new Set(["highlights"] as const);
    const wb = MemoryWorkbook.fromSheets([specOf(buildLargePlanCells(6))]);
    await install(wb).apply(request(SHEET, [], highlights));
    // An older version filled the cells one by one and recorded them (D10, E12); B3's fill is the user's.
    const older = { fill: "#FFC7CE", fontColor: "#9C0006" };
    wb.formatByUser(SHEET, "D10", older);
    wb.formatByUser(SHEET, "E12", older);
    wb.formatByUser(SHEET, "B3", { fill: "#FFFF00" });
    const fills = [
      { row: 10, column: 4, previous: null },
      { row: 12, column: 5, previous: null },
    ];
    await install(wb).saveChoices((state) => ({
      ...state,
      highlights: state.highlights.map((h) => (h.sheet === SHEET ? { ...h, fills } : h)),
    }));
    await install(wb).apply(request(SHEET, [], highlights));
    expect(["D10", "E12", "B3"].map((a) => [wb.cell(SHEET, a).fill, wb.cell(SHEET, a).fontColor])).toEqual([
      [null, "#000000"],
      [null, "#000000"],
      ["#FFFF00", "#000000"],
    ]);
  });
});
