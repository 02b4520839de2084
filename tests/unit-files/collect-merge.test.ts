/** The merge rules of collect, on small sheets laid out as assignment sheets are. */
import { Content, EMPTY, num, text } from "../../src/core/edits";
import { messagesFor } from "../../src/i18n";
import { Grid, mergeUnitSheet, UnitMark } from "../../src/core/unit-files";
import { fingerprint } from "../../src/core/unit-files/unit-mark";

const COLS = messagesFor("vi").sheets.columns;
const HEADER = ["STT", "Tiêu chí số", "Tên tiêu chí", COLS.deadline, COLS.status, COLS.result].map(text);
const SUPPORT_HEADER = HEADER;

/** A sheet: title, lead header, its rows, blank, support title and header, its rows. */
function sheet(lead: (string | number)[][], support: (string | number)[][] = []): Content[][] {
  const cell = (v: string | number) => (typeof v === "number" ? num(v) : text(v));
  return [
    [text("NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: PHÒNG TƯ PHÁP")],
    HEADER,
    ...lead.map((r) => r.map(cell)),
    [],
    [text("II. CÁC TIÊU CHÍ PHỐI HỢP")],
    SUPPORT_HEADER,
    ...support.map((r) => r.map(cell)),
  ];
}

/** The mark of `grid` as sent: progress values and fingerprints, as unitFile makes them. */
function markOf(grid: Grid, criterionRows: { row: number; section: "lead" | "support" }[]): UnitMark {
  const criteria = criterionRows.map(({ row, section }) => {
    const line = grid[row - 1];
    const at = (c: number) => line[c - 1] ?? EMPTY;
    return {
      section,
      code: (at(2) as { text: string }).text,
      progress: { deadline: at(4), status: at(5), result: at(6) },
      others: [1, 2, 3, 4, 5, 6].map((c) => (c >= 4 ? "" : fingerprint(at(c)))),
    };
  });
  const fixed: Record<string, string> = {};
  const rows = new Set(criterionRows.map((c) => c.row));
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (!rows.has(r + 1) && fingerprint(v)) fixed[`${"ABCDEF"[c]}${r + 1}`] = fingerprint(v);
    }),
  );
  return {
    kind: "par-index-unit-file",
    version: 1,
    planId: "p",
    planName: "plan",
    tableSheet: "Phụ lục",
    unit: "Phòng Tư pháp",
    sheet: "P. Tư pháp",
    criteria,
    fixed,
  };
}

const CODES = new Set(["2.1", "2.2", "2.3", "3.1"]);

describe("collect's merge of one unit's sheet", () => {
  const sent = sheet([
    [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
    [2, "2.2", "Theo dõi", "", "", ""],
  ]);
  const mark = markOf(sent, [
    { row: 3, section: "lead" },
    { row: 4, section: "lead" },
  ]);

  it("takes what the unit changed where the master did not, into the master's row of that code", () => {
    // The master was run again: a criterion came before 2.2, so its row moved down by one.
    const master = sheet([
      [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
      [2, "2.3", "Rà soát", "", "", ""],
      [3, "2.2", "Theo dõi", "", "", ""],
    ]);
    const unit = sheet([
      [1, "2.1", "Ban hành", 45473, "Đang thực hiện", ""],
      [2, "2.2", "Theo dõi", "", "Hoàn thành", "Báo cáo 12/BC"],
    ]);
    const merged = mergeUnitSheet(master, unit, mark, CODES);
    expect(merged.takes).toEqual([
      { row: 3, column: 4, content: num(45473), field: "deadline" },
      { row: 5, column: 5, content: text("Hoàn thành"), field: "status" },
      { row: 5, column: 6, content: text("Báo cáo 12/BC"), field: "result" },
    ]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.outside).toEqual([]);
  });

  it("keeps the master's value where both changed it differently, and reports it; the same change is no conflict", () => {
    const master = sheet([
      [1, "2.1", "Ban hành", "", "Hoàn thành", ""],
      [2, "2.2", "Theo dõi", "", "Đang thực hiện", ""],
    ]);
    const unit = sheet([
      [1, "2.1", "Ban hành", "", "Chưa thực hiện", ""],
      [2, "2.2", "Theo dõi", "", " Đang thực hiện ", ""],
    ]);
    const merged = mergeUnitSheet(master, unit, mark, CODES);
    expect(merged.takes).toEqual([]);
    expect(merged.conflicts).toEqual([
      {
        code: "2.1",
        section: "lead",
        field: "status",
        kept: text("Hoàn thành"),
        theirs: text("Chưa thực hiện"),
      },
    ]);
  });

  it("takes a cell the unit emptied, when the master still holds what was sent", () => {
    const unit = sheet([
      [1, "2.1", "Ban hành", "", "", ""],
      [2, "2.2", "Theo dõi", "", "", ""],
    ]);
    expect(mergeUnitSheet(sent, unit, mark, CODES).takes).toEqual([
      { row: 3, column: 5, content: EMPTY, field: "status" },
    ]);
  });

  it("reports cells typed outside the progress columns, and never copies them; a row the unit inserted shifts nothing", () => {
    const unit = sheet([
      [1, "2.1", "Ban hành (sửa)", "", "Đang thực hiện", ""],
      ["", "", "ghi chú của đơn vị"],
      [2, "2.2", "Theo dõi", "", "", ""],
    ]);
    const merged = mergeUnitSheet(sent, unit, mark, CODES);
    expect(merged.takes).toEqual([]);
    expect(merged.outside).toEqual([
      { address: "C3", code: "2.1", value: text("Ban hành (sửa)") },
      { address: "C4", code: null, value: text("ghi chú của đơn vị") },
    ]);
  });

  it("reports a note typed right of a criterion's row, not the empty cells before it", () => {
    const unit = sheet([
      [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
      [2, "2.2", "Theo dõi", "", "", "", "", "chờ ý kiến"],
    ]);
    expect(mergeUnitSheet(sent, unit, mark, CODES).outside).toEqual([
      { address: "H4", code: "2.2", value: text("chờ ý kiến") },
    ]);
  });

  it("takes nothing, and sees no conflict, in a progress column the unit's sheet no longer has", () => {
    const master = sheet([[1, "2.1", "Ban hành", "", "Đang thực hiện", "Đã ban hành"]]);
    // The unit deleted the result column: its header and rows stop at the status.
    const unit = sheet([[1, "2.1", "Ban hành", "", "Hoàn thành"]]);
    unit[1] = HEADER.slice(0, 5);
    const merged = mergeUnitSheet(master, unit, null, CODES);
    expect(merged.takes).toEqual([]);
    expect(merged.conflicts.map((c) => [c.field, c.kept, c.theirs])).toEqual([
      ["status", text("Đang thực hiện"), text("Hoàn thành")],
    ]);
  });

  it("reports, per code, criteria the master's sheet no longer lists: gone from the plan, or no longer this unit's", () => {
    const unit = sheet([
      [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
      [2, "9.9", "Đã bỏ", "", "Hoàn thành", ""],
      [3, "3.1", "Của đơn vị khác", "", "Hoàn thành", ""],
    ]);
    expect(mergeUnitSheet(sent, unit, mark, CODES).strayCodes).toEqual([
      { code: "9.9", inPlan: false },
      { code: "3.1", inPlan: true },
    ]);
  });

  it("does not take a formula typed into a progress cell: it is reported as outside", () => {
    const unit: Content[][] = sheet([
      [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
      [2, "2.2", "Theo dõi", "", "", ""],
    ]);
    unit[3] = [...unit[3].slice(0, 3), { kind: "formula", formula: "=TODAY()" }, ...unit[3].slice(4)];
    const merged = mergeUnitSheet(sent, unit, mark, CODES);
    expect(merged.takes).toEqual([]);
    expect(merged.outside).toEqual([{ address: "D4", code: "2.2", value: { kind: "formula", formula: "=TODAY()" } }]);
  });

  it("without a mark, takes a value only where the master's cell is empty; any other difference is a conflict", () => {
    const master = sheet([
      [1, "2.1", "Ban hành", "", "Đang thực hiện", ""],
      [2, "2.2", "Theo dõi", "", "", ""],
    ]);
    const unit = sheet([
      [1, "2.1", "Ban hành", "", "Hoàn thành", ""],
      [2, "2.2", "Theo dõi", "", "Hoàn thành", ""],
    ]);
    const merged = mergeUnitSheet(master, unit, null, CODES);
    expect(merged.takes).toEqual([{ row: 4, column: 5, content: text("Hoàn thành"), field: "status" }]);
    expect(merged.conflicts.map((c) => [c.code, c.kept, c.theirs])).toEqual([
      ["2.1", text("Đang thực hiện"), text("Hoàn thành")],
    ]);
  });

  it("matches the support section's criteria in the support section, apart from the lead section's", () => {
    const master = sheet([[1, "2.1", "Ban hành", "", "", ""]], [[1, "2.1", "Ban hành", "", "", ""]]);
    const unit = sheet([[1, "2.1", "Ban hành", "", "", ""]], [[1, "2.1", "Ban hành", "", "Hoàn thành", ""]]);
    expect(mergeUnitSheet(master, unit, null, CODES).takes).toEqual([
      { row: 7, column: 5, content: text("Hoàn thành"), field: "status" },
    ]);
  });
});
