/**
 * The seed plan after `apply`, then filled in as units do: dates, a date typed as text, statuses in capitals, in
 * English and none of the three words, evidence or none. Deadlines are far in the past or the future, so that what
 * is overdue is the same whatever day the test runs.
 */
import * as path from "path";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { apply, CLEAN, sectionRows, sheetTitled, variant, vi } from "./helpers";

const [DEADLINE, STATUS, RESULT, EVIDENCE] = INPUT_COLUMNS;

interface Typed {
  readonly deadline?: Date | string;
  readonly status?: string;
  readonly result?: string;
  readonly evidence?: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const JUSTICE = "Phòng Tư pháp";
export const HOME = "Phòng Nội vụ";

/** What two units typed on the criteria they lead, by code. */
export const TYPED: ReadonlyMap<string, ReadonlyMap<string, Typed>> = new Map([
  [
    JUSTICE,
    new Map<string, Typed>([
      ["2.1", { deadline: day("2024-06-30"), status: "HOÀN THÀNH", evidence: "QĐ số 12/QĐ-UBND ngày 20/6/2024" }],
      ["2.2", { deadline: day("2024-06-30"), status: "Đang thực hiện", result: "Đã có dự thảo" }],
      ["2.3", { deadline: "30/06/2024", status: "Hoàn thành" }],
      ["2.4", { deadline: "quý III", status: "xong" }],
    ]),
  ],
  [
    HOME,
    new Map<string, Typed>([
      ["1.1", { deadline: day("2024-03-31"), status: "Chưa thực hiện" }],
      ["1.2", { deadline: day("2099-12-31"), status: "in progress" }],
      ["1.3", { deadline: day("2024-01-15"), status: "Done", evidence: "Báo cáo số 5/BC-NV" }],
    ]),
  ],
]);

/** As a unit would see it: per unit, done / in progress / not started, overdue, done without evidence. */
export const EXPECTED = {
  [JUSTICE]: { total: 4, done: 2, inProgress: 1, notStarted: 1, overdue: 1, doneWithoutEvidence: 1 },
  [HOME]: { total: 15, done: 1, inProgress: 1, notStarted: 13, overdue: 1, doneWithoutEvidence: 0 },
};

/** Writes the filled plan into `dir` and returns its path. */
export async function filledPlan(dir: string): Promise<string> {
  await apply(CLEAN, path.join(dir, "applied.xlsx"));
  return variant(path.join(dir, "applied.xlsx"), path.join(dir, "filled.xlsx"), (wb) => {
    for (const [unit, typed] of TYPED) {
      const [ws] = sheetTitled(wb, vi.sheets.assignmentTitle(unit));
      const rows = sectionRows(ws, vi.sheets.leadSection);
      for (const [code, t] of typed) {
        const r = rows.get(code)!;
        if (t.deadline !== undefined) ws.getCell(r, DEADLINE).value = t.deadline;
        if (t.status !== undefined) ws.getCell(r, STATUS).value = t.status;
        if (t.result !== undefined) ws.getCell(r, RESULT).value = t.result;
        if (t.evidence !== undefined) ws.getCell(r, EVIDENCE).value = t.evidence;
      }
    }
  });
}
