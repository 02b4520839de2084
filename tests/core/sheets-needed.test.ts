/**
 * Which large sheets, read only at their top, must be read whole (src/core/sheets-needed.ts): those the state names
 * and those whose top holds a plan's header.
 */
import { EMPTY_STATE, WorkbookState } from "../../src/core/edits";
import { sheetsNeededWhole } from "../../src/core/sheets-needed";
import { sheetOf } from "./helpers";
import { ONE_CRITERION } from "./one-criterion";

/** A sheet's top holding no header: notes only. */
const notes = (name: string) => sheetOf([], { name, values: [["Ghi chú"], ["Số liệu tháng 6"]] });

describe("sheetsNeededWhole", () => {
  const area = { top: 1, left: 10, bottom: 4, right: 10 };
  const state: WorkbookState = {
    ...EMPTY_STATE,
    generated: [{ name: "Giao", kind: "assignment", unit: "Phòng Nội vụ" }],
    backups: [{ sheet: "Sao lưu", cells: [] }],
    highlights: [{ sheet: "Tô màu", rules: [], fills: [], legend: area }],
    layout: { sheet: "Bố cục", headerRow: 1, columns: { code: 1, name: 2 } },
  };
  const tops = [
    notes("Ghi chú"),
    notes("Giao"),
    sheetOf(ONE_CRITERION, { name: "Bảng" }),
    notes("Sao lưu"),
    notes("Tô màu"),
    notes("Bố cục"),
  ];

  it("reads whole a sheet whose top holds a plan's header, and each sheet the state names", () => {
    expect(sheetsNeededWhole(tops, state)).toEqual(["Giao", "Bảng", "Sao lưu", "Tô màu", "Bố cục"]);
  });

  it("reads whole only the sheet with a header when the state names none", () => {
    expect(sheetsNeededWhole(tops, EMPTY_STATE)).toEqual(["Bảng"]);
  });
});
