import { SheetCells } from "../../src/core/cells";
import { asLeft } from "./as-left";
import {
  cellsSumMisreads,
  Content,
  decodeState,
  reconcileState,
  EMPTY,
  EMPTY_STATE,
  encodeState,
  backupOf,
  extendBackup,
  formula,
  highlightsOn,
  prepareClearHighlights,
  prepareRestore,
  prepareRun,
  readKeptInputs,
  RunInput,
  STATE_SHEET,
  text,
  num,
  uniqueName,
} from "../../src/core/edits";
import { compactRefs } from "../../src/core/edits/subtotals";
import { issueMessage } from "../../src/core/issue-text";
import { Plan } from "../../src/core/model";
import { analysedSeed } from "./seed-workbook";
import { seedRunInput, seenWith, SheetSeenAs, sheetOf, topOf } from "./helpers";
import { analyzeSheet } from "../../src/core/analyze";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { belowMaxRowsByHand, childRowsByHand, rowsByCode } from "../fixtures/seed-by-hand";

let plan: Plan;
let sheet: SheetCells;
beforeAll(async () => {
  ({ plan, sheet } = await analysedSeed());
});

const input = (over: Partial<RunInput> = {}): RunInput => seedRunInput({ plan, sheet }, over);

describe("subtotals", () => {
  it("counts the point cells SUM cannot add as read: a date, and text that is no number", () => {
    const table = analyzeSheet(
      sheetOf([
        ["1", "Domain", 6, 3, 6, "", "Phòng Nội vụ", ""],
        ["1.1", "Dated", 2, { kind: "date", serial: 45419 }, 2, "t", "Phòng Nội vụ", ""],
        ["1.2", "Worded", 2, "đạt", 2, "t", "Phòng Nội vụ", ""],
        ["1.3", "Text number", 2, "1,5", 2, "t", "Phòng Nội vụ", ""],
      ]),
    )!;
    expect(cellsSumMisreads(table)).toBe(2);
    expect(cellsSumMisreads(plan)).toBe(0);
  });

  it("compacts consecutive rows into ranges", () => {
    expect(compactRefs(3, [9, 10, 11, 12, 13, 16, 17])).toBe("C9:C13,C16:C17");
    expect(compactRefs(4, [56, 63])).toBe("D56,D63");
  });

  it("sums each group over exactly its children, and the total over the domains", () => {
    const run = prepareRun(input({ operations: new Set(["subtotals"]) }));
    const formulas = run.edits.tableEdits.filter((e) => e.content.kind === "formula");
    // Eight groups (the domains but 4, which has no criteria, and 7.1) and the total, three point columns each.
    expect(formulas).toHaveLength((8 + 1) * 3);
    const groups = childRowsByHand(rowsByCode(sheet.values.map((r) => r[0])));
    expect(groups.map(([row]) => row)).toEqual([8, 18, 23, 35, 44, 50, 51, 62]);
    for (const [row, children] of groups) {
      const edit = formulas.find((e) => e.row === row && e.column === 3)!;
      const referenced = [
        ...(edit.content.kind === "formula" ? edit.content.formula : "").matchAll(/C(\d+)(?::C(\d+))?/g),
      ].flatMap((m) => {
        const from = Number(m[1]);
        const to = Number(m[2] ?? m[1]);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
      expect(referenced).toEqual(children);
    }
  });

  it("turns numbers stored as text into numbers", () => {
    const run = prepareRun(input({ operations: new Set(["subtotals"]) }));
    const row13 = run.edits.tableEdits.filter((e) => e.row === 13);
    expect(row13.map((e) => e.content)).toEqual([1.5, 1.5, 1.5].map((value) => ({ kind: "number", value })));
  });
});

describe("highlights", () => {
  it("adds zero, partial and target rules on the body, and a legend beside the table", () => {
    const run = prepareRun(input({ operations: new Set(["highlights"]) }));
    const h = run.edits.highlights!;
    expect(h.rules.map((r) => [r.kind, r.area])).toEqual([
      ["zero", { top: 8, bottom: 71, left: 4, right: 4 }],
      ["partial", { top: 8, bottom: 71, left: 4, right: 4 }],
      ["target", { top: 8, bottom: 71, left: 5, right: 5 }],
    ]);
    expect(h.legend).toEqual({ top: 7, bottom: 10, left: 10, right: 10 });
    const below = belowMaxRowsByHand(rowsByCode(sheet.values.map((r) => r[0])));
    expect(below).toHaveLength(20);
    expect(h.fills.filter((f) => f.kind !== "target").map((f) => f.row)).toEqual(below);
    expect(highlightsOn(run.nextState, "Phụ lục")?.legend).toEqual(h.legend);
  });

  it("keeps the legend where the last run put it", () => {
    const first = prepareRun(input({ operations: new Set(["highlights"]) }));
    const again = prepareRun(input({ operations: new Set(["highlights"]), state: first.nextState }));
    expect(again.edits.highlights?.legend).toEqual(first.edits.highlights?.legend);
  });
});

describe("generated sheets", () => {
  it("makes one assignment sheet per unit and a summary, named clear of the user's sheets", () => {
    const run = prepareRun(input({ sheetNames: ["Phụ lục", "Tổng hợp", "P. Nội vụ"] }));
    const names = run.edits.sheets.map((s) => s.name);
    expect(names[0]).toBe("Tổng hợp (2)");
    expect(names).not.toContain("P. Nội vụ");
    expect(names).toHaveLength(plan.units.length + 1);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("lists what a unit leads and supports, with live links where the table holds numbers", () => {
    const run = prepareRun(input());
    const justice = run.edits.sheets.find((s) => s.unit === "Phòng Tư pháp")!;
    const codes = justice.cells
      .map((r) => (r[1]?.kind === "text" ? r[1].text : null))
      .filter((c) => c && /^\d/.test(c));
    expect(codes).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    const row = justice.cells.find((r) => r[1]?.kind === "text" && r[1].text === "2.2")!;
    expect(row[3]).toEqual({ kind: "formula", formula: "='Phụ lục'!C20" });
    expect(row[7]).toEqual({
      kind: "text",
      text: "Kế hoạch theo dõi thi hành pháp luật (TDTHPL) trên địa bàn thành phố",
    });
  });

  it("links to numbers as they stand when the table keeps text", () => {
    const run = prepareRun(input({ operations: new Set(["assignments"]) }));
    const justice = run.edits.sheets.find((s) => s.unit === "Phòng Tư pháp")!;
    const row = justice.cells.find((r) => r[1]?.kind === "text" && r[1].text === "2.2")!;
    expect(row[3]).toEqual({ kind: "number", value: 1.5 });
  });

  it("makes again a generated sheet the user deleted, with nothing to replace for it", () => {
    const first = prepareRun(input());
    const [deleted, ...kept] = first.edits.sheets.map((s) => s.name);
    const again = prepareRun(
      input({ sheetNames: ["Phụ lục", "Ghi chú", ...kept, STATE_SHEET], state: first.nextState }),
    );
    expect(again.replaces).toEqual(kept);
    expect(again.edits.sheets.map((s) => s.name)).toEqual([deleted, ...kept]);
  });

  it("keeps what units typed into their sheets, matched by criterion", () => {
    const first = prepareRun(input());
    const sheetName = first.edits.sheets.find((s) => s.unit === "Phòng Tư pháp")!.name;
    const isRow = (r: readonly Content[], code: string) => r[1]?.kind === "text" && r[1].text === code;
    const typed = first.edits.sheets
      .find((s) => s.name === sheetName)!
      .cells.map((r) => (isRow(r, "2.3") ? [...r.slice(0, 9), text("30/6"), text("=Đang làm"), EMPTY, num(12)] : r));
    const again = prepareRun(
      input({
        sheetNames: ["Phụ lục", "Ghi chú", ...first.edits.sheets.map((s) => s.name), STATE_SHEET],
        state: first.nextState,
        generatedCells: new Map([[sheetName, typed]]),
      }),
    );
    const row = again.edits.sheets
      .find((s) => s.name === sheetName)!
      .cells.find((r) => r[1]?.kind === "text" && r[1].text === "2.3")!;
    expect(row.slice(9)).toEqual([
      { kind: "text", text: "30/6" },
      { kind: "text", text: "=Đang làm" },
      { kind: "empty" },
      { kind: "number", value: 12 },
    ]);
    expect(again.replaces).toContain(sheetName);
    expect(readKeptInputs(typed).get("lead:2.3")).toBeDefined();
  });

  it("ranks criteria by points lost in the summary and charts score against max", () => {
    const summary = prepareRun(input({ operations: new Set(["summary"]) })).edits.sheets[0];
    const lost = expected.criteria
      .filter((c) => c.leaf && c.max! > c.score!)
      .sort((a, b) => b.max! - b.score! - (a.max! - a.score!));
    const rankStart = summary.cells.findIndex((r) => r[0]?.kind === "text" && r[0].text.startsWith("III.")) + 2;
    expect(summary.cells.slice(rankStart, rankStart + 3).map((r) => (r[1].kind === "text" ? r[1].text : ""))).toEqual(
      lost.slice(0, 3).map((c) => c.code),
    );
    expect(summary.chart?.source.left).toBe(3);
    // The glossary's running number, as on every other generated sheet (not "Thứ tự").
    expect(summary.cells[rankStart - 1][0]).toEqual(text("STT"));
  });

  it.each(["vi", "en"] as const)(
    "lists the domains in %s once numbered: their code spans A:B, no running number",
    (language) => {
      const summary = prepareRun(input({ language, operations: new Set(["summary"]) })).edits.sheets[0];
      const words = (row: readonly Content[]) => row.slice(0, 3).map((c) => (c.kind === "text" ? c.text : c.kind));
      const header = language === "vi" ? ["Tiêu chí", "empty", "Lĩnh vực"] : ["Criterion", "empty", "Domain"];
      expect(words(summary.cells[4])).toEqual(header);
      const domains = plan.criteria.filter((c) => c.parentRow === null);
      const rows = summary.cells.slice(5, 5 + domains.length);
      expect(rows.map(words)).toEqual(domains.map((d) => [d.code, "empty", d.name]));
      for (let r = 5; r <= 6 + domains.length; r++)
        expect(summary.merges).toContainEqual({ top: r, bottom: r, left: 1, right: 2 });
    },
  );
});

describe("state", () => {
  it("round-trips through chunks and survives damage", () => {
    const run = prepareRun(input());
    const chunks = encodeState(run.nextState);
    expect(decodeState(chunks)).toEqual({ state: run.nextState, damaged: false });
    expect(decodeState(["{not json"])).toEqual({ state: EMPTY_STATE, damaged: true });
    expect(STATE_SHEET).toBe("ParIndexState");
  });

  it("backs up the original contents once, and restore gives them back", () => {
    const edits = [{ row: 8, column: 3, content: { kind: "formula" as const, formula: "=SUM(C9)" } }];
    const once = extendBackup(EMPTY_STATE, "Phụ lục", edits, () => ({ kind: "number", value: 14 }));
    const twice = extendBackup(once, "Phụ lục", edits, () => ({ kind: "formula", formula: "=SUM(C9)" }));
    const restore = prepareRestore(twice, "Phụ lục", asLeft(twice, "Phụ lục"));
    expect(restore.tableEdits).toEqual([{ row: 8, column: 3, content: { kind: "number", value: 14 } }]);
    expect(restore.nextState.backups).toEqual([]);
  });

  it("restores only a cell that still holds what the run wrote, and a state saved before that was kept as before", () => {
    const sum = { kind: "formula" as const, formula: "=SUM(C9)" };
    const state = extendBackup(EMPTY_STATE, "Phụ lục", [{ row: 8, column: 3, content: sum }], () => num(14));
    // A row inserted above moved the leaf's 4 into C8: left, kept in the backup, and named.
    const moved = prepareRestore(
      state,
      "Phụ lục",
      asLeft(state, "Phụ lục", [], [{ row: 8, column: 3, content: num(4) }]),
    );
    expect(moved.tableEdits).toEqual([]);
    expect(moved.skipped).toEqual([{ kind: "changed", row: 8, column: 3 }]);
    expect(backupOf(moved.nextState, "Phụ lục")).toEqual(backupOf(state, "Phụ lục"));
    // Excel gives the formula back in capitals, whatever case it was written in: still ours.
    const lower = asLeft(state, "Phụ lục", [], [{ row: 8, column: 3, content: formula("=sum(c9)") }]);
    expect(prepareRestore(state, "Phụ lục", lower).tableEdits).toEqual([{ row: 8, column: 3, content: num(14) }]);
    // Saved without what was written (an older add-in): put back as it always was; a damaged one is damage.
    const cell = { row: 8, column: 3, content: num(14) };
    const old = decodeState(encodeState({ ...EMPTY_STATE, backups: [{ sheet: "Phụ lục", cells: [cell] }] }));
    expect(old.damaged).toBe(false);
    const anything = asLeft(old.state, "Phụ lục", [], [{ row: 8, column: 3, content: num(4) }]);
    expect(prepareRestore(old.state, "Phụ lục", anything).tableEdits).toEqual([cell]);
    const damaged = decodeState([
      JSON.stringify({
        ...EMPTY_STATE,
        backups: [{ sheet: "Phụ lục", cells: [{ ...cell, written: { kind: "formula" } }] }],
      }),
    ]);
    expect(damaged.damaged).toBe(true);
  });

  it("a rerun takes as a cell's original what the user's cell holds once the run's is no longer there", () => {
    const sum = (f: string) => ({ row: 8, column: 3, content: formula(f) });
    const first = extendBackup(EMPTY_STATE, "Phụ lục", [sum("=SUM(C9)")], () => num(14));
    // Rows moved: C8 now holds the user's 4, and the rerun writes its SUM there.
    const rerun = extendBackup(first, "Phụ lục", [sum("=SUM(C9:C10)")], () => num(4));
    expect(backupOf(rerun, "Phụ lục")).toEqual([{ ...sum("=SUM(C9:C10)"), content: num(4), written: "=SUM(C9:C10)" }]);
    // Still the run's: the first original stays.
    const same = extendBackup(first, "Phụ lục", [sum("=SUM(C9:C10)")], () => formula("=SUM(C9)"));
    expect(backupOf(same, "Phụ lục")[0].content).toEqual(num(14));
  });

  it("clearing highlights puts the legend cells back and keeps the subtotals' backup", () => {
    const run = prepareRun(input({ current: () => ({ kind: "empty" }) }));
    const cleared = prepareClearHighlights(run.nextState, "Phụ lục", asLeft(run.nextState, "Phụ lục"));
    expect(cleared.tableEdits).toHaveLength(4);
    expect(cleared.nextState.highlights).toEqual([]);
    expect(prepareRestore(cleared.nextState, "Phụ lục", asLeft(cleared.nextState, "Phụ lục")).tableEdits.length).toBe(
      run.edits.tableEdits.length - 4,
    );
  });

  it("moves what it keeps for a table to the sheet's new name when the user renamed it", () => {
    const run = prepareRun(input());
    const kept = run.nextState;
    expect(kept.backups.map((b) => b.sheet)).toEqual(["Phụ lục"]);
    const ours = run.edits.sheets.map((d) => ({ name: d.name, top: topOf(d) }));
    const names = (...tables: string[]) => [{ name: "Ghi chú" }, ...tables.map((name) => ({ name })), ...ours];
    const adopt = (sheets: SheetSeenAs[], table: string) => reconcileState(seenWith(kept, sheets), table).state;
    const moved = adopt(names("PL 2024"), "PL 2024");
    expect(moved.backups).toEqual([{ sheet: "PL 2024", cells: kept.backups[0].cells }]);
    expect(moved.highlights).toEqual([{ ...highlightsOn(kept, "Phụ lục"), sheet: "PL 2024" }]);
    expect(moved.generated).toEqual(kept.generated);
    expect(prepareRestore(moved, "PL 2024", asLeft(moved, "PL 2024")).tableEdits).toEqual(
      prepareRestore(kept, "Phụ lục", asLeft(kept, "Phụ lục")).tableEdits,
    );
    // A change of case is a rename too (Excel allows no two sheets that differ only in case).
    expect(adopt(names("PHỤ LỤC"), "PHỤ LỤC").backups[0].sheet).toBe("PHỤ LỤC");
    // Nothing to move: the sheet is still there, or the table is on a sheet the state already knows.
    expect(adopt(names("Phụ lục"), "Phụ lục")).toEqual(kept);
    expect(adopt(names("PL 2024", "Phụ lục"), "PL 2024")).toEqual(kept);
    // Two sheets gone: which one became the table's cannot be told.
    const two = { ...kept, backups: [...kept.backups, { sheet: "Cũ", cells: kept.backups[0].cells }] };
    expect(reconcileState(seenWith(two, names("PL 2024")), "PL 2024").state).toEqual(two);
  });

  it("gives the summary another name when the user has one", () => {
    expect(uniqueName("Tổng hợp", ["tổng hợp", "Tổng hợp (2)"])).toBe("Tổng hợp (3)");
  });
});

describe("messages", () => {
  it("say what is wrong in Vietnamese, as the contract shows, and in English", () => {
    const issue = {
      severity: "error",
      kind: "subtotal-mismatch",
      row: 35,
      code: "5",
      field: "score",
      params: { level: 1, stated: 8, computed: 7 },
    } as const;
    expect(issueMessage(issue, { score: 2023, target: 2024 }, "vi")).toBe(
      "Lĩnh vực 5: điểm năm 2023 ghi 8 nhưng tổng các tiêu chí là 7",
    );
    expect(issueMessage(issue, { score: 2023, target: 2024 }, "en")).toBe(
      "Domain 5: 2023 score is stated as 8 but its criteria add up to 7",
    );
  });
});
