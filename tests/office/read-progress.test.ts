/** What the follow-up reads through Office.js: the assignment sheets the state names, and their values. */
import { applyAll, seedHostForEachTest } from "./seed-host";

const seed = seedHostForEachTest();

/** The workbook's own values of a sheet, as the core reads cells: empty text is no value. */
const valuesOf = (sheet: string) => seed.wb.values(sheet).map((row) => row.map((v) => (v === "" ? null : v)));

describe("readProgress", () => {
  it("reads every assignment sheet the run made, whole, and no other sheet", async () => {
    const outcome = await applyAll(seed.host);
    const assignments = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    expect(assignments.length).toBeGreaterThan(1);
    expect(outcome.created.some((c) => c.kind !== "assignment")).toBe(true);

    const progress = await seed.host.readProgress();
    expect(progress.generated.map((g) => g.name).sort()).toEqual([...assignments].sort());
    expect(progress.generated.every((g) => g.kind === "assignment" && g.unit !== null)).toBe(true);
    expect([...progress.sheets.keys()].sort()).toEqual([...assignments].sort());
    for (const name of assignments) {
      const sheet = progress.sheets.get(name)!;
      expect([sheet.top, sheet.left]).toEqual([1, 1]);
      expect(sheet.values).toEqual(valuesOf(name));
    }
  });

  it("names an assignment sheet the user deleted, without values", async () => {
    const outcome = await applyAll(seed.host);
    const [gone, ...kept] = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(gone).delete();
      await context.sync();
    });
    const progress = await seed.host.readProgress();
    expect(progress.generated.map((g) => g.name).sort()).toEqual([gone, ...kept].sort());
    expect(progress.sheets.has(gone)).toBe(false);
    expect([...progress.sheets.keys()].sort()).toEqual([...kept].sort());
  });

  it("names no other sheet the user deleted: the summary is no assignment sheet", async () => {
    const outcome = await applyAll(seed.host);
    const summary = outcome.created.find((c) => c.kind === "summary")!.name;
    const assignments = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(summary).delete();
      await context.sync();
    });
    const progress = await seed.host.readProgress();
    expect(progress.generated.map((g) => g.name).sort()).toEqual([...assignments].sort());
  });

  it("reads the cells holding values, not the blank ones a unit formatted beside and below them", async () => {
    const outcome = await applyAll(seed.host);
    const [formatted] = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    const before = (await seed.host.readProgress()).sheets.get(formatted)!.values;
    seed.wb.formatByUser(formatted, "A1:Z300", { fill: "#FFFF00" });
    const values = (await seed.host.readProgress()).sheets.get(formatted)!.values;
    expect(values.length).toBeLessThan(300);
    expect(values).toEqual(before);
    expect(values).toEqual(valuesOf(formatted));
  });

  it("loads the number formats only in a 1904 workbook, where they tell the dates to turn", async () => {
    const outcome = await applyAll(seed.host);
    const assignments = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    const responseBytes = async () => {
      await seed.host.readProgress();
      const context = seed.globals.contexts[seed.globals.contexts.length - 1];
      return context.syncResponseBytes.reduce((a, b) => a + b, 0);
    };
    const in1900 = await responseBytes();
    seed.wb.date1904 = true;
    const in1904 = await responseBytes();
    // The assignment sheets' formats, read apart: what the 1904 read carries more (DATE's answer, 0 for 1462, is
    // 3 bytes less; each load of the formats adds its overhead).
    const formats = await Excel.run(async (context) => {
      const ranges = assignments.map((name) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
        used.load("numberFormat");
        return used;
      });
      await context.sync();
      return ranges.map((r) => r.numberFormat);
    });
    const formatBytes = formats.reduce((sum, f) => sum + new TextEncoder().encode(JSON.stringify(f)).length, 0);
    expect(formatBytes).toBeGreaterThan(1000);
    expect(in1904 - in1900).toBeGreaterThanOrEqual(formatBytes);
  });

  it("reads a TRUE a unit typed as TRUE", async () => {
    const outcome = await applyAll(seed.host);
    const [typed] = outcome.created.filter((c) => c.kind === "assignment").map((c) => c.name);
    seed.wb.editByUser(typed, "M9", true);
    const progress = await seed.host.readProgress();
    const values = progress.sheets.get(typed)!.values;
    expect(values[8][12]).toBe(true);
    expect(values).toEqual(valuesOf(typed));
  });
});
