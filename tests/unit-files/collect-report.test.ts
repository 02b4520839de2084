/**
 * Collect's report lines for what was not taken (src/core/unit-files/collect-report.ts), and a file collect cannot
 * recognise (collect-plan.ts): a conflict, cells outside the progress columns, criteria no longer the unit's.
 */
import { EMPTY, num, text } from "../../src/core/edits";
import { CollectPlan, collectReportLines, MasterPlan, planCollect } from "../../src/core/unit-files";

const U = "Phòng Nội vụ";
const master: MasterPlan = {
  planId: "kh-1",
  tableSheet: "Phụ lục",
  units: new Set([U]),
  unitSheets: new Map([[U, "P. Nội vụ"]]),
};

describe("collect's report", () => {
  it("says what was kept of each conflict, and which cells and criteria were not taken", () => {
    const merge = {
      takes: [],
      // 45838 is 30 June 2025; 45869 is 31 July 2025.
      conflicts: [
        { code: "1.1", section: "lead", field: "deadline", kept: num(45838), theirs: num(45869) },
        { code: "1.2", section: "lead", field: "status", kept: text("Hoàn thành"), theirs: EMPTY },
      ],
      outside: [
        { address: "C6", code: "1.1", value: text("sửa") },
        { address: "B20", code: null, value: text("ghi chú") },
      ],
      strayCodes: [
        { code: "2.1", inPlan: true },
        { code: "9.9", inPlan: false },
      ],
    } as const;
    const collected: CollectPlan = {
      taken: [{ file: "nv.xlsx", unit: U, masterSheet: "P. Nội vụ", merge }],
      skipped: [{ file: "cu.xlsx", reason: { kind: "other-plan" } }],
      edits: new Map(),
      dateSystem: "1900",
    };
    expect(collectReportLines(collected, "vi")).toEqual([
      `Bỏ qua "cu.xlsx": tệp của một kế hoạch khác.`,
      `Khác nhau: ${U}, tiêu chí 1.1, cột "Thời hạn": giữ "30/06/2025" của tệp kế hoạch; tệp đơn vị ghi "31/07/2025".`,
      `Khác nhau: ${U}, tiêu chí 1.2, cột "Trạng thái": giữ "Hoàn thành" của tệp kế hoạch; tệp đơn vị ghi "(trống)".`,
      `Không lấy ô C6 của "nv.xlsx" (tiêu chí 1.1): nằm ngoài các cột tiến độ.`,
      `Không lấy ô B20 của "nv.xlsx": nằm ngoài các cột tiến độ.`,
      `Không lấy tiêu chí 2.1 của "nv.xlsx": không còn giao cho đơn vị này.`,
      `Không lấy tiêu chí 9.9 của "nv.xlsx": không còn trong kế hoạch.`,
    ]);
  });

  it("shows an error or a boolean in a conflict as Excel writes it", () => {
    const merge = {
      takes: [],
      conflicts: [
        {
          code: "1.3",
          section: "lead",
          field: "result",
          kept: { kind: "error", code: "#N/A" },
          theirs: { kind: "boolean", value: true },
        },
      ],
      outside: [],
      strayCodes: [],
    } as const;
    const collected: CollectPlan = {
      taken: [{ file: "nv.xlsx", unit: U, masterSheet: "P. Nội vụ", merge }],
      skipped: [],
      edits: new Map(),
      dateSystem: "1900",
    };
    expect(collectReportLines(collected, "vi")).toEqual([
      `Khác nhau: ${U}, tiêu chí 1.3, cột "Kết quả thực hiện": giữ "#N/A" của tệp kế hoạch; tệp đơn vị ghi "TRUE".`,
    ]);
  });

  it("skips a file that is neither a unit file nor a copy of the plan, and takes nothing from it", () => {
    const collected = planCollect({
      master,
      masterGrid: () => {
        throw new Error("no master sheet is read for a file not taken");
      },
      planCodes: new Set(["1.1"]),
      files: [{ file: "khac.xlsx", kind: "read", workbook: { sheets: [], mark: null, state: null } }],
      dateSystem: "1900",
    });
    expect(collected).toEqual({
      taken: [],
      skipped: [{ file: "khac.xlsx", reason: { kind: "unrecognised" } }],
      edits: new Map(),
      dateSystem: "1900",
    });
  });
});
