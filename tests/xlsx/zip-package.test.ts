import ExcelJS from "exceljs";
// JSZip comes with ExcelJS; the test reads zips with it as an independent reader.
import JSZip from "jszip";
import { openZip, readZipEntries, writeDeflatedZip } from "../../src/xlsx/zip-package";

const SHEETS = ["Kế hoạch cải thiện", "Đơn vị thực hiện", "Tổng hợp điểm"];
const STORE_MAGIC = "\x00\x00";
const DEFLATE_MAGIC = "\x08\x00";

/** A workbook with what apply's output holds: several sheets, Vietnamese text, formulas, styles, a merged title. */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  SHEETS.forEach((name, s) => {
    const ws = wb.addWorksheet(name);
    ws.mergeCells("A1:D1");
    ws.getCell("A1").value = `${name} – năm 2024`;
    ws.getCell("A1").font = { bold: true, size: 14 };
    ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };
    for (let r = 2; r < 200; r++) {
      ws.getCell(r, 1).value = `${s + 1}.${r}`;
      ws.getCell(r, 2).value = `Tiêu chí thành phần số ${r}: công khai thủ tục hành chính đúng quy định`;
      ws.getCell(r, 3).value = r * 0.25;
      ws.getCell(r, 4).value = { formula: `C${r}*2`, result: r * 0.5 };
    }
  });
  return wb;
}

/** JSZip 3 keeps the method it read from the central directory on each file's (not folder's) compressed data. */
function methodOf(entry: JSZip.JSZipObject): string {
  return (entry as unknown as { _data: { compression: { magic: string } } })._data.compression.magic;
}

/** A stored zip written again deflated, its entries unchanged: what apply does when there is no chart to add. */
function deflateStoredZip(zip: Buffer): Promise<Buffer> {
  return writeDeflatedZip(readZipEntries(zip));
}

async function entriesOf(zip: Buffer): Promise<{ names: string[]; zip: JSZip }> {
  const loaded = await JSZip.loadAsync(zip, { checkCRC32: true });
  return { names: Object.keys(loaded.files), zip: loaded };
}

describe("readZipEntries, then writeDeflatedZip", () => {
  let stored: Buffer;
  let deflated: Buffer;

  beforeAll(async () => {
    stored = Buffer.from(await sampleWorkbook().xlsx.writeBuffer({ zip: { compression: "STORE" } }));
    deflated = await deflateStoredZip(stored);
  });

  it("gives a workbook ExcelJS reads back with the same sheets, values, formulas, styles and merges", async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(deflated as unknown as ExcelJS.Buffer);
    expect(read.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
    read.worksheets.forEach((ws, s) => {
      expect(ws.getCell("A1").value).toBe(`${SHEETS[s]} – năm 2024`);
      expect(ws.getCell("A1").font.bold).toBe(true);
      expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFE699" } });
      expect(ws.getCell("D1").isMerged).toBe(true);
      expect(ws.getCell("D1").master.address).toBe("A1");
      expect(ws.getCell("A57").value).toBe(`${s + 1}.57`);
      expect(ws.getCell("B57").value).toBe("Tiêu chí thành phần số 57: công khai thủ tục hành chính đúng quy định");
      expect(ws.getCell("C57").value).toBe(14.25);
      expect(ws.getCell("D57").value).toEqual({ formula: "C57*2", result: 28.5 });
      expect(ws.rowCount).toBe(199);
    });
  });

  it("keeps every entry's name, order and bytes, and deflates every file", async () => {
    const before = await entriesOf(stored);
    const after = await entriesOf(deflated);
    expect(after.names).toEqual(before.names);
    expect(after.names.filter((n) => !before.zip.files[n].dir).length).toBeGreaterThan(5);
    for (const name of before.names) {
      const [was, now] = [before.zip.files[name], after.zip.files[name]];
      expect(now.dir).toBe(was.dir);
      if (!was.dir) expect([methodOf(was), methodOf(now)]).toEqual([STORE_MAGIC, DEFLATE_MAGIC]);
      expect((await now.async("nodebuffer")).equals(await was.async("nodebuffer"))).toBe(true);
    }
  });

  it("is much smaller than the stored zip", () => {
    expect(deflated.length).toBeLessThan(stored.length / 4);
  });

  it("keeps UTF-8 entry names", async () => {
    const source = new JSZip();
    source.file("Kế hoạch/ghi chú – Sở Nội vụ.txt", "Nội dung ghi chú ".repeat(50));
    source.file("plain.txt", "plain text ".repeat(50));
    const zip = await source.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const after = await JSZip.loadAsync(await deflateStoredZip(zip), { checkCRC32: true });
    expect(Object.keys(after.files)).toEqual(["Kế hoạch/", "Kế hoạch/ghi chú – Sở Nội vụ.txt", "plain.txt"]);
    const note = after.files["Kế hoạch/ghi chú – Sở Nội vụ.txt"];
    expect(methodOf(note)).toBe(DEFLATE_MAGIC);
    expect(await note.async("string")).toBe("Nội dung ghi chú ".repeat(50));
  });

  it("writes entries changed or added between reading and writing, in the order given, others as they were", async () => {
    const read = readZipEntries(stored);
    const changed = "xl/worksheets/sheet2.xml";
    const added = ["xl/charts/chart1.xml", "xl/ghi chú/ý kiến.txt"];
    const entries = [
      ...read.map((e) => (e.name === changed ? { name: e.name, data: Buffer.from("<changed/>") } : e)),
      ...added.map((name) => ({ name, data: Buffer.from(`nội dung của ${name}`) })),
    ];
    const before = await entriesOf(stored);
    const after = await entriesOf(await writeDeflatedZip(entries));
    expect(after.names).toEqual([...before.names, ...added]);
    expect(await after.zip.files[changed].async("string")).toBe("<changed/>");
    for (const name of added) {
      expect(methodOf(after.zip.files[name])).toBe(DEFLATE_MAGIC);
      expect(await after.zip.files[name].async("string")).toBe(`nội dung của ${name}`);
    }
    for (const name of before.names.filter((n) => n !== changed && !before.zip.files[n].dir))
      expect(
        (await after.zip.files[name].async("nodebuffer")).equals(await before.zip.files[name].async("nodebuffer")),
      ).toBe(true);
  });

  it("reads back any zip: ExcelJS's own deflated output, and a zip written with data descriptors", async () => {
    const compressed = Buffer.from(await sampleWorkbook().xlsx.writeBuffer());
    expect(readZipEntries(compressed).map((e) => e.name)).toEqual((await entriesOf(stored)).names);
    const streamed = await new JSZip()
      .file("a.txt", "a")
      .generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles: true });
    expect(readZipEntries(streamed).map((e) => [e.name, e.data.toString("utf8")])).toEqual([["a.txt", "a"]]);
  });

  it("stores an empty entry (a folder) as it is, with no compressed bytes, and deflates the others", async () => {
    const zip = await writeDeflatedZip([
      { name: "xl/", data: Buffer.alloc(0) },
      { name: "xl/a.txt", data: Buffer.from("nội dung ".repeat(20)) },
    ]);
    // The first local header (APPNOTE 4.3.7): the method at offset 8, the compressed size at 18, both 0 when stored.
    expect([zip.readUInt16LE(8), zip.readUInt32LE(18)]).toEqual([0, 0]);
    const loaded = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(loaded.files["xl/"].dir).toBe(true);
    expect(methodOf(loaded.files["xl/a.txt"])).toBe(DEFLATE_MAGIC);
    expect(await loaded.files["xl/a.txt"].async("string")).toBe("nội dung ".repeat(20));
  });

  it("refuses an entry whose name a zip cannot hold (over 65,535 bytes) rather than write a damaged zip", async () => {
    const entries = [{ name: `xl/${"a".repeat(70_000)}.xml`, data: Buffer.from("<a/>") }];
    await expect(writeDeflatedZip(entries)).rejects.toThrow("filename too long");
  });

  it("refuses what is not a zip", () => {
    expect(() => readZipEntries(Buffer.from("not a zip at all"))).toThrow();
  });
});

describe("openZip", () => {
  it("lists a deflated package's entries and inflates only the one asked for", async () => {
    const zip = Buffer.from(await sampleWorkbook().xlsx.writeBuffer());
    const reader = openZip(zip);
    expect(reader.names).toEqual((await entriesOf(zip)).names);
    expect(reader.read("xl/workbook.xml")?.toString("utf8")).toContain('name="Kế hoạch cải thiện"');
    expect(reader.read("xl/no-such-part.xml")).toBeUndefined();
  });
});
