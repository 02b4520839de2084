/**
 * The sentences a user reads for what a run left out or cut (src/core/notice-text.ts): which cell, named by its
 * criterion and column when it is a point cell of the table, and the counts grouped as each language writes them.
 * The table (tests/core/one-criterion.ts): row 2 domain 1, row 3 criterion 1.1, row 4 the total; C the maximum,
 * D the 2024 score, E the 2025 target.
 */
import { EditNotice } from "../../src/core/edits";
import { noticeMessage } from "../../src/core/notice-text";
import { tableOf } from "./one-criterion";

const at = (row: number, column: number) => ({ sheet: null, row, column });
const merged: EditNotice = { kind: "merged", ...at(3, 4), area: { top: 3, left: 3, bottom: 3, right: 4 } };

describe("what a notice says", () => {
  it("names a point cell of the table by its criterion, or the total row, and its column, in either language", () => {
    const { plan } = tableOf();
    const where = (row: number, column: number, language: "vi" | "en") =>
      noticeMessage({ kind: "not-a-number", ...at(row, column) }, plan, language).split(":")[0];
    expect([where(3, 4, "vi"), where(2, 5, "vi"), where(4, 3, "vi")]).toEqual([
      "Tiêu chí 1.1, điểm năm 2024 (ô D3)",
      "Lĩnh vực 1, mục tiêu năm 2025 (ô E2)",
      "Dòng Tổng cộng, điểm tối đa (ô C4)",
    ]);
    expect([where(3, 4, "en"), where(2, 5, "en"), where(4, 3, "en")]).toEqual([
      "Criterion 1.1, 2024 score (cell D3)",
      "Domain 1, 2025 target (cell E2)",
      "Total row, maximum (cell C4)",
    ]);
  });

  it("names a cell of a criterion's row outside the point columns by its criterion, any other by its address", () => {
    const { plan } = tableOf();
    const where = (row: number, column: number) =>
      noticeMessage({ kind: "not-a-number", ...at(row, column) }, plan, "vi").split(":")[0];
    expect([where(3, 2), where(9, 4), where(1, 4)]).toEqual(["Tiêu chí 1.1 (ô B3)", "Ô D9", "Ô D1"]);
  });

  it("says last year's score and the target without a year when the header names none", () => {
    const { plan } = tableOf(undefined, ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu"]);
    expect(plan.layout.years).toEqual({ score: null, target: null });
    const where = (column: number) =>
      noticeMessage({ kind: "not-a-number", ...at(4, column) }, plan, "vi").split(":")[0];
    expect([where(4), where(5)]).toEqual(["Dòng Tổng cộng, điểm năm trước (ô D4)", "Dòng Tổng cộng, mục tiêu (ô E4)"]);
  });

  it("names a generated sheet's cell by the sheet", () => {
    const { plan } = tableOf();
    const notice: EditNotice = { kind: "not-a-number", sheet: "P. Nội vụ", row: 6, column: 11 };
    expect(noticeMessage(notice, plan, "vi")).toBe(
      'Trang "P. Nội vụ", ô K6: không ghi vì giá trị không phải là số Excel lưu được; ô giữ nguyên',
    );
    expect(noticeMessage(notice, plan, "en").startsWith('Sheet "P. Nội vụ", cell K6: ')).toBe(true);
  });

  it("says why for each kind: the merge, the loop, the length, the legend's room, the cut text", () => {
    const { plan } = tableOf();
    const vi = (n: EditNotice) => noticeMessage(n, plan, "vi");
    const en = (n: EditNotice) => noticeMessage(n, plan, "en");
    expect(vi(merged)).toContain("vướng vùng ô gộp C3:D3");
    expect(
      vi({ kind: "circular", ...at(2, 3), through: { row: 3, column: 3, formula: "=C2" } }).startsWith(
        "Lĩnh vực 1, điểm tối đa (ô C2): không ghi công thức tổng vì ô C3 (=C2) lấy lại",
      ),
    ).toBe(true);
    // Counts grouped as each language writes them: 9.000 and 8.192 in Vietnamese, 9,000 and 8,192 in English.
    const long: EditNotice = { kind: "formula-too-long", ...at(2, 3), length: 9000 };
    expect(vi(long)).toContain("công thức dài 9.000 ký tự, quá 8.192 ký tự");
    expect(en(long)).toContain("9,000 characters long, over the 8,192 Excel allows");
    expect(vi({ kind: "no-legend-room", ...at(2, 1), bottom: 40 })).toContain("từ dòng 2 đến dòng 40");
    const cut = (code: string | null): EditNotice => ({ kind: "text-cut", ...at(3, 6), length: 40000, code });
    expect(vi(cut("1.1"))).toContain("nội dung của Tiêu chí 1.1 dài 40.000 ký tự, quá 32.767 ký tự");
    expect(vi(cut("9.9"))).toContain("nội dung của 9.9 dài");
    expect(vi(cut(null))).toContain("(ô F3): nội dung dài 40.000 ký tự");
  });
});
