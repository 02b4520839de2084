/**
 * Text exactly as the user wrote it: a vertical tab Word leaves for a line break, a control character, an escape
 * Excel writes (`_x0007_`) typed as text, a carriage return. Every user cell keeps its text through a run, and every
 * part of apply's package is well-formed, the summary's chart included (it names the domains).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { patchCells } from "../../src/xlsx/patch-cells";
import { NS, descendants, parseXml } from "../xlsx/package-parts";
import { BOTH_ADAPTERS, changedCells, parseEveryPart, viaCommandLine } from "./tables";
import { CONTROL_TEXT, DOMAIN } from "./fixtures";

/** Excel's reading of `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19). */
const unescape = (s: string) =>
  s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const SUBTOTALS = ["C2", "C5", "D2", "D5", "E2", "E5"];

describe.each(BOTH_ADAPTERS)("control characters and escapes in cells, through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(CONTROL_TEXT);
  }, 30_000);

  it("reads every cell as typed, and gives back every user cell unchanged", () => {
    expect(outcome.before.get("B2")).toBe(DOMAIN);
    expect(outcome.before.get("G3")).toBe("Văn phòng HĐND\u000Bvà UBND");
    expect(changedCells(outcome).sort()).toEqual(SUBTOTALS);
    for (const [address, held] of outcome.before) {
      if (!SUBTOTALS.includes(address)) expect([address, outcome.after.get(address)]).toEqual([address, held]);
    }
  });
});

describe("control characters through par-index apply, in the package", () => {
  let out: string;
  beforeAll(async () => {
    ({ out } = await viaCommandLine(CONTROL_TEXT));
  }, 30_000);

  it("writes only well-formed parts, the chart's included", async () => {
    const parts = await parseEveryPart(out);
    expect(parts.some((p) => p.startsWith("xl/charts/chart"))).toBe(true);
  });

  it("copies the tasks into the generated sheets as they are", async () => {
    const wb = await new ExcelJS.Workbook().xlsx.readFile(out);
    const everywhere = wb.worksheets
      .filter((ws) => ws.name !== CONTROL_TEXT.sheet)
      .flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    expect(everywhere).toContain("Ban hành\r\nkế hoạch\u0007");
    expect(everywhere).toContain("- Báo cáo_x000D_ đúng hạn\u007F");
  });
});

describe("text collect writes into the master workbook (patchCells)", () => {
  it("reads back as written, as Excel reads an inline string: carriage return, vertical tab, a typed escape", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "cũ";
    const typed = "Báo cáo\r\nquý\u000BI _x0007_ xong\u007F";
    const bytes = await patchCells(
      Buffer.from(await wb.xlsx.writeBuffer()),
      new Map([["S", [{ row: 1, column: 1, content: { kind: "text", text: typed } }]]]),
    );
    // ExcelJS does not read the escapes of inline strings: the part is parsed, and read as Excel reads it.
    const zip = await JSZip.loadAsync(bytes);
    const sheet = parseXml(await zip.file("xl/worksheets/sheet1.xml")!.async("string"));
    const [t] = descendants(sheet, NS.main, "t");
    expect(unescape(t.text)).toBe(typed);
  });
});
