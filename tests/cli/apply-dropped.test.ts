/**
 * `par-index apply` on workbooks holding what ExcelJS drops: a chart on a sheet of the user's, threaded comments on the
 * table's sheet. Inputs are apply's own output with those parts added to the package, as Excel would save them.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { Io, run } from "../../src/cli/main";
import { cliMessagesFor } from "../../src/i18n/cli";
import { droppedBySheet } from "../../src/xlsx/dropped-parts";
import { openZip } from "../../src/xlsx/zip-package";
import { PASTED, tempDir, vi, viCli } from "../xlsx-apply/helpers";

const enCli = cliMessagesFor("en").cli;
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
};
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), env: {} };
  const code = await run(argv, io);
  return { code, out, err };
}

const text = (zip: JSZip, name: string) => {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
};

/** The target of the relationship of `type` (or with Id `id`) in a .rels part. */
function target(rels: string, match: { type?: string; id?: string }): string {
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => (match.type ? r.includes(`Type="${match.type}"`) : r.includes(`Id="${match.id}"`)));
  const found = rel && /Target="([^"]*)"/.exec(rel)?.[1];
  if (!found) throw new Error(`no relationship ${JSON.stringify(match)}`);
  return found;
}

/** xl/worksheets/sheetN.xml of the sheet named `name`, as the workbook's relationships give it. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  if (!id) throw new Error(`no sheet ${name}`);
  return `xl/${target(await text(zip, "xl/_rels/workbook.xml.rels"), { id })}`;
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** Adds a relationship to `part`'s rels (made when the part has none) and returns its Id. */
async function addRelationship(zip: JSZip, part: string, type: string, to: string): Promise<string> {
  const rels = zip.file(relsOf(part))
    ? await text(zip, relsOf(part))
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}"></Relationships>`;
  const id = "rIdAdded1";
  zip.file(
    relsOf(part),
    rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${to}"/></Relationships>`),
  );
  return id;
}

async function addContentType(zip: JSZip, part: string, type: string): Promise<void> {
  const types = await text(zip, "[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`),
  );
}

/** The summary's chart copied to "Ghi chú": a drawing of its own pointing to a chart of its own, as Excel saves one. */
async function addChartToNotes(zip: JSZip): Promise<void> {
  const summary = await sheetPart(zip, vi.sheets.summaryName);
  const drawing = `xl/${target(await text(zip, relsOf(summary)), { type: REL.drawing }).replace("../", "")}`;
  const chartRel = await text(zip, relsOf(drawing));
  const chart = `xl/${/Target="\.\.\/([^"]+)"/.exec(chartRel)![1]}`;
  const [newDrawing, newChart] = ["xl/drawings/drawing99.xml", "xl/charts/chart99.xml"];
  zip.file(newChart, await text(zip, chart));
  zip.file(newDrawing, await text(zip, drawing));
  zip.file(relsOf(newDrawing), chartRel.replace(/Target="[^"]+"/, `Target="../charts/chart99.xml"`));
  await addContentType(zip, newChart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  await addContentType(zip, newDrawing, "application/vnd.openxmlformats-officedocument.drawing+xml");

  const notes = await sheetPart(zip, "Ghi chú");
  const id = await addRelationship(zip, notes, REL.drawing, "../drawings/drawing99.xml");
  const xml = await text(zip, notes);
  const at = /<(legacyDrawing|tableParts|extLst)\b|<\/worksheet>/.exec(xml)!.index;
  zip.file(notes, `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);
}

/** Two comment threads on the table's sheet, one with a reply: as Excel 365 saves comments. */
async function addThreadedComments(zip: JSZip, sheet: string): Promise<void> {
  const part = "xl/threadedComments/threadedComment1.xml";
  const comment = (id: string, ref: string, body: string, parent = "") =>
    `<threadedComment ref="${ref}" dT="2024-05-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="${id}"${parent}><text>${body}</text></threadedComment>`;
  zip.file(
    part,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
      comment("{00000000-0000-0000-0000-00000000000A}", "C5", "Kiểm tra lại điểm") +
      comment(
        "{00000000-0000-0000-0000-00000000000B}",
        "C5",
        "Đã kiểm tra",
        ' parentId="{00000000-0000-0000-0000-00000000000A}"',
      ) +
      comment("{00000000-0000-0000-0000-00000000000C}", "D7", "Nguồn số liệu?") +
      "</ThreadedComments>",
  );
  await addRelationship(
    zip,
    await sheetPart(zip, sheet),
    REL.threadedComment,
    "../threadedComments/threadedComment1.xml",
  );
  await addContentType(zip, part, "application/vnd.ms-excel.threadedcomments+xml");
}

describe("par-index apply on parts ExcelJS does not keep", () => {
  let dir: string;
  let applied: string;

  beforeAll(async () => {
    dir = tempDir();
    applied = path.join(dir, "applied.xlsx");
    expect((await cli("apply", PASTED, "-o", applied)).code).toBe(0);
  });

  /** `applied` changed by `edit`, saved deflated as Excel saves. */
  async function edited(name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(applied));
    await edit(zip);
    const file = path.join(dir, name);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  }

  it("says nothing of the summary's chart, which the add-in made and apply writes again", async () => {
    // The chart is found on the summary: it is left out as a generated sheet's, not missed.
    const found = droppedBySheet(readFileSync(applied));
    expect([...found.keys()]).toEqual([vi.sheets.summaryName]);
    expect(found.get(vi.sheets.summaryName)).toEqual({
      charts: 1,
      pivotTables: 0,
      slicers: 0,
      threadedComments: 0,
      controls: 0,
    });
    const again = path.join(dir, "again.xlsx");
    const result = await cli("apply", applied, "-o", again);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`${viCli.written(again, 9)}\n`);
  });

  it("warns, one line a sheet, of a chart on a sheet of the user's and of threaded comments on the table's sheet", async () => {
    const file = await edited("with-parts.xlsx", async (zip) => {
      await addChartToNotes(zip);
      await addThreadedComments(zip, "Phụ lục");
    });
    const out = path.join(dir, "out.xlsx");
    const result = await cli("apply", file, "-o", out);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${viCli.written(out, 9)}\n`);
    expect(existsSync(out)).toBe(true);
    expect(
      result.err
        .split("\n")
        .filter((line) => line !== "")
        .sort(),
    ).toEqual(
      [
        'Lưu ý: trang "Ghi chú" có 1 biểu đồ mà tệp kết quả không giữ được (tệp gốc không đổi).',
        'Lưu ý: trang "Phụ lục" có 2 chú thích dạng hội thoại mà tệp kết quả không giữ được (tệp gốc không đổi).',
      ].sort(),
    );
    // What was warned of is indeed gone from OUT: only the summary's chart is there.
    const outNames = openZip(readFileSync(out)).names;
    expect(outNames.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    expect(outNames.some((n) => n.startsWith("xl/threadedComments/"))).toBe(false);
  });

  it("warns in English with --lang en", async () => {
    const file = await edited("chart-on-notes.xlsx", addChartToNotes);
    const result = await cli("apply", file, "-o", path.join(dir, "en.xlsx"), "--lang", "en");
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'Note: sheet "Ghi chú" has 1 chart that the output file cannot keep (the input file is unchanged).\n',
    );
    expect(result.err).toBe(`${enCli.dropped("Ghi chú", enCli.droppedPart.charts(1))}\n`);
  });
});

describe("openZip", () => {
  it("reads entries stored or deflated, with or without data descriptors, as JSZip wrote them", async () => {
    const zip = new JSZip().file("a.txt", "ạ".repeat(1000)).file("b/c.xml", "<c/>").file("empty.txt", "");
    for (const options of [
      { compression: "DEFLATE" as const },
      { compression: "STORE" as const },
      { compression: "DEFLATE" as const, streamFiles: true },
    ]) {
      const read = openZip(await zip.generateAsync({ type: "nodebuffer", ...options }));
      expect(read.names).toEqual(["a.txt", "b/", "b/c.xml", "empty.txt"]);
      expect(read.read("a.txt")?.toString("utf8")).toBe("ạ".repeat(1000));
      expect(read.read("b/c.xml")?.toString("utf8")).toBe("<c/>");
      expect(read.read("empty.txt")?.length).toBe(0);
      expect(read.read("missing")).toBeUndefined();
    }
  });

  it("refuses a compression method other than stored or deflated", async () => {
    const zip = await new JSZip().file("a.txt", "aaaa").generateAsync({ type: "nodebuffer", compression: "STORE" });
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(12, central + 10);
    expect(() => openZip(zip).read("a.txt")).toThrow(/compression type 12/);
  });
});
