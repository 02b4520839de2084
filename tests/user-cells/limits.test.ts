/**
 * Excel's limits on what a run writes: a domain with so many criteria that its SUM would pass 8,192 characters (left
 * as it is, and told) or 255 arguments (written as SUMs of SUMs); a task joined with its continuation row past
 * 32,767 characters (cut at a word, with "…", and told); a score of four hundred digits (no Infinity written).
 */
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress } from "../../src/core/cells";
import { MAX_CELL_TEXT } from "../../src/core/edits/excel-limits";
import { BOTH_ADAPTERS, changedCells, parseEveryPart, viaCommandLine } from "./tables";
import { HUGE, LIMITS, TASK_NEXT, TASK_ROW, TOTAL_TASK, TWO_ROW } from "./fixtures";

/** The group rows (criteria and domain 2) whose subtotals are written: all but domain 1's. */
function writtenSubtotals(): string[] {
  const out: string[] = [];
  LIMITS.rows.forEach((row, i) => {
    const code = typeof row[0] === "string" ? row[0] : "";
    const group = /^\d+(\.\d+)?$/.test(code) && code !== "1";
    if (group) for (const column of [3, 4, 5]) out.push(cellAddress(i + 1, column));
  });
  return out.sort();
}

describe.each(BOTH_ADAPTERS)("Excel's limits, through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(LIMITS);
  }, 120_000);

  it("leaves domain 1's subtotals as they are, writes every other, and changes no other user cell", () => {
    expect(changedCells(outcome).sort()).toEqual(writtenSubtotals());
    expect(outcome.after.get(`C${TWO_ROW + 2}`)).toBe(HUGE);
  });

  it("writes domain 2's 300 runs of rows as SUMs of at most 255 arguments", () => {
    const sum = String(outcome.after.get(`C${TWO_ROW}`));
    expect(sum.startsWith("=SUM(SUM(")).toBe(true);
    const inner = [...sum.matchAll(/SUM\(([^()]*)\)/g)].map((m) => m[1].split(",").length);
    expect(inner).toEqual([255, 45]);
  });

  it("says why domain 1 has no formula, and where a task was cut", () => {
    const formulaLines = outcome.told.filter((t) => t.startsWith("Lĩnh vực 1"));
    expect(formulaLines).toHaveLength(3);
    expect(formulaLines[0]).toMatch(
      /^Lĩnh vực 1, điểm tối đa \(ô C2\): không ghi công thức tổng vì công thức dài \d\.\d{3} ký tự, quá 8\.192 ký tự Excel cho phép; ô giữ nguyên/,
    );
    const cut = outcome.told.filter((t) => t.includes("Tiêu chí thành phần 1.1.1"));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut[0]).toContain(
      `nội dung của Tiêu chí thành phần 1.1.1 dài ${TOTAL_TASK.toLocaleString("vi-VN")} ký tự, quá 32.767 ký tự một ô Excel chứa được; đã cắt ở cuối một từ và thêm "…"`,
    );
  });
});

describe("Excel's limits, in par-index apply's package", () => {
  let out: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ out } = await viaCommandLine(LIMITS));
    wb = await new ExcelJS.Workbook().xlsx.readFile(out);
  }, 120_000);

  it("cuts the joined task at a word, with an ellipsis, within what a cell holds", () => {
    const texts = wb.worksheets.flatMap((ws) =>
      ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((v) => typeof v === "string") : [])),
    ) as string[];
    const cut = texts.filter((t) => t.startsWith(TASK_ROW.slice(0, 100)) && t.endsWith("…"));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of cut) {
      expect(t.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      const kept = t.slice(0, -1);
      const whole = `${TASK_ROW}\n${TASK_NEXT}`;
      expect(whole.startsWith(kept)).toBe(true);
      expect(whole[kept.length]).toMatch(/\s/);
    }
    expect(texts.every((t) => t.length <= MAX_CELL_TEXT)).toBe(true);
  });

  it("writes no number Excel cannot hold, and only well-formed parts", async () => {
    const parts = await parseEveryPart(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of parts.filter((p) => p.startsWith("xl/worksheets/"))) {
      expect(await zip.file(name)!.async("string")).not.toMatch(/<v>(-?Infinity|NaN)<\/v>/);
    }
  });
});
