/** Worksheets: names as Excel validates them, order, visibility, protection, freeze panes, page layout, charts. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

async function syncError(ctx: { sync(): Promise<void> }): Promise<{ code: string }> {
  return ctx.sync().then(
    () => ({ code: "none" }),
    (e: { code: string }) => e,
  );
}

describe("sheet names", () => {
  it.each([
    ["too long", "x".repeat(32)],
    ["empty", ""],
    ["backslash", "a\\b"],
    ["slash", "a/b"],
    ["question mark", "a?"],
    ["star", "a*"],
    ["bracket", "[a]"],
    ["colon", "a:b"],
    ["leading apostrophe", "'a"],
    ["trailing apostrophe", "a'"],
    ["reserved History", "history"],
  ])("refuses a name with %s (InvalidArgument)", async (_why, name) => {
    const wb = new MemoryWorkbook();
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.add(name);
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  it("accepts 31 characters, Vietnamese letters and inner apostrophes", async () => {
    const wb = new MemoryWorkbook();
    const ctx = createContext(wb);
    for (const name of ["x".repeat(31), "Kế hoạch CCHC 2024", "Plan d'action"]) ctx.excel.workbook.worksheets.add(name);
    await ctx.sync();
    expect(wb.sheetNames()).toEqual(["Sheet1", "x".repeat(31), "Kế hoạch CCHC 2024", "Plan d'action"]);
  });

  it("refuses a duplicate name whatever its case (ItemAlreadyExists), on add and on rename", async () => {
    const wb = new MemoryWorkbook(["Data", "Other"]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.add("DATA");
    expect(await syncError(ctx)).toMatchObject({ code: "ItemAlreadyExists" });
    ctx.excel.workbook.worksheets.getItem("Other").name = "data";
    expect(await syncError(ctx)).toMatchObject({ code: "ItemAlreadyExists" });
    expect(wb.sheetNames()).toEqual(["Data", "Other"]);
  });

  it("finds sheets by name ignoring case, and reports a missing one as ItemNotFound when used", async () => {
    const ctx = createContext(new MemoryWorkbook(["Data"]));
    const found = ctx.excel.workbook.worksheets.getItem("dAtA").load("name");
    await ctx.sync();
    expect(found.name).toBe("Data");
    ctx.excel.workbook.worksheets.getItem("Missing").load("name");
    expect(await syncError(ctx)).toMatchObject({ code: "ItemNotFound" });
  });

  it("rewrites formulas that point at a renamed sheet, as Excel does", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "Data", cells: [[5]] },
      { name: "Sum", cells: [["=Data!A1*2"]] },
    ]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("Data").name = "Số liệu";
    await ctx.sync();
    expect(wb.cell("Sum", "A1")).toMatchObject({ formula: "='Số liệu'!A1*2", value: 10 });
  });
});

describe("sheet collection", () => {
  it("adds at the end, moves, hides, activates and deletes", async () => {
    const wb = new MemoryWorkbook(["A", "B"]);
    const ctx = createContext(wb);
    const sheets = ctx.excel.workbook.worksheets;
    const c = sheets.add("C");
    c.position = 0;
    sheets.getItem("A").visibility = "Hidden";
    c.activate();
    const active = sheets.getActiveWorksheet().load("name, position");
    sheets.load("items/name,items/visibility");
    await ctx.sync();
    expect(wb.sheetNames()).toEqual(["C", "A", "B"]);
    expect([active.name, active.position]).toEqual(["C", 0]);
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["C", "Visible"],
      ["A", "Hidden"],
      ["B", "Visible"],
    ]);
    sheets.getItem("C").delete();
    await ctx.sync();
    expect(wb.sheetNames()).toEqual(["A", "B"]);
    expect(wb.active.name).toBe("B");
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const wb = new MemoryWorkbook(["Only"]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("Only").delete();
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidOperation" });
    ctx.excel.workbook.worksheets.getItem("Only").visibility = "Hidden";
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidOperation" });
  });

  it("getItemOrNullObject reports isNullObject after sync, and a proxy of a deleted sheet fails", async () => {
    const wb = new MemoryWorkbook(["A", "B"]);
    const ctx = createContext(wb);
    const a = ctx.excel.workbook.worksheets.getItemOrNullObject("A");
    const z = ctx.excel.workbook.worksheets.getItemOrNullObject("Z");
    await ctx.sync();
    expect([a.isNullObject, z.isNullObject]).toEqual([false, true]);
    a.delete();
    await ctx.sync();
    a.getRange("A1").values = [[1]];
    expect(await syncError(ctx)).toMatchObject({ code: "ItemNotFound" });
  });

  it("stores a tab colour and clears it with an empty string", async () => {
    const wb = new MemoryWorkbook(["A"]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("A");
    ws.tabColor = "#00b050";
    await ctx.sync();
    expect(wb.layout("A").tabColor).toBe("#00B050");
    ws.tabColor = "";
    ws.load("tabColor");
    await ctx.sync();
    expect(ws.tabColor).toBe("");
  });
});

describe("protection", () => {
  it("denies cell writes on a protected sheet (AccessDenied) and allows them after unprotect", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Locked", cells: [["keep"]], protected: true }]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Locked");
    ws.protection.load("protected");
    await ctx.sync();
    expect(ws.protection.protected).toBe(true);
    for (const write of [
      () => (ws.getRange("A1").values = [["x"]]),
      () => (ws.getRange("A1").format.fill.color = "#FF0000"),
      () => ws.getRange("A1:B1").merge(),
      () => ws.getRange("A1").conditionalFormats.add("Custom"),
      () => ws.getRange("A1").clear(),
    ]) {
      write();
      expect(await syncError(ctx)).toMatchObject({ code: "AccessDenied" });
    }
    expect(wb.cell("Locked", "A1")).toMatchObject({ value: "keep", fill: null });
    ws.protection.unprotect();
    ws.getRange("A1").values = [["changed"]];
    await ctx.sync();
    expect(wb.cell("Locked", "A1").value).toBe("changed");
  });

  it("protect fails on an already protected sheet and unprotect checks the password", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const ctx = createContext(wb);
    const protection = ctx.excel.workbook.worksheets.getItem("S").protection;
    protection.protect(undefined, "secret");
    await ctx.sync();
    protection.protect();
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidOperation" });
    protection.unprotect("wrong");
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidArgument" });
    protection.unprotect("secret");
    await ctx.sync();
    expect(wb.layout("S").protected).toBe(false);
  });
});

describe("freeze panes, page layout and charts", () => {
  it("stores frozen rows/columns and reports the frozen location", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("S");
    ws.freezePanes.freezeRows(2);
    await ctx.sync();
    expect(wb.layout("S")).toMatchObject({ freezeRows: 2, freezeColumns: 0 });
    ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
    const location = ws.freezePanes.getLocationOrNullObject().load("address");
    await ctx.sync();
    expect(wb.layout("S")).toMatchObject({ freezeRows: 3, freezeColumns: 2 });
    expect(location.address).toBe("S!A1:B3");
    ws.freezePanes.unfreeze();
    const none = ws.freezePanes.getLocationOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
  });

  it("stores orientation, paper size and print title rows", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const ctx = createContext(wb);
    const layout = ctx.excel.workbook.worksheets.getItem("S").pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.setPrintTitleRows("$1:$2");
    const titles = layout.getPrintTitleRowsOrNullObject().load("address");
    await ctx.sync();
    expect(wb.layout("S")).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2" });
    expect(titles.address).toBe("S!1:2");
    layout.orientation = "Sideways" as Excel.PageOrientation;
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps each series' category labels, refusing labels on another sheet or of another length", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "Điểm", cells: [["Lĩnh vực", "Tối đa", "Điểm"], ["Chỉ đạo", 6, 5], ["Thể chế", 7, 6], ["1"], ["2"]] },
      { name: "Khác", cells: [["1"], ["2"]] },
    ]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Điểm");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
    chart.series.load("count");
    await ctx.sync();
    expect(chart.series.count).toBe(2);
    for (const bad of [
      ws.getRange("A4:A6"),
      ws.getRange("A4:B5"),
      ctx.excel.workbook.worksheets.getItem("Khác").getRange("A1:A2"),
    ]) {
      chart.series.getItemAt(0).setXAxisValues(bad);
      expect(await syncError(ctx)).toMatchObject({ code: "InvalidArgument" });
    }
    chart.series.getItemAt(2).setXAxisValues(ws.getRange("A4:A5"));
    expect(await syncError(ctx)).toMatchObject({ code: "InvalidArgument" });
    chart.series.getItemAt(1).setXAxisValues(ws.getRange("A4:A5"));
    await ctx.sync();
    expect(wb.charts("Điểm")[0].xAxisValues).toEqual([null, "Điểm!A4:A5"]);
  });

  it("stores a chart with its source range, title and position", async () => {
    const wb = MemoryWorkbook.fromSheets([
      {
        name: "Điểm",
        cells: [
          ["Lĩnh vực", "Điểm"],
          ["1", 5],
        ],
      },
    ]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Điểm");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns");
    chart.title.text = "Điểm theo lĩnh vực";
    chart.setPosition("D2", "J15");
    chart.load("name");
    const count = ws.charts.getCount();
    await ctx.sync();
    expect(chart.name).toBe("Chart 1");
    expect(count.value).toBe(1);
    expect(wb.charts("Điểm")).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "Điểm!A1:B2",
        seriesBy: "Columns",
        title: "Điểm theo lĩnh vực",
        position: { start: "D2", end: "J15" },
        xAxisValues: [null],
      },
    ]);
    ws.charts.getItem("Chart 1").delete();
    await ctx.sync();
    expect(wb.charts("Điểm")).toEqual([]);
  });
});

describe("formulas pointing at other sheets", () => {
  it("become #REF! when their sheet is deleted, and stay so when a sheet of that name comes back", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "Tạm", cells: [[5]] },
      { name: "Sum", cells: [["=SUM('Tạm'!A1:A2)+1"]] },
    ]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("Tạm").delete();
    await ctx.sync();
    expect(wb.cell("Sum", "A1")).toMatchObject({ formula: "=SUM(#REF!A1:A2)+1", value: "#REF!" });
    ctx.excel.workbook.worksheets.add("Tạm");
    await ctx.sync();
    expect(wb.cell("Sum", "A1").value).toBe("#REF!");
  });
});
