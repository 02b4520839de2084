import { analyzeWithState } from "../../src/core/analyze-with-state";
import { STATE_SHEET } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, HostError, WorkbookHost } from "../../src/office";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { everything, fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
let host: WorkbookHost;

async function open(file = "gia-nghia-2024.pasted.xlsx", failAtSync?: number) {
  wb = await fixtureWorkbook(file);
  install(failAtSync);
}
function install(failAtSync?: number) {
  globals?.uninstall();
  globals = installExcelGlobals(wb, { contextOptions: failAtSync ? { failAtSync } : {} });
  host = createOfficeHost();
}
afterEach(() => globals?.uninstall());

/** Syncs of the last Excel.run. */
const lastSyncs = () => globals.contexts[globals.contexts.length - 1].syncCount;
const apply = (generated: readonly string[] = [], operations: ReadonlySet<string> = ALL) =>
  host.apply({ sheet: SHEET, operations: operations as typeof ALL, language: "vi", expectedGenerated: generated });

describe("reading the workbook", () => {
  it("gives the engine the same table as the .xlsx, in three syncs", async () => {
    await open();
    const snap = await host.snapshot({ kind: "active" });
    expect(lastSyncs()).toBe(3);
    expect(snap.activeSheet).toBe(SHEET);
    const result = analyzeWithState(snap.sheets, snap.sheetNames, snap.state, SHEET);
    expect(result.ok && result.plan.criteria.map((c) => c.code)).toEqual(expected.criteria.map((c) => c.code));
    expect(result.ok && result.plan.total.computed).toEqual(expected.total.computed);
  });
});

describe("a full run", () => {
  beforeEach(() => open());

  it("costs three syncs and writes live subtotals that Excel computes right", async () => {
    const outcome = await apply();
    expect(lastSyncs()).toBe(3);
    const domain1 = wb.cell(SHEET, "C8");
    expect(domain1.formula).toBe("=SUM(C9:C13,C16:C17)");
    expect(domain1.value).toBe(14);
    expect(wb.cell(SHEET, "D23").value).toBeCloseTo(14.494, 9);
    expect(wb.cell(SHEET, "D72").formula).toMatch(/^=SUM\(/);
    expect(wb.cell(SHEET, "D72").value).toBeCloseTo(expected.total.computed.score, 9);
    expect(wb.cell(SHEET, "C13").value).toBe(1.5);
    // A SUM in each point column of the eight groups and the total, the 45 leaf points typed as text, and the
    // legend's four labels beside the table.
    expect(outcome.tableCells).toBe((8 + 1) * 3 + 45 + 4);
  });

  it("highlights the scores below their maximum with our rules, and writes a legend", async () => {
    await apply();
    const rules = wb.conditionalFormats(SHEET);
    expect(rules.map((r) => r.address.replace(/^.*!/, "")).sort()).toEqual(["D8:D71", "D8:D71", "E8:E71"]);
    expect(rules.every((r) => r.type === "Custom" && r.fill)).toBe(true);
    expect(wb.cell(SHEET, "J7").value).toBe("Chú thích");
    expect(wb.cell(SHEET, "J8").fill).toBe("#FFC7CE");
  });

  it("creates one assignment sheet per unit and a summary, with text kept as text", async () => {
    await run((context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("F19").values = [["'=abc là một nhiệm vụ"]];
    });
    const outcome = await apply();
    const home = outcome.created.find((c) => c.unit === "Phòng Nội vụ")!.name;
    const dashedRow = wb.values(home).findIndex((r) => typeof r[7] === "string" && r[7].startsWith("- ")) + 1;
    expect(dashedRow).toBeGreaterThan(0);
    expect(wb.cell(home, `H${dashedRow}`).formula).toBeNull();
    const names = wb.sheetNames();
    expect(outcome.created.map((c) => c.name).every((n) => names.includes(n))).toBe(true);
    expect(outcome.created.filter((c) => c.kind === "assignment")).toHaveLength(Object.keys(expected.units).length);
    const justice = outcome.created.find((c) => c.unit === "Phòng Tư pháp")!.name;
    const rows = wb.values(justice);
    const codes = rows.map((r) => r[1]).filter((v) => typeof v === "string" && /^\d+\.\d+$/.test(v));
    expect(codes).toEqual(expected.units["Phòng Tư pháp"].lead);
    const row22 = rows.find((r) => r[1] === "2.2")!;
    expect(row22[3]).toBe(1.5);
    const row21 = rows.findIndex((r) => r[1] === "2.1") + 1;
    expect(wb.cell(justice, `H${row21}`)).toMatchObject({ value: "=abc là một nhiệm vụ", formula: null });
    expect(wb.layout(justice)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      freezeRows: 5,
      printTitleRows: "$5:$5",
    });
    const summary = outcome.created.find((c) => c.kind === "summary")!.name;
    const [chart] = wb.charts(summary);
    // Both series labelled by the domains' codes, which column A of the summary holds.
    expect(chart.xAxisValues).toHaveLength(2);
    const [labels] = chart.xAxisValues;
    expect(chart.xAxisValues).toEqual([labels, labels]);
    const domainCodes = expected.criteria.filter((c) => c.parent === null).map((d) => d.code);
    expect(wb.values(summary, labels!.slice(labels!.indexOf("!") + 1)).map(([code]) => code)).toEqual(domainCodes);
    expect(wb.layout(STATE_SHEET).visibility).toBe("VeryHidden");
  });

  it("runs again in four syncs (the earlier sheets read in one of their own), replacing its sheets and keeping what units typed", async () => {
    const first = await apply();
    const justice = first.created.find((c) => c.unit === "Phòng Tư pháp")!.name;
    const r = wb.values(justice).findIndex((row) => row[1] === "2.3") + 1;
    await run((context) => {
      context.workbook.worksheets.getItem(justice).getRange(`J${r}:L${r}`).values = [["'=chưa rõ", "Đang làm", "=1+1"]];
    });
    const before = wb.sheetNames();
    await apply(first.created.map((c) => c.name));
    expect(lastSyncs()).toBe(4);
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.cell(justice, `J${r}`)).toMatchObject({ value: "=chưa rõ", formula: null });
    expect(wb.cell(justice, `K${r}`).value).toBe("Đang làm");
    expect(wb.cell(justice, `L${r}`).formula).toBe("=1+1");
    expect(wb.conditionalFormats(SHEET)).toHaveLength(3);
  });

  it("stops, changing nothing, when another run changed the add-in's sheets meanwhile", async () => {
    await apply();
    const seen = everything(wb);
    await expect(apply([])).rejects.toMatchObject({ kind: "stale" });
    expect(everything(wb)).toEqual(seen);
  });
});

describe("the user's sheets", () => {
  it("are never overwritten: ours take another name", async () => {
    await open();
    await run((context) => {
      context.workbook.worksheets.add("Tổng hợp").getRange("A1").values = [["của tôi"]];
    });
    const outcome = await apply();
    expect(wb.cell("Tổng hợp", "A1").value).toBe("của tôi");
    expect(outcome.created.find((c) => c.kind === "summary")!.name).toBe("Tổng hợp (2)");
  });
});

describe("undo", () => {
  beforeEach(() => open());

  it("restore puts back exactly what the table held, and takes our highlights away", async () => {
    const original = everything(wb);
    const outcome = await apply();
    await host.restore(SHEET);
    // The sheets; the state, rules and merges; the backed-up cells as they are now; the writes.
    expect(lastSyncs()).toBe(4);
    const after = everything(wb) as { name: string }[];
    const generated = new Set([...outcome.created.map((c) => c.name), STATE_SHEET]);
    expect(after.filter((s) => !generated.has(s.name))).toEqual(original);
  });

  it("restore gives back text that looks like a formula as text", async () => {
    await run((context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("E8").values = [["'=14 (đã duyệt)"]];
    });
    await apply();
    expect(wb.cell(SHEET, "E8").formula).toMatch(/^=SUM\(/);
    await host.restore(SHEET);
    expect(wb.cell(SHEET, "E8")).toMatchObject({ value: "=14 (đã duyệt)", formula: null });
  });

  it("clear highlights removes ours and nothing else", async () => {
    await run((context) => {
      const cf = context.workbook.worksheets.getItem(SHEET).getRange("C8:C20").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=C8>5";
      cf.custom.format.fill.color = "#00FF00";
    });
    await apply();
    await host.clearHighlights(SHEET);
    const rules = wb.conditionalFormats(SHEET);
    expect(rules.map((r) => r.rule.formula)).toEqual(["=C8>5"]);
    expect(wb.cell(SHEET, "J7").value).toBe("");
    expect(wb.cell(SHEET, "C8").formula).toBe("=SUM(C9:C13,C16:C17)");
  });
});

describe("after the user renamed the table's sheet", () => {
  beforeEach(() => open());
  const RENAMED = "Phụ lục KH 52";
  const rename = () =>
    run((context) => {
      context.workbook.worksheets.getItem(SHEET).name = RENAMED;
    });
  /** The renamed sheet as it would be under its old name: for comparing with the workbook before the run. */
  const asBefore = (sheets: { name: string }[]) => sheets.map((s) => (s.name === RENAMED ? { ...s, name: SHEET } : s));

  it("restore still puts back exactly what the table held", async () => {
    const original = everything(wb);
    const outcome = await apply();
    await rename();
    await host.restore(RENAMED);
    const generated = new Set([...outcome.created.map((c) => c.name), STATE_SHEET]);
    expect(asBefore((everything(wb) as { name: string }[]).filter((s) => !generated.has(s.name)))).toEqual(original);
  });

  it("a second run replaces the first run's highlights there instead of adding to them, and clear removes them", async () => {
    const first = await apply();
    const rules = wb.conditionalFormats(SHEET).length;
    await rename();
    await host.apply({
      sheet: RENAMED,
      operations: ALL,
      language: "vi",
      expectedGenerated: first.state.generated.map((g) => g.name),
    });
    expect(wb.conditionalFormats(RENAMED)).toHaveLength(rules);
    await host.clearHighlights(RENAMED);
    expect(wb.conditionalFormats(RENAMED)).toHaveLength(0);
  });
});

describe("failures", () => {
  it.each([1, 2, 3])("a failure at sync %i leaves the workbook as it was and says so", async (n) => {
    await open("gia-nghia-2024.pasted.xlsx");
    const original = everything(wb);
    install(n);
    await expect(apply()).rejects.toBeInstanceOf(HostError);
    expect(everything(wb)).toEqual(original);
  });

  it("a protected table stops the run after the new sheets were made; they are removed again", async () => {
    wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx", (s) => ({ protected: s.name === SHEET }));
    install();
    const original = everything(wb);
    await expect(apply()).rejects.toMatchObject({ kind: "protected" });
    expect(everything(wb)).toEqual(original);
  });

  it("a rerun that fails gives back the earlier sheets under their names", async () => {
    await open();
    const first = await apply();
    await run((context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect();
    });
    const before = everything(wb);
    await expect(apply(first.created.map((c) => c.name))).rejects.toMatchObject({ kind: "protected" });
    expect(everything(wb)).toEqual(before);
  });
});

async function run(fn: (context: Excel.RequestContext) => void): Promise<void> {
  await Excel.run(async (context) => {
    fn(context);
    await context.sync();
  });
}
