/** The summary's progress section (IV): one row per lead unit and a total, live formulas of bounded length. */
import { analyzeWorkbook } from "../../src/core/analyze";
import { prepareRun, SheetDraft } from "../../src/core/edits";
import { messagesFor } from "../../src/i18n";
import { buildLargePlanCells } from "../fixtures/large-plan";
import { analysedSeed } from "./seed-workbook";
import { seedRunInput } from "./helpers";

const vi = messagesFor("vi");
/** Excel refuses a formula longer than this. */
const EXCEL_FORMULA_LIMIT = 8_192;

function progressRows(summary: SheetDraft) {
  const start = summary.cells.findIndex((r) => r[0]?.kind === "text" && r[0].text === vi.sheets.progressSection);
  return summary.cells.slice(start + 2);
}

const formulasOf = (d: SheetDraft) => d.cells.flat().flatMap((c) => (c.kind === "formula" ? [c.formula] : []));

describe("the summary's progress section", () => {
  it("has a header of the glossary's words, a row per unit over its own sheet, and a total", async () => {
    const run = prepareRun(seedRunInput(await analysedSeed()));
    const summary = run.edits.sheets.find((s) => s.kind === "summary")!;
    const start = summary.cells.findIndex((r) => r[0]?.kind === "text" && r[0].text === "IV. TIẾN ĐỘ THỰC HIỆN");
    expect(summary.cells[start + 1].map((c) => (c.kind === "text" ? c.text : ""))).toEqual([
      "STT",
      "Cơ quan, đơn vị",
      "",
      "Số tiêu chí chủ trì",
      "Hoàn thành",
      "Đang thực hiện",
      "Chưa thực hiện",
      "Quá hạn",
      "Thiếu tài liệu kiểm chứng",
    ]);
    const rows = progressRows(summary);
    const units = run.edits.sheets.filter((s) => s.kind === "assignment");
    expect(rows).toHaveLength(units.length + 1);
    units.forEach((u, i) => {
      const row = rows.find((r) => r[1]?.kind === "text" && r[1].text === u.unit)!;
      expect(row[0]).toEqual({ kind: "number", value: i + 1 });
      const done = row[4];
      expect(done.kind === "formula" && done.formula).toContain(`'${u.name}'!$K$6:`);
      const overdue = row[7];
      expect(overdue.kind === "formula" && overdue.formula).toContain("TODAY()");
    });
    expect(rows[rows.length - 1][1]).toEqual({ kind: "text", text: vi.sheets.total });
  });

  it("is left out when the run makes no assignment sheets to count over", async () => {
    const run = prepareRun(seedRunInput(await analysedSeed(), { operations: new Set(["summary"]) }));
    const texts = run.edits.sheets[0].cells.flat().flatMap((c) => (c.kind === "text" ? [c.text] : []));
    expect(texts).not.toContain(vi.sheets.progressSection);
  });

  it("keeps every formula of every generated sheet under Excel's limit with 3,000 criteria", () => {
    const sheet = buildLargePlanCells(3_000);
    const result = analyzeWorkbook([sheet]);
    if (!result.ok) throw new Error("no table");
    const run = prepareRun(seedRunInput({ plan: result.plan, sheet }, { sheetNames: [sheet.name] }));
    const summary = run.edits.sheets.find((s) => s.kind === "summary")!;
    expect(progressRows(summary).length).toBeGreaterThan(1);
    const longest = Math.max(...run.edits.sheets.flatMap(formulasOf).map((f) => f.length));
    expect(longest).toBeLessThan(EXCEL_FORMULA_LIMIT);
  });
});
