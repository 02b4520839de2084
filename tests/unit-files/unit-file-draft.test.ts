/**
 * The file `split` sends a unit (src/core/unit-files/unit-file-draft.ts), on the smallest plan
 * (tests/core/one-criterion.ts): the unit's sheet with the plan named on its second title line, and the mark
 * describing it as sent. Expected contents are the sheet's words as a user reads them; fingerprints are compared,
 * not their values.
 */
import { Content, EMPTY, EMPTY_STATE, SheetDraft, text } from "../../src/core/edits";
import { unitFile, unitFilesOf } from "../../src/core/unit-files";
import { fingerprint } from "../../src/core/unit-files/unit-mark";
import { CRITERION_COLUMNS, draftsOf, tableOf, U } from "../core/one-criterion";

const { plan } = tableOf();
const unit = plan.units.find((u) => u.name === U)!;
const TITLE = "NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: PHÒNG NỘI VỤ";
const SUBTITLE =
  'Kế hoạch "KH 2025", mục tiêu năm 2025: ghi vào các cột "Thời hạn", "Trạng thái", "Kết quả thực hiện", ' +
  '"Tài liệu kiểm chứng", rồi gửi lại tệp này';
const DEADLINE: Content = { kind: "number", value: 45838 };
const UNDER_WAY = text("Đang thực hiện");
const sent = (kept = new Map()) =>
  unitFile({
    plan,
    unit,
    sheetName: "P. Nội vụ",
    kept,
    language: "vi",
    planId: "p1",
    planName: "KH 2025",
    dateSystem: "1900",
  });
const t = (s: string) => fingerprint(text(s));
const n = (value: number) => fingerprint({ kind: "number", value });

describe("a unit's file", () => {
  it("names the plan and the columns to fill on its second title line, the other lines as the master's", () => {
    const { draft } = sent();
    expect(draft.cells.slice(0, 4)).toEqual([[text(TITLE)], [text(SUBTITLE)], [], [text("I. CÁC TIÊU CHÍ CHỦ TRÌ")]]);
    // The criterion's row (6) and the supporting section under it are the master's.
    expect(draft.cells[5].slice(0, 3)).toEqual([{ kind: "number", value: 1 }, text("1.1"), text("Ban hành văn bản")]);
    expect(draft.cells[7]).toEqual([text("II. CÁC TIÊU CHÍ PHỐI HỢP")]);
    expect(draft.cells).toHaveLength(10);
  });

  it("marks each criterion as sent: its progress as kept, a fingerprint of each other cell of its row", () => {
    const kept = new Map([["lead:1.1", { deadline: DEADLINE, status: UNDER_WAY, result: EMPTY, evidence: EMPTY }]]);
    const { mark } = sent(kept);
    expect(mark.criteria).toEqual([
      {
        section: "lead",
        code: "1.1",
        progress: { deadline: DEADLINE, status: UNDER_WAY, result: EMPTY, evidence: EMPTY },
        // A to I: number, code, name, maximum, score, lost points (a formula), target, tasks, no supporting unit;
        // J to M, the progress columns, left empty though the unit typed into J and K.
        others: [n(1), t("1.1"), t("Ban hành văn bản"), n(3), n(2), expect.stringMatching(/^[0-9a-z]+$/), n(3)]
          .concat([t("- Rà soát"), ""])
          .concat(["", "", "", ""]),
      },
    ]);
  });

  it("marks the cells outside criterion rows by address, empty ones left out", () => {
    const headers = (unitColumn: string) => [
      ...CRITERION_COLUMNS,
      "Nhiệm vụ, giải pháp",
      unitColumn,
      "Thời hạn",
      "Trạng thái",
      "Kết quả thực hiện",
      "Tài liệu kiểm chứng",
    ];
    const row = (r: number, words: string[]) => words.map((w, i) => [`${"ABCDEFGHIJKLM"[i]}${r}`, t(w)]);
    expect(sent().mark.fixed).toEqual(
      Object.fromEntries([
        ["A1", t(TITLE)],
        ["A2", t(SUBTITLE)],
        ["A4", t("I. CÁC TIÊU CHÍ CHỦ TRÌ")],
        ...row(5, headers("Đơn vị phối hợp")),
        ["A8", t("II. CÁC TIÊU CHÍ PHỐI HỢP")],
        ...row(9, headers("Đơn vị chủ trì")),
        ["C10", t("(không có)")],
      ]),
    );
  });

  it("is made from the unit's sheet under the name the user gave it, with what its progress columns hold", () => {
    const master: SheetDraft = draftsOf(["assignments"]).find((s) => s.unit === U)!;
    // The unit's row 6 with a status typed in column K.
    const typed = master.cells.map((line, r) => (r === 5 ? line.map((c, i) => (i === 10 ? UNDER_WAY : c)) : line));
    const state = {
      ...EMPTY_STATE,
      planId: "p1",
      // The summary and another unit's sheet come first: the unit's own entry is the one to follow.
      generated: [
        { name: "Tổng hợp 2025", kind: "summary" as const, unit: null },
        { name: "Tư pháp 2025", kind: "assignment" as const, unit: "Phòng Tư pháp" },
        { name: "Nội vụ 2025", kind: "assignment" as const, unit: U },
      ],
    };
    const asked: string[] = [];
    const [file] = unitFilesOf({
      plan,
      state,
      contents: (sheet) => (asked.push(sheet), sheet === "Nội vụ 2025" ? typed : null),
      language: "vi",
      planName: "KH 2025",
      dateSystem: "1900",
    });
    expect(asked).toEqual(["Nội vụ 2025"]);
    expect([file.draft.name, file.mark.sheet, file.mark.planId]).toEqual(["Nội vụ 2025", "Nội vụ 2025", "p1"]);
    expect(file.mark.criteria[0].progress.status).toEqual(UNDER_WAY);
  });
});
