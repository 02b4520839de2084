/**
 * `par-index status --json` (src/core/progress/status-json.ts, docs/cli-contract.md) and the words of its issues
 * (src/core/progress/texts.ts): each field of the report carried over, each issue with its sentence and the cell to
 * look at as Excel writes it.
 */
import { ProgressReport } from "../../src/core/progress/status";
import { toStatusJson } from "../../src/core/progress/status-json";
import { cellPosition, cellReference } from "../../src/core/progress/texts";

const lead = { total: 2, done: 1, inProgress: 0, notStarted: 1, overdue: 1, doneWithoutEvidence: 0 };
const report: ProgressReport = {
  asOf: "2025-06-30",
  units: [{ name: "Phòng Nội vụ", sheetName: "P. Nội vụ", lead }],
  criteria: [
    {
      code: "1.1",
      row: 3,
      unit: "Phòng Nội vụ",
      status: "done",
      deadline: "2025-03-31",
      overdue: false,
      evidence: "QĐ 12",
      sheetName: "P. Nội vụ",
      cell: "K6",
      evidenceCell: "M6",
    },
  ],
  total: lead,
  issues: [
    { kind: "unknown-status", unit: "Phòng Nội vụ", sheetName: "P. Nội vụ", cell: "K7", text: "xong" },
    { kind: "text-deadline", unit: "Phòng Tư pháp", sheetName: "TuPhap", cell: "J6", text: "quý III" },
    { kind: "missing-sheet", unit: "Phòng Y tế", sheetName: "P. Y tế" },
  ],
};

describe("the status JSON", () => {
  it("carries the report's fields, each issue with its sentence, in the language asked for", () => {
    const json = toStatusJson(report, "vi");
    expect(json.asOf).toBe("2025-06-30");
    expect(json.units).toEqual([{ name: "Phòng Nội vụ", sheetName: "P. Nội vụ", lead }]);
    // Each criterion's fields but the evidence cell.
    const { evidenceCell, ...criterion } = report.criteria[0];
    expect([evidenceCell, json.criteria]).toEqual(["M6", [criterion]]);
    expect(json.total).toEqual(lead);
    expect(json.issues.map((i) => [i.kind, i.message])).toEqual([
      [
        "unknown-status",
        `'P. Nội vụ'!K7: trạng thái "xong" không có trong danh sách (Chưa thực hiện, Đang thực hiện, Hoàn thành); tính là chưa thực hiện.`,
      ],
      [
        "text-deadline",
        `TuPhap!J6: thời hạn "quý III" là chữ, không phải ngày, nên chưa xét quá hạn; hãy nhập ngày, ví dụ 30/06/2025.`,
      ],
      ["missing-sheet", `Không còn trang giao nhiệm vụ "P. Y tế" của Phòng Y tế (trang đã bị xóa).`],
    ]);
    expect(json.issues[1]).toMatchObject({ unit: "Phòng Tư pháp", sheetName: "TuPhap", cell: "J6", text: "quý III" });
    expect(toStatusJson(report, "en").issues.map((i) => i.message.split(":")[0])).toEqual([
      "'P. Nội vụ'!K7",
      "TuPhap!J6",
      `The assignment sheet "P. Y tế" of Phòng Y tế is gone (the sheet was deleted).`,
    ]);
  });

  it("writes a cell's place as Excel does, quoting the sheet's name when it must", () => {
    const names = ["Summary", "Sheet1", "Q1_2025", "A1", "AB12", "Tổng hợp", "It's", "_x.1"];
    expect(names.map((s) => cellReference(s, "B2"))).toEqual([
      "Summary!B2",
      "Sheet1!B2",
      "Q1_2025!B2",
      "'A1'!B2",
      "'AB12'!B2",
      "'Tổng hợp'!B2",
      "'It''s'!B2",
      "_x.1!B2",
    ]);
  });

  it("reads a cell's place back, and refuses what is no cell", () => {
    expect([cellPosition("K6"), cellPosition("AB12")]).toEqual([
      { row: 6, column: 11 },
      { row: 12, column: 28 },
    ]);
    for (const bad of ["k6", "K", "6", "K6:L7", " K6"]) expect(() => cellPosition(bad)).toThrow(RangeError);
  });
});
