/**
 * The reminder to each unit (src/core/progress/texts.ts): a unit whose criteria are only overdue is reminded too,
 * and several criteria are listed apart.
 */
import { CriterionProgress, ProgressCounts, ProgressReport } from "../../src/core/progress/status";
import { reminders } from "../../src/core/progress/texts";
import { messagesFor } from "../../src/i18n";

const HOME = "Phòng Nội vụ";
const JUSTICE = "Phòng Tư pháp";
const NONE: ProgressCounts = { total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0, doneWithoutEvidence: 0 };

function criterion(unit: string, code: string, fields: Partial<CriterionProgress>): CriterionProgress {
  const sheetName = unit === HOME ? "P. Nội vụ" : "P. Tư pháp";
  const at = { sheetName, cell: "K6", evidenceCell: "M6" };
  return {
    code,
    row: null,
    unit,
    status: "in-progress",
    deadline: null,
    overdue: false,
    evidence: null,
    ...at,
    ...fields,
  };
}

describe("reminders", () => {
  it("reminds a unit whose criteria are only overdue, listing each of them", () => {
    const report: ProgressReport = {
      asOf: "2025-09-30",
      units: [
        { name: HOME, sheetName: "P. Nội vụ", lead: NONE },
        { name: JUSTICE, sheetName: "P. Tư pháp", lead: NONE },
      ],
      criteria: [
        criterion(HOME, "1.1", { deadline: "2025-06-30", overdue: true }),
        criterion(HOME, "1.2", { deadline: "2025-07-31", overdue: true }),
        criterion(HOME, "1.3", { status: "done", evidence: "QĐ 5" }),
        criterion(JUSTICE, "2.1", { status: "done", evidence: "QĐ 7" }),
      ],
      total: NONE,
      issues: [],
    };
    expect(reminders(report, messagesFor("vi"))).toEqual([
      {
        unit: HOME,
        text:
          `Đề nghị ${HOME} cập nhật tiến độ thực hiện các tiêu chí 1.1 (thời hạn 30/06/2025), ` +
          `1.2 (thời hạn 31/07/2025) đã quá hạn (tình hình đến ngày 30/09/2025).`,
      },
    ]);
  });
});
