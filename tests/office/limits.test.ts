import { analyzeWithState } from "../../src/core/analyze-with-state";
import { columnLetters } from "../../src/core/cells";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { childRowsByHand, rowsByCode } from "../fixtures/seed-by-hand";
import { buildLargePlanCells } from "../fixtures/large-plan";
import { everything, fixtureWorkbook, specOf } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

describe.each([
  ["gia-nghia-2024.pasted.xlsx", "Phụ lục"],
  ["gia-nghia-2024.clean.xlsx", "Chỉ số CCHC 2024"],
])("a full run on %s", (file, sheet) => {
  it("writes a live SUM over exactly its children in every group and the total, which Excel computes right", async () => {
    const wb = await fixtureWorkbook(file);
    globals = installExcelGlobals(wb);
    const host = createOfficeHost();
    const outcome = await host.apply({ sheet, operations: ALL, language: "vi", expectedGenerated: [] });
    const { plan } = outcome;
    const byRow = new Map(plan.criteria.map((c) => [c.row, c]));
    const rows = rowsByCode(wb.values(sheet, "A1:A80").map((r) => r[0]));
    const groups = childRowsByHand(rows);
    expect(plan.criteria.filter((c) => !c.leaf).map((c) => c.row)).toEqual(groups.map(([row]) => row));
    for (const [field, letter] of [
      ["max", "C"],
      ["score", "D"],
      ["target", "E"],
    ] as const) {
      expect(columnLetters(plan.layout.columns[field]!)).toBe(letter);
      for (const [row, children] of groups) {
        const cell = wb.cell(sheet, `${letter}${row}`);
        const referenced = [...cell.formula!.matchAll(/([A-Z])(\d+)(?::[A-Z](\d+))?/g)].flatMap((m) =>
          Array.from({ length: Number(m[3] ?? m[2]) - Number(m[2]) + 1 }, (_, i) => Number(m[2]) + i),
        );
        expect(referenced).toEqual(children);
        const want = expected.criteria.find((c) => c.code === byRow.get(row)!.code)!.computed![field];
        expect(cell.value).toBeCloseTo(want, 9);
      }
      expect(wb.cell(sheet, `${letter}${plan.total.row}`).value).toBeCloseTo(expected.total.computed[field], 9);
    }
    // Every unit's sheet lists exactly the criteria it leads, then those it supports.
    for (const [unit, codes] of Object.entries(expected.units)) {
      const name = outcome.created.find((c) => c.unit === unit)!.name;
      const listed = wb
        .values(name)
        .filter((r) => typeof r[0] === "number")
        .map((r) => String(r[1]));
      expect(listed).toEqual([...codes.lead, ...codes.support]);
    }
    // What the engine reads back from the written workbook is the same plan.
    const snapshot = await host.snapshot({ kind: "sheet", sheet });
    const again = analyzeWithState(snapshot.sheets, snapshot.sheetNames, snapshot.state, sheet);
    expect(again.ok && again.plan.total.computed).toEqual(expected.total.computed);
    expect(again.ok && again.plan.issues.filter((i) => i.kind === "subtotal-rounding")).toEqual([]);
  });
});

describe("Excel on the web's request limit", () => {
  it("splits the writes into as few syncs as the limit allows, and each request stays under it", async () => {
    const limit = 60_000;
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: limit * 3 } });
    const host = createOfficeHost({ payloadLimitBytes: limit });
    const outcome = await host.apply({ sheet: "Phụ lục", operations: ALL, language: "vi", expectedGenerated: [] });
    const context = globals.contexts[globals.contexts.length - 1];
    expect(context.syncCount).toBeGreaterThan(3);
    // The estimate errs on the large side: every request the split sends is within the limit it aimed at.
    expect(Math.max(...context.syncRequestBytes)).toBeLessThanOrEqual(limit);
    expect(outcome.created.every((c) => wb.sheetNames().includes(c.name))).toBe(true);
  });

  it("a 3,000-criterion plan's first run takes 3 syncs, every request under 5,000,000 bytes", async () => {
    const wb = MemoryWorkbook.fromSheets([specOf(buildLargePlanCells(3_000))]);
    globals = installExcelGlobals(wb);
    await createOfficeHost().apply({ sheet: "Phụ lục", operations: ALL, language: "vi", expectedGenerated: [] });
    const context = globals.contexts[globals.contexts.length - 1];
    expect(context.syncCount).toBe(3);
    expect(Math.max(...context.syncRequestBytes)).toBeLessThan(5_000_000);
  });

  it("without the split, the in-memory Excel refuses the request as Excel on the web does, and nothing is left", async () => {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const before = everything(wb);
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: 60_000 } });
    const host = createOfficeHost();
    await expect(
      host.apply({ sheet: "Phụ lục", operations: ALL, language: "vi", expectedGenerated: [] }),
    ).rejects.toMatchObject({
      kind: "excel",
    });
    expect(everything(wb)).toEqual(before);
  });
});

describe("Excel on the web's response limit", () => {
  const limit = 30_000;
  /** The adapter aims at `limit`; the in-memory Excel refuses twice that: the earlier sheets' columns are not estimated. */
  function installWithLimits(wb: MemoryWorkbook) {
    globals?.uninstall();
    globals = installExcelGlobals(wb, {
      contextOptions: { requestLimitBytes: limit * 2, responseLimitBytes: limit * 2 },
    });
    return createOfficeHost({ payloadLimitBytes: limit });
  }
  const lastContext = () => globals!.contexts[globals!.contexts.length - 1];
  /** The seed plan after a first run without limits. */
  async function appliedOnce() {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    globals = installExcelGlobals(wb);
    const first = await createOfficeHost().apply({
      sheet: "Phụ lục",
      operations: ALL,
      language: "vi",
      expectedGenerated: [],
    });
    return { wb, first };
  }

  it("a rerun reads the table in parts, each response within the limit, and gives the same table as one read", async () => {
    const { wb, first } = await appliedOnce();
    const whole = await createOfficeHost().snapshot({ kind: "sheet", sheet: "Phụ lục" });
    const host = installWithLimits(wb);
    const parted = await host.snapshot({ kind: "sheet", sheet: "Phụ lục" });
    expect(lastContext().syncCount).toBeGreaterThan(3);
    expect(parted.sheets).toEqual(whole.sheets);
    const again = await host.apply({
      sheet: "Phụ lục",
      operations: ALL,
      language: "vi",
      expectedGenerated: first.created.map((c) => c.name),
    });
    expect(again.created.map((c) => c.name)).toEqual(first.created.map((c) => c.name));
    expect(lastContext().syncCount).toBeGreaterThan(4);
    expect(Math.max(...lastContext().syncResponseBytes)).toBeLessThanOrEqual(limit * 2);
  });

  it("looking for the table in every sheet leaves the generated sheets out, so that their size does not count", async () => {
    const { wb, first } = await appliedOnce();
    const host = installWithLimits(wb);
    const snapshot = await host.snapshot({ kind: "all" });
    const read = snapshot.sheets.map((s) => s.name);
    expect(read).toContain("Phụ lục");
    expect(read.filter((n) => first.created.some((c) => c.name === n))).toEqual([]);
  });
});
