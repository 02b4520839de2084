/** `apply` on the seed: one assignment sheet per unit, the summary, the state sheet, and text that stays text. */
import * as path from "path";
import ExcelJS from "exceljs";
import { STATE_SHEET } from "../../src/core/edits";
import { readState } from "../../src/xlsx/write";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { apply, CLEAN, PASTED, rowsByCode, sectionRows, sheet, sheetTitled, tempDir, variant, vi } from "./helpers";

const units = expected.units as Record<string, { lead: string[]; support: string[] }>;
const FORBIDDEN = /[\\/?*[\]:]/;

describe("apply on the pasted seed: generated sheets", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await apply(PASTED, path.join(tempDir(), "out.xlsx"));
  });

  it("keeps the user's sheets first and in order, and adds one sheet per unit and the summary", () => {
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names.slice(0, 2)).toEqual(["Phụ lục", "Ghi chú"]);
    for (const unit of Object.keys(units)) expect(sheetTitled(wb, vi.sheets.assignmentTitle(unit))).toHaveLength(1);
    expect(names).toContain(vi.sheets.summaryName);
    expect(names).toHaveLength(2 + Object.keys(units).length + 1 + 1);
  });

  it("gives every sheet a name Excel accepts", () => {
    const names = wb.worksheets.map((ws) => ws.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(FORBIDDEN);
      expect(name).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("lists in each unit's sheet the criteria it leads and those it supports, with a link to the table's points", () => {
    const table = rowsByCode(sheet(wb, "Phụ lục"), 1);
    for (const [unit, expectedRows] of Object.entries(units)) {
      const [ws] = sheetTitled(wb, vi.sheets.assignmentTitle(unit));
      const lead = sectionRows(ws, vi.sheets.leadSection);
      const support = sectionRows(ws, vi.sheets.supportSection);
      expect({ unit, lead: [...lead.keys()], support: [...support.keys()] }).toEqual({ unit, ...expectedRows });
      for (const [code, r] of lead) expect(ws.getCell(r, 5).formula).toBe(`'Phụ lục'!D${table.get(code)}`);
      // Frozen on the lead section's header and repeated on every printed page.
      const header = leadHeaderRow(ws);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToWidth: 1,
        printTitlesRow: `${header}:${header}`,
      });
    }
  });

  it("marks the columns the unit fills in", () => {
    const [ws] = sheetTitled(wb, vi.sheets.assignmentTitle("Phòng Nội vụ"));
    const [r] = sectionRows(ws, vi.sheets.leadSection).values();
    for (const column of [10, 11, 12])
      expect((ws.getCell(r, column).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF9E5");
  });

  it("writes the summary: one row per domain linked to the table, and a total", () => {
    const ws = sheet(wb, vi.sheets.summaryName);
    expect([ws.getCell(1, 1).value, ws.getCell(2, 1).value]).toEqual([
      "TỔNG HỢP CHỈ SỐ CCHC VÀ MỤC TIÊU NĂM 2024",
      'Theo bảng "Phụ lục"',
    ]);
    const table = rowsByCode(sheet(wb, "Phụ lục"), 1);
    const domains = expected.criteria.filter((c) => c.parent === null);
    const summaryRows = rowsByCode(ws, 2);
    for (const d of domains) {
      const r = summaryRows.get(d.code)!;
      expect(ws.getCell(r, 3).value).toBe(d.name);
      expect([4, 5, 7].map((c) => ws.getCell(r, c).formula)).toEqual(
        ["C", "D", "E"].map((c) => `'Phụ lục'!${c}${table.get(d.code)}`),
      );
    }
    const first = summaryRows.get(domains[0].code)!;
    const last = summaryRows.get(domains[domains.length - 1].code)!;
    expect(ws.getCell(last + 1, 3).value).toBe(vi.sheets.total);
    expect(ws.getCell(last + 1, 4).formula).toBe(`SUM(D${first}:D${last})`);
  });

  it("keeps its memory in a very hidden sheet, last, naming every sheet it generated", () => {
    const state = wb.worksheets[wb.worksheets.length - 1];
    expect(state.name).toBe(STATE_SHEET);
    expect(state.state).toBe("veryHidden");
    const generated = wb.worksheets.slice(2, -1).map((ws) => ws.name);
    expect(
      readState(wb)
        .generated.map((g) => g.name)
        .sort(),
    ).toEqual([...generated].sort());
  });
});

function leadHeaderRow(ws: ExcelJS.Worksheet): number {
  const [first] = sectionRows(ws, vi.sheets.leadSection).values();
  return first - 1;
}

describe("apply on a table whose task texts look like formulas", () => {
  it("writes them as text, in the table and in the unit's sheet", async () => {
    const dir = tempDir();
    const tasks = { "1.1": "=abc", "1.2": "+ do this", "1.3": "=SUM(A1:A2)" };
    const file = await variant(CLEAN, path.join(dir, "in.xlsx"), (wb) => {
      const ws = wb.worksheets[0];
      const rows = rowsByCode(ws, 1);
      for (const [code, text] of Object.entries(tasks)) ws.getCell(rows.get(code)!, 6).value = text;
    });
    const wb = await apply(file, path.join(dir, "out.xlsx"));
    const table = wb.worksheets[0];
    const rows = rowsByCode(table, 1);
    const [unitSheet] = sheetTitled(wb, vi.sheets.assignmentTitle("Phòng Nội vụ"));
    const lead = sectionRows(unitSheet, vi.sheets.leadSection);
    for (const [code, text] of Object.entries(tasks)) {
      for (const cell of [table.getCell(rows.get(code)!, 6), unitSheet.getCell(lead.get(code)!, 8)]) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
      }
    }
  });
});
