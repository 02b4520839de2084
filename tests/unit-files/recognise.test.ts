/**
 * A returned unit file, as collect sees it before taking anything (src/core/unit-files): the mark it carries, read
 * back or refused, how its cells are compared, and which unit's sheet it holds or why it is skipped. The assignment
 * sheet is the one a run drafts for the smallest plan (tests/core/one-criterion.ts).
 */
import { Content, SheetDraft } from "../../src/core/edits";
import {
  contentKey,
  decodeMark,
  encodeMark,
  fingerprint,
  makeMark,
  MARK_SHEET,
  UnitMark,
} from "../../src/core/unit-files/unit-mark";
import { MasterPlan, recogniseReturned, ReturnedWorkbook } from "../../src/core/unit-files/unit-file-identity";
import { messagesFor } from "../../src/i18n";
import { draftsOf, U } from "../core/one-criterion";

const J = "Phòng Tư pháp";
const drafted: SheetDraft = draftsOf(["assignments"]).find((s) => s.unit === U)!;
const grid = drafted.cells;
const title = messagesFor("vi").sheets.assignmentTitle(U);
const notes = { name: "Ghi chú", grid: [[{ kind: "text", text: "của tôi" }]] as Content[][], title: "của tôi" };

const master: MasterPlan = {
  planId: "p1",
  tableSheet: "Phụ lục",
  units: new Set([U, J, "Phòng Y tế"]),
  unitSheets: new Map([
    [U, "P. Nội vụ"],
    [J, "P. Tư pháp"],
  ]),
};
const mark = (over: Partial<UnitMark> = {}): UnitMark => ({
  ...makeMark({
    planId: "p1",
    planName: "KH 2025",
    tableSheet: "Phụ lục",
    unit: U,
    sheet: "P. Nội vụ",
    criteria: [],
    fixed: {},
  }),
  ...over,
});
const file = (sheets: ReturnedWorkbook["sheets"], over: Partial<ReturnedWorkbook> = {}): ReturnedWorkbook => ({
  sheets,
  mark: null,
  state: null,
  ...over,
});
const ours = (name: string, t: string = title) => ({ name, grid, title: t });
const taken = (...pairs: [string, string][]) => ({
  kind: "take",
  sheets: pairs.map(([unit, sheet]) => expect.objectContaining({ unit, sheet })),
});

describe("a unit file's mark", () => {
  it("reads back as written", () => {
    const m = mark({
      criteria: [{ section: "lead", code: "1.1", progress: {}, others: ["", "x"] }],
      fixed: { A1: "k" },
    });
    expect(decodeMark(encodeMark(m))).toEqual(m);
  });
  it.each([
    ["nothing", []],
    ["no JSON", ["{par-index"]],
    ["another kind", encodeMark({ ...mark(), kind: "other" } as never)],
    ["another version", encodeMark({ ...mark(), version: 2 } as never)],
    ["no unit", encodeMark({ ...mark(), unit: 3 } as never)],
    ["no sheet", encodeMark({ ...mark(), sheet: null } as never)],
    ["no criteria", encodeMark({ ...mark(), criteria: {} } as never)],
    ["no fixed cells", encodeMark({ ...mark(), fixed: null } as never)],
    ["fixed cells that are no record", encodeMark({ ...mark(), fixed: "A1" } as never)],
  ])("is none for %s", (_, cells) => {
    expect(decodeMark(cells)).toBeNull();
  });
});

describe("a cell as compared", () => {
  it.each<[Content, string]>([
    [{ kind: "empty" }, ""],
    [{ kind: "text", text: "  " }, ""],
    [{ kind: "text", text: " Đã xong " }, "tĐã xong"],
    [{ kind: "text", text: "Đã xong".normalize("NFD") }, "tĐã xong"],
    [{ kind: "number", value: 0.1 + 0.2 }, "n0.3"],
    // 12 significant digits: what a spreadsheet's saving may change beyond them is not a change.
    [{ kind: "number", value: 2 / 3 }, "n0.666666666667"],
    [{ kind: "formula", formula: "=sum( D6 , E6 )" }, "f=SUM(D6,E6)"],
    [{ kind: "boolean", value: false }, "bfalse"],
    [{ kind: "error", code: "#n/a" }, "e#N/A"],
  ])("%j is %p", (content, key) => {
    expect(contentKey(content)).toBe(key);
  });
  it("has one fingerprint for what compares alike, another for what differs, none when empty", () => {
    const f = (formula: string) => fingerprint({ kind: "formula", formula });
    expect(f("=sum(D6)")).toBe(f("=SUM( D6 )"));
    expect(f("=SUM(D6)")).not.toBe(f("=SUM(D7)"));
    expect(f("=SUM(D6)")).toMatch(/^[0-9a-z]+$/);
    expect(fingerprint({ kind: "text", text: " " })).toBe("");
  });
  it("is the 32-bit FNV-1a hash of the key, in base 36, so that files sent by an earlier version compare alike", () => {
    // FNV-1a's published test vectors: "f" hashes to 0xe30c2799, "e" to 0xe00c22e0.
    expect(fingerprint({ kind: "formula", formula: "" })).toBe((0xe30c2799).toString(36));
    expect(fingerprint({ kind: "error", code: "" })).toBe((0xe00c22e0).toString(36));
  });
});

describe("which unit's sheet a returned file holds", () => {
  describe("with its mark", () => {
    it("is the sheet the mark names", () => {
      expect(recogniseReturned(file([notes, ours("P. Nội vụ")], { mark: mark() }), master)).toEqual(
        taken([U, "P. Nội vụ"]),
      );
    });
    it("is, once renamed, the sheet under the unit's title, else the only sheet laid out as ours", () => {
      expect(recogniseReturned(file([notes, ours("Nội vụ 2025")], { mark: mark() }), master)).toEqual(
        taken([U, "Nội vụ 2025"]),
      );
      // Its title changed too; the mark's own sheet, had it a grid like ours, is never taken for it.
      const retitled = [notes, { name: MARK_SHEET, grid, title: null }, ours("NV", "Việc của phòng")];
      expect(recogniseReturned(file(retitled, { mark: mark() }), master)).toEqual(taken([U, "NV"]));
    });
    it("is missing when no sheet is named, titled or laid out as the unit's alone", () => {
      const two = [ours("A", "x"), ours("B", "y")];
      for (const sheets of [[notes], two])
        expect(recogniseReturned(file(sheets, { mark: mark() }), master)).toEqual({
          kind: "skip",
          reason: { kind: "sheet-missing", unit: U, sheet: "P. Nội vụ" },
        });
    });
    it.each([
      ["another plan's identity", { planId: "p2" }, { kind: "other-plan" }],
      ["no identity and another table", { planId: null, tableSheet: "Bảng khác" }, { kind: "other-plan" }],
      ["a unit no longer in the plan", { unit: "Phòng Kinh tế" }, { kind: "unit-not-in-plan", unit: "Phòng Kinh tế" }],
      ["a unit without its sheet in the master", { unit: "Phòng Y tế" }, { kind: "no-unit-sheet", unit: "Phòng Y tế" }],
    ])("is skipped for %s", (_, over, reason) => {
      expect(recogniseReturned(file([ours("P. Nội vụ")], { mark: mark(over) }), master)).toEqual({
        kind: "skip",
        reason,
      });
    });
    it("is taken when only one side has an identity and the table's sheet is the same", () => {
      const old = file([ours("P. Nội vụ")], { mark: mark({ planId: null }) });
      expect(recogniseReturned(old, master)).toEqual(taken([U, "P. Nội vụ"]));
      expect(recogniseReturned(file([ours("P. Nội vụ")], { mark: mark() }), { ...master, planId: null })).toEqual(
        taken([U, "P. Nội vụ"]),
      );
    });
  });

  describe("without a mark", () => {
    it("is each unit's sheet the copied state names, or that holds its title, in either language", () => {
      const state = { planId: "p1", generated: [{ name: "NV", kind: "assignment" as const, unit: U }] };
      const justice = ours("TP", ` ${messagesFor("en").sheets.assignmentTitle(J)} `.normalize("NFD"));
      expect(recogniseReturned(file([notes, ours("NV", "x"), justice], { state }), master)).toEqual(
        taken([U, "NV"], [J, "TP"]),
      );
    });
    it("takes no sheet of a unit the plan no longer has", () => {
      const smaller = { ...master, units: new Set([J]) };
      expect(recogniseReturned(file([ours("P. Nội vụ")]), smaller)).toEqual({
        kind: "skip",
        reason: { kind: "unrecognised" },
      });
    });
    it("is another plan's when the copied state has another identity, and nothing when nothing is ours", () => {
      const state = { planId: "p2", generated: [] };
      expect(recogniseReturned(file([ours("P. Nội vụ")], { state }), master)).toEqual({
        kind: "skip",
        reason: { kind: "other-plan" },
      });
      expect(recogniseReturned(file([notes]), master)).toEqual({ kind: "skip", reason: { kind: "unrecognised" } });
    });
  });
});

describe("which sheet of a returned file is the unit's", () => {
  it("takes the sheet the mark names over a copy of it with the same title", () => {
    expect(recogniseReturned(file([ours("P. Nội vụ (2)"), ours("P. Nội vụ")], { mark: mark() }), master)).toEqual(
      taken([U, "P. Nội vụ"]),
    );
  });
  it("finds a sheet the unit renamed by its title, among several laid out as ours", () => {
    const sheets = [ours("Bản nháp", "Bản nháp"), ours("Nội vụ - đã điền")];
    expect(recogniseReturned(file(sheets, { mark: mark() }), master)).toEqual(taken([U, "Nội vụ - đã điền"]));
  });
  it("takes a copy of a master made before plans had an identity", () => {
    const state = { planId: null, generated: [{ name: "P. Nội vụ", kind: "assignment" as const, unit: U }] };
    expect(recogniseReturned(file([ours("P. Nội vụ", "")], { state }), master)).toEqual(taken([U, "P. Nội vụ"]));
  });
});
