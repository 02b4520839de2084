/**
 * Requirement sets: the in-memory Excel's members carry the levels the Office.js type definitions give them, and an
 * Excel configured at a level refuses, at sync, every member above it with ApiNotFound, as Excel does.
 */
import { createContext, installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { levelAtLeast } from "../../src/memory-excel/proxy/api-level";
import { EXCEL_CLASSES } from "../../src/memory-excel/proxy/members";
import { officeJsLevels } from "./office-js-levels";

const levels = officeJsLevels();

describe("each class's table", () => {
  it("covers the classes the in-memory Excel models", () => {
    expect(EXCEL_CLASSES.map((c) => c.spec.name).sort()).toEqual(
      expect.arrayContaining(["Range", "Worksheet", "WorksheetCollection", "ConditionalFormat", "DataValidation"]),
    );
  });

  it.each(EXCEL_CLASSES.map((c) => [c.spec.name, c.spec] as const))(
    "%s: the class and each member at the level Office.js's type definitions give",
    (name, spec) => {
      const office = levels.get(name);
      expect(office).toBeDefined();
      const properties = Object.entries(spec.properties ?? {});
      expect(Object.fromEntries(properties.flatMap(([m, p]) => (p.writeSince ? [[m, p.writeSince]] : [])))).toEqual(
        Object.fromEntries([...office!.writes].filter(([m]) => properties.some(([p]) => p === m))),
      );
      const ours = {
        class: spec.since,
        ...Object.fromEntries(properties.map(([m, p]) => [m, p.since])),
        ...spec.navigations,
        ...spec.methods,
        ...spec.events,
      };
      const theirs = Object.fromEntries(
        Object.keys(ours).map((m) => [m, m === "class" ? office!.since : office!.members.get(m)]),
      );
      expect(ours).toEqual(theirs);
    },
  );

  it.each(EXCEL_CLASSES.map((c) => [c.spec.name, c.type, c.spec] as const))(
    "%s: every method the class has is in its table, so none escapes the level check",
    (_name, type, spec) => {
      const own = Object.getOwnPropertyNames(type.prototype).filter((m) => {
        const d = Object.getOwnPropertyDescriptor(type.prototype, m)!;
        return m !== "constructor" && typeof d.value === "function" && levels.get(spec.name)!.members.has(m);
      });
      expect(own.filter((m) => !(m in (spec.methods ?? {})))).toEqual([]);
    },
  );
});

/** A workbook with a merged title and a table below it. */
function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "S",
      cells: [
        ["Title", null],
        [1, 2],
      ],
      merges: ["A1:B1"],
    },
  ]);
}

describe("an Excel at a requirement-set level", () => {
  it("refuses a method above it at sync, with ApiNotFound naming the member and the set, after what came before", async () => {
    const wb = workbook();
    const context = createContext(wb, { excelApi: "1.12" });
    const sheet = context.excel.workbook.worksheets.getItem("S");
    sheet.getRange("A2").values = [[5]];
    const merges = sheet.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
    sheet.getRange("B2").values = [[6]];
    const failure = await context.sync().then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: expect.stringContaining("RangeAreas") },
      message: expect.stringContaining("Range.getMergedAreasOrNullObject is part of the ExcelApi 1.13 requirement set"),
    });
    // No transaction: what ran before stays, what came after was dropped.
    expect(wb.values("S", "A2:B2")).toEqual([[5, 2]]);
    expect(() => merges.address).toThrow();
  });

  it("accepts the same method from that level on", async () => {
    const context = createContext(workbook(), { excelApi: "1.13" });
    const merges = context.excel.workbook.worksheets.getItem("S").getRange("A1:B2").getMergedAreasOrNullObject();
    merges.load("address");
    await context.sync();
    expect(merges.address).toBe("S!A1:B1");
  });

  it("refuses writing and loading a property above it, and a child object above it", async () => {
    const refused = async (level: string, queue: (range: Excel.Range) => void) => {
      const context = createContext(workbook(), { excelApi: level });
      queue(context.excel.workbook.worksheets.getItem("S").getRange("A2"));
      return context.sync().then(
        () => "accepted",
        (e: { code: string }) => e.code,
      );
    };
    const validation = (range: Excel.Range) => {
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    };
    expect(await refused("1.7", validation)).toBe("ApiNotFound");
    expect(await refused("1.8", validation)).toBe("accepted");
    const hyperlink = (range: Excel.Range) => {
      range.hyperlink = { address: "https://example.org", textToDisplay: "x" };
    };
    expect(await refused("1.6", hyperlink)).toBe("ApiNotFound");
    expect(await refused("1.7", hyperlink)).toBe("accepted");
    const layout = (range: Excel.Range) => void range.worksheet.pageLayout.load("orientation");
    expect(await refused("1.8", layout)).toBe("ApiNotFound");
    expect(await refused("1.9", layout)).toBe("accepted");
    const rowHidden = (range: Excel.Range) => void range.load("rowHidden");
    expect(await refused("1.1", rowHidden)).toBe("ApiNotFound");
    expect(await refused("1.2", rowHidden)).toBe("accepted");
    // Read since 1.1, set since 1.2.
    const hide = (range: Excel.Range) => void (range.worksheet.visibility = "Hidden");
    expect(await refused("1.1", hide)).toBe("ApiNotFound");
    expect(await refused("1.1", (range) => void range.worksheet.load("visibility"))).toBe("accepted");
  });

  it("loads, when asked for every property, only those it has", async () => {
    const context = createContext(workbook(), { excelApi: "1.6" });
    const sheet = context.excel.workbook.worksheets.getItem("S").load();
    await context.sync();
    expect(sheet.name).toBe("S");
    expect(() => sheet.tabColor).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("refuses an event above it when the handler is added", async () => {
    const context = createContext(workbook(), { excelApi: "1.6" });
    context.excel.workbook.worksheets.getItem("S").onChanged.add(async () => {});
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it.each(["1.7", "1.14", "1.17"])(
    "at %s, isSetSupported says yes exactly for the members the Excel accepts",
    async (level) => {
      const wb = workbook();
      const target: Record<string, any> = {};
      const installed = installExcelGlobals(wb, { excelApiVersion: level, target });
      const supports = (since: string) => target.Office.context.requirements.isSetSupported("ExcelApi", since);
      for (const { spec } of EXCEL_CLASSES) {
        const members = [
          ...Object.values(spec.properties ?? {}).map((p) => p.since),
          ...Object.values(spec.methods ?? {}),
          ...Object.values(spec.events ?? {}),
        ];
        for (const since of members) expect(supports(since)).toBe(levelAtLeast(level, since));
      }
      // And an Excel.run there refuses what isSetSupported denies.
      const refused = await target.Excel.run(async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        return context.sync().then(
          () => false,
          () => true,
        );
      });
      expect(refused).toBe(!supports("1.13"));
      installed.uninstall();
    },
  );
});
