/**
 * Which sheets are ours, decided from the state and the sheets' tops alone (src/core/edits/reconcile.ts), on
 * workbooks written out by hand: what makes a sheet's top ours, where the state is kept, what follows a renamed or a
 * deleted generated sheet, a damaged state, and the table renamed. The tops are what a run writes (the catalogues'
 * titles and headers); every outcome is worked out by hand.
 */
import { CellValue } from "../../src/core/cells";
import {
  EMPTY_STATE,
  GeneratedSheet,
  reconcileState,
  stateCandidates,
  unitInTitle,
  userSheets,
  WorkbookState,
} from "../../src/core/edits";
import { messagesFor } from "../../src/i18n";
import { seenWith, SheetSeenAs } from "./helpers";

const vi = messagesFor("vi").sheets;
const en = messagesFor("en").sheets;
type Catalogue = typeof vi;

const HOME = "Phòng Nội vụ";
const HOME_SHEET = "P. Nội vụ";
const TABLE = "Phụ lục";

/** What a run writes at the top of a unit's sheet: its title in A1, its header's first cells in row 5. */
const assignmentTop = (unit: string, m: Catalogue = vi, header?: CellValue[]): CellValue[][] => [
  [m.assignmentTitle(unit)],
  [],
  [],
  [],
  header ?? [m.columns.number, m.columns.code, m.columns.criterion],
];
const summaryTop = (year: number, m: Catalogue = vi, header?: CellValue[]): CellValue[][] => [
  [m.summaryTitle(String(year))],
  [],
  [],
  [],
  header ?? [m.columns.code, null, m.columns.domain],
];
const titled = (title: string, top: CellValue[][]) => [[title], ...top.slice(1)];

const home: GeneratedSheet = { name: HOME_SHEET, kind: "assignment", unit: HOME };
const summary: GeneratedSheet = { name: "Tổng hợp", kind: "summary", unit: null };
const cell = { row: 9, column: 4, content: { kind: "text" as const, text: "Đang làm" } };
const stateWith = (over: Partial<WorkbookState>): WorkbookState => ({ ...EMPTY_STATE, ...over });
const recorded = stateWith({ generated: [home, summary] });

const reconcile = (state: WorkbookState | string | null, sheets: SheetSeenAs[], table: string | null = null) =>
  reconcileState(seenWith(state, sheets), table);
/** The recorded state's two sheets, with these tops, beside the table. */
const withTops = (homeTop: CellValue[][], summaryTop2025: CellValue[][] = summaryTop(2025)) =>
  reconcile(recorded, [{ name: TABLE }, { name: HOME_SHEET, top: homeTop }, { name: "Tổng hợp", top: summaryTop2025 }]);
const isOurs = (homeTop: CellValue[][]) => withTops(homeTop).state.generated.some((g) => g.name === HOME_SHEET);
const isOurSummary = (top: CellValue[][]) =>
  withTops(assignmentTop(HOME), top).state.generated.some((g) => g.kind === "summary");

describe("a generated sheet's top is ours", () => {
  it("when its title and header are what a run writes, in either language", () => {
    const reconciled = withTops(assignmentTop(HOME));
    expect(reconciled.state).toEqual(recorded);
    expect(reconciled.notice).toBeNull();
    expect(isOurs(assignmentTop(HOME, en))).toBe(true);
    expect(isOurSummary(summaryTop(2031, en))).toBe(true);
  });
  it("with spaces around its title and header cells", () => {
    const spaced = assignmentTop(HOME).map((row) => row.map((v) => ` ${v} `));
    expect(isOurs(spaced)).toBe(true);
  });
  it.each([
    ["the number", ["#", vi.columns.code, vi.columns.criterion]],
    ["the code", [vi.columns.number, "Mã", vi.columns.criterion]],
    ["the name", [vi.columns.number, vi.columns.code, "Nội dung"]],
    ["all but the name", ["#", "Mã", vi.columns.criterion]],
    ["all but the number", [vi.columns.number, "Mã", "Nội dung"]],
  ])("not when the header's %s is another", (_, header) => {
    expect(isOurs(assignmentTop(HOME, vi, header))).toBe(false);
  });
  it("not under another title, even a long one naming the unit, nor under another unit's", () => {
    const other = "Danh sách nhiệm vụ cải thiện chỉ số CCHC của Phòng Nội vụ năm 2025";
    expect(isOurs(titled(other, assignmentTop(HOME)))).toBe(false);
    expect(isOurs(assignmentTop("Phòng Tư pháp"))).toBe(false);
  });
  it.each([
    ["its code spanning A:B", [vi.columns.code, null, vi.columns.domain], true],
    ["its code read again in B (ExcelJS)", [vi.columns.code, vi.columns.code, vi.columns.domain], true],
    [
      "a running number before the code (earlier versions)",
      [vi.columns.number, vi.columns.code, vi.columns.domain],
      true,
    ],
    ["another text in B", [vi.columns.code, "Mã", vi.columns.domain], false],
    ["another text in A", ["Mã", null, vi.columns.domain], false],
    ["another text in C", [vi.columns.code, null, "Nhóm"], false],
    ["the domain column first", [vi.columns.domain, null, vi.columns.code], false],
  ])("a summary's, with %s", (_, header, ours) => {
    expect(isOurSummary(summaryTop(2025, vi, header))).toBe(ours);
  });
  it("a summary's, not under another title, nor under its title missing the year", () => {
    expect(isOurSummary(titled("Tổng hợp điểm các lĩnh vực", summaryTop(2025)))).toBe(false);
    // The English title has words on both sides of the year: without it, only its two ends are left.
    const [before, after] = en.summaryTitle("\u0000").split("\u0000");
    expect(isOurSummary(titled(`${before}${after}`, summaryTop(2025, en)))).toBe(false);
    expect(isOurSummary(titled(`${before}2025${after}`, summaryTop(2025, en)))).toBe(true);
  });
  it("writes the unit in its title in capitals, composed", () => {
    expect(unitInTitle("Phòng Nội vụ".normalize("NFD"))).toBe("PHÒNG NỘI VỤ");
    expect(vi.assignmentTitle(HOME).endsWith(unitInTitle(HOME))).toBe(true);
  });
});

describe("where the state is kept", () => {
  it("in a very hidden or hidden sheet named ParIndexState, or so with a number, in any letter case", () => {
    const sheets = [
      { name: "ParIndexState", visibility: "VeryHidden" },
      { name: "parindexstate (2)", visibility: "VeryHidden" },
      { name: "ParIndexState (3)", visibility: "Hidden" },
      { name: "ParIndexState (4)", visibility: "Visible" },
      { name: "ParIndexState (x)", visibility: "VeryHidden" },
      { name: "Ghi chú", visibility: "VeryHidden" },
      { name: TABLE, visibility: "Visible" },
    ];
    expect(stateCandidates(sheets)).toEqual(["ParIndexState", "parindexstate (2)", "ParIndexState (3)"]);
  });
  it("in a hidden sheet that reads as our state, as LibreOffice saves the very hidden one", () => {
    const seen = seenWith(recorded, [{ name: TABLE }, { name: HOME_SHEET, top: assignmentTop(HOME) }]);
    const sheets = seen.sheets.map((s) => (s.name === "ParIndexState" ? { ...s, visibility: "Hidden" as const } : s));
    const reconciled = reconcileState({ sheets, stateCells: seen.stateCells }, null);
    expect(reconciled.stateSheet).toEqual({ name: "ParIndexState", exists: true });
    expect(reconciled.state.generated).toEqual([home]);
    expect(reconciled.notice).toBeNull();
    expect(reconciled.sheetNames).toEqual([TABLE, HOME_SHEET]);
  });
  it("never in a hidden sheet of that name that is no state of ours: it stays the user's", () => {
    const users: [string, readonly unknown[]] = ["ParIndexState", ["Danh sách cán bộ", "Nguyễn Văn A"]];
    const sheets = [
      { name: "ParIndexState", visibility: "Hidden" as const, top: [] },
      { name: TABLE, visibility: "Visible" as const, top: [] },
    ];
    const reconciled = reconcileState({ sheets, stateCells: new Map([users]) }, TABLE);
    expect(reconciled.stateSheet).toEqual({ name: "ParIndexState (2)", exists: false });
    expect(reconciled.sheetNames).toEqual(["ParIndexState", TABLE]);
    expect(reconciled.state).toEqual(EMPTY_STATE);
  });
  it("in the sheet that holds it, which is none of the workbook's sheets", () => {
    const reconciled = withTops(assignmentTop(HOME));
    expect(reconciled.stateSheet).toEqual({ name: "ParIndexState", exists: true });
    expect(reconciled.sheetNames).toEqual([TABLE, HOME_SHEET, "Tổng hợp"]);
  });
  it("in the first of two candidates that reads, the other being damaged", () => {
    const seen = seenWith(recorded, [{ name: TABLE }, { name: HOME_SHEET, top: assignmentTop(HOME) }]);
    const damaged: [string, readonly unknown[]] = ["ParIndexState (2)", ["{not json"]];
    const sheets = [{ name: damaged[0], visibility: "VeryHidden" as const, top: [] }, ...seen.sheets];
    const reconciled = reconcileState({ sheets, stateCells: new Map([damaged, ...seen.stateCells]) }, null);
    expect(reconciled.stateSheet).toEqual({ name: "ParIndexState", exists: true });
    expect(reconciled.state.generated).toEqual([home]);
    expect(reconciled.notice).toBeNull();
    expect(reconciled.sheetNames).toEqual(["ParIndexState (2)", TABLE, HOME_SHEET]);
  });
  it("without one, under a name no sheet has in any letter case; nothing is taken for ours", () => {
    const sheets = [{ name: TABLE }, { name: HOME_SHEET, top: assignmentTop(HOME) }];
    const none = reconcile(null, sheets, TABLE);
    expect(none).toEqual({
      state: EMPTY_STATE,
      stateSheet: { name: "ParIndexState", exists: false },
      sheetNames: [TABLE, HOME_SHEET],
      notice: null,
      deleted: [],
    });
    // The state as it was: the pane keeps its read when nothing changed.
    expect(none.state).toBe(EMPTY_STATE);
    const taken = [...sheets, { name: "parindexstate" }, { name: "ParIndexState (2)" }];
    expect(reconcile(null, taken).stateSheet).toEqual({ name: "ParIndexState (3)", exists: false });
  });
});

describe("what follows a generated sheet", () => {
  const backups = [
    { sheet: TABLE, cells: [cell] },
    { sheet: HOME_SHEET, cells: [cell] },
  ];
  const withBackups = stateWith({ generated: [home, summary], backups });

  it("whose sheet now holds something else: the entry and its backup go, and the user is told", () => {
    const reconciled = reconcile(withBackups, [
      { name: TABLE },
      { name: HOME_SHEET, top: [["Việc của tôi"]] },
      { name: "Tổng hợp", top: summaryTop(2025) },
    ]);
    expect(reconciled.state.generated).toEqual([summary]);
    expect(reconciled.state.backups).toEqual([{ sheet: TABLE, cells: [cell] }]);
    expect(reconciled.notice).toEqual({ kind: "not-ours", sheets: [HOME_SHEET] });
    expect(reconciled.deleted).toEqual([]);
  });
  it("deleted: the entry and its backup go, and it is listed as deleted", () => {
    const reconciled = reconcile(withBackups, [{ name: TABLE }, { name: "Tổng hợp", top: summaryTop(2025) }]);
    expect(reconciled.state.generated).toEqual([summary]);
    expect(reconciled.state.backups).toEqual([{ sheet: TABLE, cells: [cell] }]);
    expect(reconciled.deleted).toEqual([home]);
    expect(reconciled.notice).toBeNull();
  });
  it("renamed: the entry and its backup take the new name, and it is not deleted", () => {
    const reconciled = reconcile(withBackups, [
      { name: TABLE },
      { name: "Nội vụ 2025", top: assignmentTop(HOME) },
      { name: "Tổng hợp", top: summaryTop(2025) },
    ]);
    expect(reconciled.state.generated).toEqual([{ ...home, name: "Nội vụ 2025" }, summary]);
    expect(reconciled.state.backups).toEqual([
      { sheet: TABLE, cells: [cell] },
      { sheet: "Nội vụ 2025", cells: [cell] },
    ]);
    expect(reconciled.deleted).toEqual([]);
  });
  it("renamed in letter case only, beside a copy under another name: the namesake is it", () => {
    const sheets = [
      { name: TABLE },
      { name: "Nội vụ (bản sao)", top: assignmentTop(HOME) },
      { name: "P. NỘI VỤ", top: assignmentTop(HOME) },
    ];
    expect(reconcile(recorded, sheets).state.generated).toEqual([{ ...home, name: "P. NỘI VỤ" }]);
  });
  it("on the table's sheet, or on the sheet the state keeps the user's column choice for, is not ours", () => {
    const onTable = reconcile(recorded, [{ name: HOME_SHEET, top: assignmentTop(HOME) }], HOME_SHEET);
    expect(onTable.state.generated).toEqual([]);
    expect(onTable.notice).toEqual({ kind: "not-ours", sheets: [HOME_SHEET] });
    expect(onTable.deleted).toEqual([summary]);
    const layout = { sheet: "Bảng 2", headerRow: 1, columns: { code: 1, name: 2, max: 3 } };
    const chosen = reconcile(stateWith({ generated: [home], layout }), [{ name: "Bảng 2", top: assignmentTop(HOME) }]);
    expect(chosen.state.generated).toEqual([]);
    expect(chosen.deleted).toEqual([home]);
  });
  it("gone, when the one sheet holding its top could as well be another gone entry's: neither's", () => {
    // Two entries whose units a title writes alike: nothing tells which one the sheet is.
    const twin: GeneratedSheet = { name: "P. NV", kind: "assignment", unit: HOME.toUpperCase() };
    const reconciled = reconcile(stateWith({ generated: [home, twin] }), [
      { name: TABLE },
      { name: "Nội vụ 2025", top: assignmentTop(HOME) },
    ]);
    expect(reconciled.state.generated).toEqual([]);
    expect(reconciled.deleted).toEqual([home, twin]);
  });
  it("is a sheet of the user's when the state says what the workbook's sheets are not ours", () => {
    const state = stateWith({ generated: [home, summary] });
    const sheets = [{ name: TABLE }, { name: HOME_SHEET, top: assignmentTop(HOME) }, { name: "Ghi chú" }];
    expect(userSheets(reconcile(state, sheets).sheetNames, state)).toEqual([TABLE, "Ghi chú"]);
  });
});

describe("a damaged state", () => {
  it("is said once, and every sheet holding our top is ours again, its unit as its title writes it", () => {
    const reconciled = reconcile("{damaged", [
      { name: TABLE },
      { name: "Ghi chú", top: [["Của tôi"]] },
      // The user's own sheet under our header: its title is not ours.
      { name: "Việc của tôi", top: titled("Danh sách việc cần làm của phòng trong năm 2025", assignmentTop(HOME)) },
      { name: HOME_SHEET, top: assignmentTop(HOME) },
      { name: "TH", top: summaryTop(2025, en) },
    ]);
    expect(reconciled.notice).toEqual({ kind: "state-unreadable" });
    expect(reconciled.state.generated).toEqual([
      { name: HOME_SHEET, kind: "assignment", unit: "PHÒNG NỘI VỤ" },
      { name: "TH", kind: "summary", unit: null },
    ]);
  });
  it("keeps the entries that still read, renamed or not, and adds only the sheets they do not hold", () => {
    // A state whose list of generated sheets holds one entry that is no entry: the list is damaged, the rest reads.
    const justice: GeneratedSheet = { name: "P. Tư pháp", kind: "assignment", unit: "Phòng Tư pháp" };
    const raw = JSON.stringify({ ...recorded, generated: [home, justice, { name: 3 }] });
    const reconciled = reconcile(raw, [
      { name: TABLE },
      { name: HOME_SHEET, top: assignmentTop(HOME) },
      { name: "Tư pháp 2025", top: assignmentTop("Phòng Tư pháp") },
      { name: "TH", top: summaryTop(2025) },
    ]);
    expect(reconciled.notice).toEqual({ kind: "state-unreadable" });
    expect(reconciled.state.generated).toEqual([
      home,
      { ...justice, name: "Tư pháp 2025" },
      { name: "TH", kind: "summary", unit: null },
    ]);
  });
});

describe("the table's sheet renamed", () => {
  const layout = { sheet: TABLE, headerRow: 1, columns: { code: 1, name: 2, max: 3 } };
  it("moves the column choice the state keeps for it to its new name", () => {
    const reconciled = reconcile(stateWith({ layout }), [{ name: "PL 2025" }], "PL 2025");
    expect(reconciled.state.layout).toEqual({ ...layout, sheet: "PL 2025" });
  });
  it("moves its backup, with no column choice kept", () => {
    const state = stateWith({ backups: [{ sheet: TABLE, cells: [cell] }] });
    const reconciled = reconcile(state, [{ name: "PL 2025" }], "PL 2025");
    expect(reconciled.state).toEqual({ ...state, backups: [{ sheet: "PL 2025", cells: [cell] }] });
  });
});
