/**
 * The summary's progress section (IV) as LibreOffice computes it, after units filled in their assignment sheets:
 * the live counts a co-author without the add-in sees agree with `par-index status` on the same file, today.
 */
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { rowWithText, sheetTitled, tempDir, vi } from "../xlsx-apply/helpers";
import { EXPECTED, filledPlan, HOME, JUSTICE } from "../xlsx-apply/filled-plan";
import { recalculated, resultOf } from "./libreoffice";

const SLOW = 180_000;
const COUNTS = ["total", "done", "inProgress", "notStarted", "overdue", "doneWithoutEvidence"] as const;

interface StatusJson {
  units: { name: string; lead: Record<(typeof COUNTS)[number], number> }[];
  total: Record<(typeof COUNTS)[number], number>;
}

async function statusOf(file: string): Promise<StatusJson> {
  let out = "";
  const code = await run(["status", file, "--json"], { out: (t) => (out += t), err: () => undefined, env: {} });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe("the summary's progress section, recalculated by LibreOffice", () => {
  let calc: ExcelJS.Workbook;
  let status: StatusJson;
  beforeAll(async () => {
    const filled = await filledPlan(tempDir());
    status = await statusOf(filled);
    calc = await recalculated(filled);
  }, SLOW);

  /** Section IV's row of a unit (or the total row): its six counts as Calc computed them. */
  function countsIn(name: string): Record<string, unknown> {
    const [summary] = sheetTitled(calc, vi.sheets.summaryTitle("2024"));
    const start = rowWithText(summary, 1, vi.sheets.progressSection)!;
    let r = start + 2;
    while (summary.getCell(r, 2).value !== name) r++;
    return Object.fromEntries(COUNTS.map((k, i) => [k, resultOf(summary.getCell(r, 4 + i))]));
  }

  it("counts per unit what the units typed, as par-index status does", () => {
    expect(countsIn(JUSTICE)).toEqual(EXPECTED[JUSTICE]);
    expect(countsIn(HOME)).toEqual(EXPECTED[HOME]);
    for (const u of status.units) expect(countsIn(u.name)).toEqual(u.lead);
  });

  it("totals the plan as par-index status does", () => {
    expect(countsIn(vi.sheets.total)).toEqual(status.total);
  });
});
