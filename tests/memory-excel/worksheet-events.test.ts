/**
 * Worksheet.onChanged and onFormatChanged: registered and removed at sync, told of every write to the sheet's cells
 * (contents to the one, formats to the other), later, as Excel does; triggerSource only from ExcelApi 1.14.
 */
import {
  createContext,
  MemoryWorkbook,
  WorksheetChangedEventArgs,
  WorksheetFormatChangedEventArgs,
} from "../../src/memory-excel";

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        [1, 2],
        [3, 4],
      ],
    },
    { name: "Other", cells: [["x"]] },
  ]);
}

/** Lets Excel's events, which travel apart from the requests' answers, arrive. */
const eventsArrive = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A handler registered (and synced) on the sheet, and what it heard. */
async function listen(wb: MemoryWorkbook, sheet = "Plan", excelApi?: string) {
  const heard: WorksheetChangedEventArgs[] = [];
  const context = createContext(wb, { excelApi });
  const registration = context.excel.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
    heard.push(args as unknown as WorksheetChangedEventArgs);
  });
  await context.sync();
  return { heard, registration };
}

/** One Excel.run-like batch of the add-in's writes on a fresh context. */
async function addinWrites(wb: MemoryWorkbook, write: (context: Excel.RequestContext) => void): Promise<void> {
  const context = createContext(wb);
  write(context.excel);
  await context.sync();
}

describe("registering a handler", () => {
  it("takes effect at sync, not before", async () => {
    const wb = workbook();
    const context = createContext(wb);
    const calls: string[] = [];
    context.excel.workbook.worksheets.getItem("Plan").onChanged.add(async (args) => {
      calls.push(args.address);
    });
    wb.editByUser("Plan", "A1", 10);
    await eventsArrive();
    expect(calls).toEqual([]);
    await context.sync();
    wb.editByUser("Plan", "A2", 30);
    await eventsArrive();
    expect(calls).toEqual(["A2"]);
  });

  it("fails the sync for a sheet that does not exist", async () => {
    const context = createContext(workbook());
    context.excel.workbook.worksheets.getItem("Missing").onChanged.add(async () => {});
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("a user's edit", () => {
  it("changes the cells as typed and tells the sheet's handlers what changed, after the call returns", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    wb.editByUser("Plan", "B2:C3", [
      ["12", "=A1+B2"],
      ["text", ""],
    ]);
    expect(heard).toEqual([]);
    expect(wb.values("Plan", "B2:C3")).toEqual([
      [12, 13],
      ["text", ""],
    ]);
    expect(wb.cell("Plan", "C2").formula).toBe("=A1+B2");
    await eventsArrive();
    expect(heard).toEqual([
      {
        type: "WorksheetChanged",
        worksheetId: wb.sheet("Plan").id,
        address: "B2:C3",
        changeType: "RangeEdited",
        source: "Local",
        triggerSource: "Unknown",
      },
    ]);
  });

  it("writes one value into every cell of the range", () => {
    const wb = workbook();
    wb.editByUser("Plan", "A1:B1", 7);
    expect(wb.values("Plan", "A1:B2")).toEqual([
      [7, 7],
      [3, 4],
    ]);
  });

  it("reaches only the handlers of that sheet", async () => {
    const wb = workbook();
    const plan = await listen(wb, "Plan");
    const other = await listen(wb, "Other");
    wb.editByUser("Other", "A1", "y");
    await eventsArrive();
    expect(plan.heard).toEqual([]);
    expect(other.heard.map((a) => a.address)).toEqual(["A1"]);
  });

  it("is refused on a protected sheet, and nobody hears of it", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Plan", cells: [[1]], protected: true }]);
    const { heard } = await listen(wb);
    expect(() => wb.editByUser("Plan", "A1", 2)).toThrow(expect.objectContaining({ code: "AccessDenied" }));
    await eventsArrive();
    expect(heard).toEqual([]);
    expect(wb.values("Plan", "A1")).toEqual([[1]]);
  });

  it("follows the sheet through a rename", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    await addinWrites(wb, (context) => {
      context.workbook.worksheets.getItem("Plan").name = "Plan 2025";
    });
    wb.editByUser("Plan 2025", "A1", 5);
    await eventsArrive();
    expect(heard.map((a) => a.address)).toEqual(["A1"]);
  });
});

describe("the add-in's own writes", () => {
  it("reach the handlers after the sync's promise resolved, from another context, marked as the add-in's", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    await addinWrites(wb, (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [[5, 6]];
    });
    expect(heard).toEqual([]);
    await eventsArrive();
    expect(heard).toEqual([
      expect.objectContaining({ address: "A1:B1", changeType: "RangeEdited", triggerSource: "ThisLocalAddin" }),
    ]);
  });

  it("are heard for formulas, clears of contents and merges that drop values; not for formats only", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    await addinWrites(wb, (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("C1").formulas = [["=A1*2"]];
      sheet.getRange("A2").numberFormat = [["0.00"]];
      sheet.getRange("A1:A2").format.fill.color = "#FFFF00";
      sheet.getRange("F1").clear("Formats");
      sheet.getRange("D1:D2").clear("Contents");
      sheet.getRange("B1:B2").merge();
      sheet.getRange("E1:E2").merge();
      sheet.getRange("G1").clear("All");
    });
    await eventsArrive();
    expect(heard.map((a) => a.address)).toEqual(["C1", "D1:D2", "B1:B2", "G1"]);
  });

  it("are told apart from others' only from ExcelApi 1.14: an older Excel sends no triggerSource", async () => {
    for (const [level, expected] of [
      ["1.13", undefined],
      ["1.14", "ThisLocalAddin"],
    ] as const) {
      const wb = workbook();
      const { heard } = await listen(wb, "Plan", level);
      await addinWrites(wb, (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").values = [[9]];
      });
      wb.editByUser("Plan", "A2", 8);
      await eventsArrive();
      expect(heard.map((a) => a.triggerSource)).toEqual([expected, level === "1.14" ? "Unknown" : undefined]);
      expect(heard.every((a) => "triggerSource" in a)).toBe(level === "1.14");
    }
  });

  it("are heard only for the operations applied when a sync fails midway", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    const context = createContext(wb, { failAtOperation: { sync: 1, operation: 1 } });
    const sheet = context.excel.workbook.worksheets.getItem("Plan");
    sheet.getRange("A1").values = [[8]];
    sheet.getRange("A2").values = [[9]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    await eventsArrive();
    expect(heard.map((a) => a.address)).toEqual(["A1"]);
  });

  it("are not heard when the sync is refused whole", async () => {
    const wb = workbook();
    const { heard } = await listen(wb);
    const context = createContext(wb, { failAtSync: 1 });
    context.excel.workbook.worksheets.getItem("Plan").getRange("A1").values = [[8]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    await eventsArrive();
    expect(heard).toEqual([]);
  });
});

describe("removing a handler", () => {
  it("takes effect when the result's own context syncs", async () => {
    const wb = workbook();
    const { heard, registration } = await listen(wb);
    registration.remove();
    wb.editByUser("Plan", "A1", 1);
    await eventsArrive();
    expect(heard).toHaveLength(1);
    await registration.context.sync();
    wb.editByUser("Plan", "A1", 2);
    await eventsArrive();
    expect(heard).toHaveLength(1);
  });

  it("leaves the other handlers of the sheet listening", async () => {
    const wb = workbook();
    const first = await listen(wb);
    const second = await listen(wb);
    first.registration.remove();
    await first.registration.context.sync();
    wb.editByUser("Plan", "A1", 1);
    await eventsArrive();
    expect(first.heard).toEqual([]);
    expect(second.heard).toHaveLength(1);
  });

  it("silences a change not yet delivered", async () => {
    const wb = workbook();
    const { heard, registration } = await listen(wb);
    wb.editByUser("Plan", "A1", 1);
    registration.remove();
    await registration.context.sync();
    await eventsArrive();
    expect(heard).toEqual([]);
  });
});

describe("Worksheet.onFormatChanged (ExcelApi 1.9)", () => {
  async function listenToFormats(wb: MemoryWorkbook, excelApi?: string) {
    const heard: WorksheetFormatChangedEventArgs[] = [];
    const context = createContext(wb, { excelApi });
    context.excel.workbook.worksheets.getItem("Plan").onFormatChanged.add(async (args) => {
      heard.push(args as unknown as WorksheetFormatChangedEventArgs);
    });
    await context.sync();
    return heard;
  }

  it("hears fills, fonts, borders, number formats and clears of formats; not contents; without triggerSource", async () => {
    const wb = workbook();
    const heard = await listenToFormats(wb);
    await addinWrites(wb, (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("A1:A2").format.fill.color = "#FFFF00";
      sheet.getRange("B1").format.font.bold = true;
      sheet.getRange("B2").format.borders.getItem("EdgeTop").style = "Continuous";
      sheet.getRange("A2").numberFormat = [["0.00"]];
      sheet.getRange("C1").values = [[1]];
      sheet.getRange("C2").clear("Formats");
      sheet.getRange("D1").clear("Contents");
    });
    await eventsArrive();
    expect(heard).toEqual(
      ["A1:A2", "B1", "B2", "A2", "C2"].map((address) => ({
        type: "WorksheetFormatChanged",
        worksheetId: wb.sheet("Plan").id,
        address,
        source: "Local",
      })),
    );
  });

  it("hears the user's formats, which onChanged does not", async () => {
    const wb = workbook();
    const formats = await listenToFormats(wb);
    const { heard } = await listen(wb);
    wb.formatByUser("Plan", "A1:B1", { numberFormat: "0.0" });
    await eventsArrive();
    expect(formats.map((a) => a.address)).toEqual(["A1:B1"]);
    expect(heard).toEqual([]);
  });

  it("is refused below ExcelApi 1.9", async () => {
    await expect(listenToFormats(workbook(), "1.8")).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(listenToFormats(workbook(), "1.9")).resolves.toEqual([]);
  });
});
