/**
 * No column beside the table has room for the legend (issue 10 item 9): nothing is highlighted, nothing of the
 * user's is written over, and the user is told why, through both adapters.
 */
import { BOTH_ADAPTERS, changedCells, HEADER, UserTable, viaOffice } from "./tables";
import { NO_LEGEND_ROOM } from "./fixtures";

const TOLD_VI =
  "Không tô màu các ô bị mất điểm: không còn cột nào cạnh bảng để ghi chú thích (cần một cột trống từ dòng 1 đến dòng 4, và cột hai bên nó cũng trống); hãy để trống một cột như vậy rồi chạy lại";

describe.each(BOTH_ADAPTERS)("a table with no room for the legend, through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(NO_LEGEND_ROOM);
  }, 60_000);

  it("writes only the subtotals: every note stays", () => {
    expect(changedCells(outcome).sort()).toEqual(["C2", "C5", "D2", "D5", "E2", "E5"]);
  });

  it("says that there are no highlights, and why", () => {
    expect(outcome.told).toEqual([TOLD_VI + (outcome.notices === null ? "." : "")]);
  });
});

describe("a table with no room for the legend, in English, in the add-in's workbook", () => {
  it("adds no conditional format, and says so in English", async () => {
    const { workbook, told } = await viaOffice(NO_LEGEND_ROOM, "en");
    expect(workbook.conditionalFormats(NO_LEGEND_ROOM.sheet)).toEqual([]);
    expect(told).toEqual([
      "No highlights: no column beside the table is free for the legend (it needs an empty column from row 1 to row 4, with the columns either side empty too); leave such a column empty and run again",
    ]);
  });
});

/** A domain and its one criterion: three rows, one fewer than the legend's four. */
const SHORT: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", "Công tác chỉ đạo, điều hành", 10, 8, 10, null, null, null],
    ["1.1", "Kế hoạch CCHC", 10, 8, 10, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
  ],
  merges: [],
};

describe("a table shorter than the legend, in the add-in's workbook", () => {
  it("writes the legend's last row below the table, and Restore takes the legend off again", async () => {
    const { workbook, after, before, restore } = await viaOffice(SHORT);
    // The legend two columns right of the table (J), rows 1 to 4: row 4 lies below the cells the run read.
    const legend = () => workbook.values(SHORT.sheet, "J1:J4").map(([v]) => v);
    expect(legend().every((v) => typeof v === "string" && v !== "")).toBe(true);
    expect([...after].filter(([a, v]) => before.get(a) !== v).map(([a]) => a)).toEqual(["C2", "D2", "E2"]);
    const restored = await restore();
    expect(legend()).toEqual(["", "", "", ""]);
    expect(restored.cells).toEqual(before);
  });
});
