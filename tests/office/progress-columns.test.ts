/** The assignment sheets' progress columns as the add-in writes them through Office.js. */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";
/** Leads criteria and supports others: both sections have rows. */
const UNIT = "UBND các phường, xã";

let wb: MemoryWorkbook;
let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

async function applyOn(excelApiVersion: string): Promise<string> {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(wb, { excelApiVersion });
  const outcome = await createOfficeHost().apply({
    sheet: SHEET,
    operations: ALL,
    language: "vi",
    expectedGenerated: [],
  });
  return outcome.created.find((c) => c.unit === UNIT)!.name;
}

/** Rows of a section's criteria: from below the header whose J holds "Thời hạn" while A holds numbers. */
function sectionAreas(sheet: string): string[] {
  const values = wb.values(sheet);
  const areas: string[] = [];
  values.forEach((row, i) => {
    if (row[9] !== "Thời hạn") return;
    let last = i + 1;
    while (typeof values[last]?.[0] === "number") last++;
    areas.push(`${i + 2}:${last}`);
  });
  return areas;
}

describe("the progress columns through Office.js", () => {
  it("carry a date validation, a status list and live marks in both sections", async () => {
    const name = await applyOn("1.17");
    const areas = sectionAreas(name);
    expect(areas).toHaveLength(2);
    const where = (column: string) => areas.map((a) => a.replace(/(\d+):(\d+)/, `'${name}'!${column}$1:${column}$2`));
    const validations = wb.dataValidations(name);
    expect(validations.filter((v) => v.type === "Date").map((v) => v.address)).toEqual(where("J"));
    expect(validations.filter((v) => v.type === "List").map((v) => v.address)).toEqual(where("K"));
    expect(validations.find((v) => v.type === "List")!.rule).toEqual({
      list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" },
    });
    expect(validations.every((v) => v.errorAlert.style === "Stop" && v.errorAlert.message !== "")).toBe(true);
    const rules = wb.conditionalFormats(name);
    expect(rules.map((r) => r.address).sort()).toEqual([...where("K"), ...where("M")].sort());
    expect(rules.every((r) => r.type === "Custom" && /TODAY\(\)|LEN\(TRIM/.test(r.rule.formula!))).toBe(true);
    expect(wb.cell(name, `J${areas[0].split(":")[0]}`).numberFormat).toBe("dd/mm/yyyy");
  });

  it("are still written, without validation, where Excel has no ExcelApi 1.8", async () => {
    const name = await applyOn("1.7");
    expect(wb.dataValidations(name)).toEqual([]);
    expect(wb.conditionalFormats(name)).toHaveLength(4);
    expect(sectionAreas(name)).toHaveLength(2);
  });

  it("count in the summary over the unit sheets by their names, after a rerun replaced every sheet", async () => {
    const name = await applyOn("1.17");
    const generated = wb.sheetNames().filter((n) => n !== SHEET && !n.startsWith("ParIndex"));
    await createOfficeHost().apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: generated });
    const summary = wb.sheetNames().find((n) => n.startsWith("Tổng hợp"))!;
    // Section IV is the last to name the unit.
    const values = wb.values(summary);
    let row = values.length;
    while (values[row - 1][1] !== UNIT) row--;
    const counts = wb.formulas(summary, `D${row}:I${row}`)[0].join(" ");
    expect(counts).not.toContain("#REF!");
    expect(counts).toContain(`'${name}'!$K$`);
  });
});
