/** Proxy semantics: queued writes, load + sync before reads, batch order, counters, injected failures. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
import { MemoryWorkbook, createContext, run } from "../../src/memory-excel";

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "Data",
      cells: [
        [1, 2],
        [3, 4],
      ],
    },
  ]);
}

describe("reading before load and sync", () => {
  it("throws PropertyNotLoaded with Excel's message when a property was never loaded", () => {
    const ctx = createContext(workbook());
    const range = ctx.excel.workbook.worksheets.getItem("Data").getRange("A1");
    expect(() => range.values).toThrow(
      expect.objectContaining({
        code: "PropertyNotLoaded",
        message: `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      }),
    );
  });

  it("still throws after load until sync has run", async () => {
    const ctx = createContext(workbook());
    const range = ctx.excel.workbook.worksheets.getItem("Data").getRange("A1:B2");
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("throws for collection items and isNullObject before sync", async () => {
    const ctx = createContext(workbook());
    const sheets = ctx.excel.workbook.worksheets;
    sheets.load("items/name");
    const missing = sheets.getItemOrNullObject("Nope");
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    expect(missing.isNullObject).toBe(true);
  });

  it("accepts the string, array, select and property-bag forms of load", async () => {
    const ctx = createContext(workbook());
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    const a = ws.getRange("A1").load("values, numberFormat");
    const b = ws.getRange("B1").load(["values", "address"]);
    const c = ws.getRange("A2").load({ select: "text, rowIndex" });
    const d = ws
      .getRange("B2")
      .load({ values: true, format: { fill: { color: true } } } as Excel.Interfaces.RangeLoadOptions);
    const e = ws.getRange("A1").load("format/font/bold");
    await ctx.sync();
    expect([a.values, a.numberFormat]).toEqual([[[1]], [["General"]]]);
    expect([b.values, b.address]).toEqual([[[2]], "Data!B1"]);
    expect([c.text, c.rowIndex]).toEqual([[["3"]], 1]);
    expect([d.values, d.format.fill.color]).toEqual([[[4]], "#FFFFFF"]);
    expect(e.format.font.bold).toBe(false);
  });

  it("loads nothing for an empty list of properties, a collection's items neither", async () => {
    const ctx = createContext(workbook());
    const sheets = ctx.excel.workbook.worksheets;
    const range = sheets.getItem("Data").getRange("A1");
    sheets.load("");
    // eslint-disable-next-line office-addins/no-empty-load -- the empty load is what is tested
    range.load([]);
    await ctx.sync();
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("rejects the sync when a load names a property that does not exist", async () => {
    const ctx = createContext(workbook());
    ctx.excel.workbook.worksheets.getItem("Data").getRange("A1").load("valuez");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("queued writes", () => {
  it("changes nothing until sync, then applies the writes", async () => {
    const wb = workbook();
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("Data").getRange("A1").values = [[42]];
    expect(wb.cell("Data", "A1").value).toBe(1);
    await ctx.sync();
    expect(wb.cell("Data", "A1").value).toBe(42);
  });

  it("loads values as they are after the writes queued before the load in the same batch", async () => {
    const ctx = createContext(workbook());
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    const before = ws.getRange("A1").load("values");
    ws.getRange("A1").values = [[10]];
    const after = ws.getRange("A1:A3").load("values");
    ws.getRange("A3").values = [["=A1+A2"]];
    const last = ws.getRange("A3").load("values");
    await ctx.sync();
    expect(before.values).toEqual([[1]]);
    expect(after.values).toEqual([[10], [3], [""]]);
    expect(last.values).toEqual([[13]]);
  });

  it("keeps the value it was given readable at once, as Office.js does", () => {
    const ctx = createContext(workbook());
    const range = ctx.excel.workbook.worksheets.getItem("Data").getRange("A1");
    range.values = [["12"]];
    expect(range.values).toEqual([["12"]]);
  });

  it("resolves a sheet once: a renamed sheet keeps receiving writes through the same proxy", async () => {
    const wb = workbook();
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    ws.name = "Renamed";
    ws.getRange("C1").values = [["after"]];
    await ctx.sync();
    expect(wb.sheetNames()).toEqual(["Renamed"]);
    expect(wb.cell("Renamed", "C1").value).toBe("after");
  });
});

describe("failures at sync", () => {
  it("keeps operations before the failing one, drops the rest and rejects with its code", async () => {
    const wb = workbook();
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    ws.getRange("A1").values = [["first"]];
    ctx.excel.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
    ws.getRange("A2").values = [["never"]];
    const error = await ctx.sync().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect((error as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation).toBe("Range.set values");
    expect(wb.values("Data", "A1:A2")).toEqual([["first"], [3]]);
    // The dropped operations are gone: the next sync has nothing to do.
    await ctx.sync();
    expect(wb.cell("Data", "A2").value).toBe(3);
  });

  it("does not fill loaded values when the sync fails", async () => {
    const ctx = createContext(workbook());
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    const range = ws.getRange("A1").load("values");
    ws.getRange("not an address").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("failAtSync makes that sync reject with GeneralException and apply none of its batch", async () => {
    const wb = workbook();
    const ctx = createContext(wb, { failAtSync: 2 });
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    ws.getRange("A1").values = [["one"]];
    await ctx.sync();
    ws.getRange("A2").values = [["two"]];
    ws.getRange("B2").values = [["two too"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    ws.getRange("B1").values = [["three"]];
    await ctx.sync();
    expect(wb.values("Data")).toEqual([
      ["one", "three"],
      [3, 4],
    ]);
    expect(ctx.syncCount).toBe(3);
  });

  it("rejects a request over the payload limit with RequestPayloadSizeLimitExceeded, applying nothing", async () => {
    const wb = workbook();
    const ctx = createContext(wb, { requestLimitBytes: 1000 });
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    ws.getRange("A1").values = [["small"]];
    await ctx.sync();
    ws.getRange("A2").values = [["x".repeat(2000)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(wb.cell("Data", "A1").value).toBe("small");
    expect(wb.cell("Data", "A2").value).toBe(3);
  });

  it("applies the 5 MB limit of Excel on the web by default", async () => {
    const ctx = createContext(workbook());
    const big = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);
    ctx.excel.workbook.worksheets.getItem("Data").getRange("A1:A6000").values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("reads 5 MB as 5,000,000 bytes, the stricter reading: a 4.9 MiB request is refused", async () => {
    const ctx = createContext(workbook());
    const rows = Array.from({ length: 5000 }, () => ["z".repeat(1020)]); // about 5.13 million bytes
    ctx.excel.workbook.worksheets.getItem("Data").getRange("A1:A5000").values = rows;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("counts what Office.js sends for every operation, not only its arguments", async () => {
    const ctx = createContext(workbook());
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    // 25,000 one-cell writes: about 0.9 MB of arguments, over 5 MB once each operation's action and path count.
    for (let i = 0; i < 25_000; i++) ws.getRangeByIndexes(i, 0, 1, 1).values = [[i]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("refuses a response over 5,000,000 bytes with ResponsePayloadSizeLimitExceeded, and reports each response's size", async () => {
    const wb = workbook();
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      for (let i = 0; i < 5; i++) {
        ws.getRangeByIndexes(i * 1000, 0, 1000, 1).values = Array(1000).fill(["w".repeat(1020)]);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request would pass the limit
        await context.sync();
      }
    });
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    const all = ws.getRange("A1:A5000").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => all.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const half = ws.getRange("A1:A2500").load("values");
    await ctx.sync();
    expect(half.values).toHaveLength(2500);
    expect(ctx.syncResponseBytes).toEqual([expect.any(Number)]);
    expect(ctx.syncResponseBytes[0]).toBeGreaterThan(2500 * 1020);
    expect(ctx.syncResponseBytes[0]).toBeLessThan(5_000_000);
  });
});

describe("counters", () => {
  it("counts syncs and estimates each sync's request bytes from the queued arguments", async () => {
    const ctx = createContext(workbook());
    const ws = ctx.excel.workbook.worksheets.getItem("Data");
    await ctx.sync();
    ws.getRange("A1").values = [["short"]];
    await ctx.sync();
    ws.getRange("A1").values = [["a much longer text than the first one".repeat(10)]];
    await ctx.sync();
    expect(ctx.syncCount).toBe(3);
    expect(ctx.syncRequestBytes).toHaveLength(3);
    expect(ctx.syncRequestBytes[0]).toBe(0);
    expect(ctx.syncRequestBytes[2]).toBeGreaterThan(ctx.syncRequestBytes[1] + 300);
    expect(ctx.requestBytes).toBe(ctx.syncRequestBytes.reduce((a, b) => a + b, 0));
  });

  it("run() mirrors Excel.run: sends what the batch left queued and returns its result", async () => {
    const wb = workbook();
    const result = await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["queued, not synced"]];
      return range.values[0][0];
    });
    expect(result).toBe(4);
    expect(wb.cell("Data", "C1").value).toBe("queued, not synced");
  });

  it("getCount returns a ClientResult readable only after sync", async () => {
    const ctx = createContext(workbook());
    const count = ctx.excel.workbook.worksheets.getCount();
    expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
    await ctx.sync();
    expect(count.value).toBe(1);
  });
});
