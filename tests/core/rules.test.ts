import { analyzeSheet, analyzeWorkbook } from "../../src/core/analyze";
import { parseCode } from "../../src/core/codes";
import { roleOf, yearIn } from "../../src/core/header";
import { Plan } from "../../src/core/model";
import { readPoints } from "../../src/core/numbers";
import { foldKey, normalizeTonePlacement } from "../../src/core/text";
import { HEADER, sheetOf } from "./helpers";

const U = "Phòng Nội vụ";

function analyse(rows: Parameters<typeof sheetOf>[0], extra?: Parameters<typeof sheetOf>[1]): Plan {
  const plan = analyzeSheet(sheetOf(rows, extra));
  if (!plan) throw new Error("no table");
  return plan;
}
const kinds = (plan: Plan) => plan.issues.map((i) => `${i.kind}@${i.row}${i.field ? ":" + i.field : ""}`);

describe("text", () => {
  it("folds diacritics, case, dashes and spaces", () => {
    expect(foldKey("  Văn hoá –  THÔNG TIN ")).toBe(foldKey("van hoa - thong tin"));
    expect(foldKey("Điểm".normalize("NFD"))).toBe("diem");
  });
  it("puts tone marks where official documents do", () => {
    expect(normalizeTonePlacement("Văn hoá")).toBe("Văn hóa");
    expect(normalizeTonePlacement("Uỷ ban")).toBe("Ủy ban");
    expect(normalizeTonePlacement("quý")).toBe("quý");
    expect(normalizeTonePlacement("hoàn thành")).toBe("hoàn thành");
    expect(normalizeTonePlacement("Văn hoá".normalize("NFD"))).toBe("Văn hóa");
  });
});

describe("points", () => {
  it.each([
    [2, 2],
    ["6,805", 6.805],
    ["7.5", 7.5],
    ["8,5 điểm", 8.5],
    [" 14,49 ", 14.49],
    ["0", 0],
  ])("reads %p as %p", (cell, value) => {
    expect(readPoints(cell)).toEqual({ kind: "number", value, guessed: false });
  });
  it("reads a percent as a guess", () =>
    expect(readPoints("86,57%")).toEqual({ kind: "number", value: 86.57, guessed: true }));
  it("never takes a date for points", () =>
    expect(readPoints({ kind: "date", serial: 45419 })).toEqual({ kind: "date" }));
  it("says what it cannot read", () => expect(readPoints("đạt")).toEqual({ kind: "unreadable", text: "đạt" }));
  it("treats blanks and dashes as empty", () => {
    expect(readPoints(null)).toEqual({ kind: "empty" });
    expect(readPoints(" - ")).toEqual({ kind: "empty" });
  });
});

describe("headers", () => {
  it.each([
    ["STT", "code"],
    ["TT", "code"],
    ["Nội dung tiêu chí", "name"],
    ["Điểm chuẩn", "max"],
    ["Điểm tối đa", "max"],
    ["Điểm năm 2023", "score"],
    ["Mục tiêu năm 2024", "target"],
    ["Nhiệm vụ, giải pháp, nội dung thực hiện", "tasks"],
    ["Giải pháp thực hiện", "tasks"],
    ["Cơ quan đơn vị chủ trì thực hiện", "lead"],
    ["Các cơ quan phối thực hiện", "support"],
    ["Đơn vị phối hợp", "support"],
    ["Max points", "max"],
    ["2024 score", "score"],
    ["Lead unit", "lead"],
    ["Supporting units", "support"],
    ["Thời gian hoàn thành", null],
    ["Ghi chú", null],
  ])("%s is the %s column", (text, role) => expect(roleOf(foldKey(text))).toBe(role));
  it("takes years from headers", () => {
    expect(yearIn("diem nam 2023")).toBe(2023);
    expect(yearIn("diem toi da")).toBeNull();
  });
});

describe("codes", () => {
  it.each([
    ["1.", "1", "numeric"],
    ["7.1.1", "7.1.1", "numeric"],
    ["II.", "II", "roman"],
    ["I.2.1", "I.2.1", "roman"],
    ["a)", "a)", "letter"],
  ])("%s is written %s (%s)", (cell, written, kind) => {
    const code = parseCode(cell);
    expect(code?.written).toBe(written);
    expect(code?.shape.kind).toBe(kind);
  });
  it("reads a code typed as a number", () => expect(parseCode(1.1)?.written).toBe("1.1"));
  it("is not a code", () => {
    expect(parseCode("Tổng")).toBeNull();
    expect(parseCode("")).toBeNull();
  });
});

describe("rows and hierarchy", () => {
  it("nests Arabic numbers under Roman domains, and letters under the row above", () => {
    const plan = analyse([
      ["I", "Domain one", 3, 3, 3],
      ["1", "Crit", 2, 2, 2, "t", U],
      ["2", "Crit", 1, 1, 1, "t", U],
      ["II", "Domain two", 2, 1, 2],
      ["1", "Crit", 2, null, 2, "t", U],
      ["a)", "item", 1, 1, 1, "t", U],
      ["b)", "item", 1, 0, 1, "t", U],
      [null, "Tổng", 5, 4, 5],
    ]);
    expect(plan.criteria.map((c) => [c.code, c.level, c.parentRow, c.leaf])).toEqual([
      ["I", 1, null, false],
      ["1", 2, 2, true],
      ["2", 2, 2, true],
      ["II", 1, null, false],
      ["1", 2, 5, false],
      ["a)", 3, 6, true],
      ["b)", 3, 6, true],
    ]);
    expect(kinds(plan)).toEqual([]);
  });

  it("merges continuation rows, skips blank rows, repeated headers and column numbers, and stops at notes", () => {
    const plan = analyse([
      ["1", "2", "3", "4", "5", "6", "7", "8"],
      ["1.", "Domain", 2, 2, 2],
      ["1.1", "Crit", 2, 2, 2, "- first task", U],
      [null, null, null, null, null, "- second task"],
      [],
      HEADER,
      [null, "Tổng", 2, 2, 2],
      ["Ghi chú: số liệu tạm tính"],
    ]);
    expect(plan.criteria.map((c) => c.code)).toEqual(["1", "1.1"]);
    expect(plan.criteria[1].tasks).toBe("- first task\n- second task");
    expect(plan.criteria[1].continuationRows).toEqual([5]);
    expect(plan.total.row).toBe(8);
    expect(plan.layout.lastRow).toBe(8);
  });

  it("reports duplicate codes and orphans", () => {
    const plan = analyse([
      ["1", "Domain", 3, 3, 3],
      ["1.1", "Crit", 1, 1, 1, "t", U],
      ["1.1", "Again", 1, 1, 1, "t", U],
      ["1.2.1", "Lost child", 1, 1, 1, "t", U],
    ]);
    expect(kinds(plan)).toEqual(["duplicate-code@4", "orphan@5", "missing-total@null"]);
    expect(plan.criteria[3].parentRow).toBe(2);
  });
});

describe("checks", () => {
  it("tells rounding from a real subtotal mismatch, for groups and the total", () => {
    const plan = analyse([
      ["1", "Domain", 3, 2.49, 3],
      ["1.1", "Crit", 1, 0.494, 1, "t", U],
      ["1.2", "Crit", 2, 2, 2, "t", U],
      ["2", "Domain", 8, 8, 8],
      ["2.1", "Crit", 8, 7, 8, "t", U],
      [null, "Tổng", 11, 10.49, 11],
    ]);
    expect(kinds(plan)).toEqual(["subtotal-rounding@2:score", "subtotal-mismatch@5:score", "total-mismatch@7:score"]);
    expect(plan.criteria[0].computed).toEqual({ max: 3, score: 2.494, target: 3 });
    expect(plan.total.computed.score).toBe(9.494);
  });

  it("flags targets above the maximum and leaves without a lead unit", () => {
    const plan = analyse([
      ["1", "Crit", 2, 1, 3, "t", null],
      [null, "Tổng", 2, 1, 3],
    ]);
    expect(kinds(plan)).toEqual(["target-above-max@2:target", "missing-lead@2"]);
  });

  it("never uses a date as points, reports text it cannot read, blanks and guesses", () => {
    const plan = analyse([
      ["1", "Domain", null, null, null],
      ["1.1", "Crit", { kind: "date", serial: 45419 }, 1, 2, "t", U],
      ["1.2", "Crit", 1, "đạt", 1, "t", U],
      ["1.3", "Crit", 1, null, 1, "t", U],
      ["1.4", "Crit", 1, "0,5%", 1, "t", U],
    ]);
    expect(kinds(plan)).toEqual([
      "date-as-score@3:max",
      "unreadable-number@4:score",
      "missing-value@5:score",
      "guessed-number@6:score",
      "missing-total@null",
    ]);
    expect(plan.criteria[1].stated.max).toBeNull();
  });

  it("computes points lost and below-max for leaves and groups", () => {
    const plan = analyse([
      ["1", "Domain", 3, null, 3],
      ["1.1", "Crit", 2, 1.5, 2, "t", U],
      ["1.2", "Crit", 1, 1, 1, "t", U],
      [null, "Tổng", 3, 2.5, 3],
    ]);
    expect(plan.criteria.map((c) => [c.code, c.belowMax, c.pointsLost])).toEqual([
      ["1", true, 0.5],
      ["1.1", true, 0.5],
      ["1.2", false, 0],
    ]);
  });

  it("notes criteria on hidden rows", () => {
    const plan = analyse(
      [
        ["1", "Crit", 1, 1, 1, "t", U],
        [null, "Tổng", 1, 1, 1],
      ],
      { hiddenRows: [2] },
    );
    expect(kinds(plan)).toEqual(["hidden-row@2"]);
  });
});

describe("workbooks", () => {
  const notes = {
    name: "Ghi chú",
    top: 1,
    left: 1,
    values: [["Bảng dán từ Word"]],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
  it("picks the sheet that holds the plan", () => {
    const result = analyzeWorkbook([notes, sheetOf([["1", "Crit", 1, 1, 1, "t", U]])]);
    expect(result.ok && result.plan.layout.sheet).toBe("Phụ lục");
  });
  it("says when the named sheet does not exist, or no sheet holds a table", () => {
    expect(analyzeWorkbook([notes], { sheet: "Khác" })).toEqual({
      ok: false,
      failure: { kind: "sheet-not-found", sheet: "Khác", available: ["Ghi chú"] },
    });
    expect(analyzeWorkbook([notes])).toEqual({ ok: false, failure: { kind: "no-table" } });
  });
  it("follows the user's own choice of columns", () => {
    const sheet = sheetOf([["1", "Crit", 1, 0.5, 1, "t", U]]);
    const result = analyzeWorkbook([sheet], {
      sheet: "Phụ lục",
      layout: { headerRow: 1, columns: { code: 1, name: 2, max: 5, score: 4 } },
    });
    expect(result.ok && result.plan.criteria[0].stated).toEqual({ max: 1, score: 0.5, target: null });
    expect(result.ok && result.plan.layout.years).toEqual({ score: 2024, target: null });
  });
});
