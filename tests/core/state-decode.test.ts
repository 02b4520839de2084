/**
 * The state read back from its sheet (src/core/edits/state-decode.ts): everything a run keeps reads back as it was;
 * each thing that does not read as what we write is dropped and the state said damaged, the rest kept.
 */
import { BackupCell, decodeState, EMPTY_STATE, encodeState, WorkbookState } from "../../src/core/edits";

const area = { top: 2, left: 4, bottom: 9, right: 4 };
const highlight = {
  sheet: "Phụ lục",
  rules: [{ kind: "partial" as const, area, formula: "=AND(ISNUMBER($D2),$D2>0)" }],
  fills: [
    { row: 3, column: 4, previous: null },
    { row: 4, column: 4, previous: "#FFFF00" },
  ],
  legend: { top: 1, left: 10, bottom: 4, right: 10 },
};
const cells: BackupCell[] = [
  { row: 2, column: 3, content: { kind: "text", text: "8,5", link: "https://dvc.vn" }, written: 8.5 },
  { row: 2, column: 4, content: { kind: "number", value: 7, format: "0.00" }, written: "=SUM(D3:D4)" },
  { row: 2, column: 5, content: { kind: "formula", formula: "=D3", format: "0" }, written: true },
  { row: 3, column: 3, content: { kind: "boolean", value: false } },
  { row: 3, column: 4, content: { kind: "error", code: "#N/A" } },
  { row: 3, column: 5, content: { kind: "empty" } },
];
const state: WorkbookState = {
  ...EMPTY_STATE,
  planId: "0123456789abcdef",
  generated: [
    { name: "P. Nội vụ", kind: "assignment", unit: "Phòng Nội vụ" },
    { name: "Tổng hợp", kind: "summary", unit: null },
  ],
  backups: [{ sheet: "Phụ lục", cells }],
  highlights: [highlight],
  units: { aliases: { "P. NV": "Phòng Nội vụ" }, known: ["Tổ giúp việc"] },
  layout: { sheet: "Phụ lục", headerRow: 3, columns: { code: 1, name: 2, max: 3, score: 4 } },
};
const raw = (value: unknown) => [JSON.stringify(value)];

describe("the state read back", () => {
  it("is what was written, every kind of cell content included", () => {
    expect(decodeState(encodeState(state))).toEqual({ state, damaged: false });
  });
  it("is none, undamaged, from an empty sheet; none, damaged, from text that is no state of ours", () => {
    expect(decodeState([])).toEqual({ state: EMPTY_STATE, damaged: false });
    expect(decodeState([null, ""])).toEqual({ state: EMPTY_STATE, damaged: false });
    expect(decodeState([5])).toEqual({ state: EMPTY_STATE, damaged: true });
    for (const text of [["{"], raw([state]), raw({ ...state, version: 3 })])
      expect(decodeState(text)).toEqual({ state: EMPTY_STATE, damaged: true });
  });
  it("reads version 1's one sheet of highlights as that sheet's, and its none as none", () => {
    expect(decodeState(raw({ ...state, version: 1, highlights: highlight })).state.highlights).toEqual([highlight]);
    expect(decodeState(raw({ ...state, version: 1, highlights: null }))).toEqual({
      state: { ...state, highlights: [] },
      damaged: false,
    });
  });
});

describe("a state with one thing that does not read", () => {
  const backupWith = (content: unknown, written?: unknown) =>
    raw({ ...state, backups: [{ sheet: "Phụ lục", cells: [...cells, { row: 9, column: 9, content, written }] }] });
  it.each([
    ["a number that is none", backupWith({ kind: "number", value: null })],
    ["a formula without its =", backupWith({ kind: "formula", formula: "SUM(D3:D4)" })],
    ["an error value without its #", backupWith({ kind: "error", code: "N/A" })],
    ["a link that is no text", backupWith({ kind: "text", text: "x", link: 3 })],
    ["a number format that is no text", backupWith({ kind: "number", value: 1, format: 0 })],
    ["a boolean that is none", backupWith({ kind: "boolean", value: "TRUE" })],
    ["a kind of content we never write", backupWith({ kind: "date", value: 45000 })],
    ["no content (null)", backupWith(null)],
    ["a content that is a number", backupWith(5)],
    ["what was written, as a list", backupWith({ kind: "empty" }, [1])],
    // JSON reads 1e999 as Infinity, which no cell holds.
    ["a number no cell holds", [backupWith({ kind: "number", value: 0 })[0].replace('"value":0', '"value":1e999')]],
  ])("drops the backup holding %s", (_, text) => {
    expect(decodeState(text)).toEqual({ state: { ...state, backups: [] }, damaged: true });
  });
  it.each([
    ["a summary with a unit", { name: "TH", kind: "summary", unit: "x" }],
    ["an assignment sheet without one", { name: "P", kind: "assignment", unit: null }],
    ["a sheet without a name", { kind: "summary", unit: null }],
  ])("drops a generated sheet entry that is %s", (_, entry) => {
    const decoded = decodeState(raw({ ...state, generated: [...state.generated, entry] }));
    expect(decoded).toEqual({ state, damaged: true });
  });
  it.each([
    ["a rule of a kind we never make", { ...highlight, rules: [{ ...highlight.rules[0], kind: "red" }] }],
    ["a fill whose colour is no text", { ...highlight, fills: [{ row: 3, column: 4, previous: 3 }] }],
    ["a legend off the sheet", { ...highlight, legend: { ...highlight.legend, left: 0 } }],
    ["a legend that is null", { ...highlight, legend: null }],
    ["a legend without its cells", { ...highlight, legend: {} }],
  ])("drops highlights with %s", (_, h) => {
    expect(decodeState(raw({ ...state, highlights: [h] }))).toEqual({
      state: { ...state, highlights: [] },
      damaged: true,
    });
  });
  it.each([
    ["planId", 5, { planId: null }],
    ["units", { aliases: { a: 1 }, known: [] }, { units: EMPTY_STATE.units }],
    ["units without aliases", { known: [] }, { units: EMPTY_STATE.units }],
    ["units null", null, { units: EMPTY_STATE.units }],
    ["layout", { sheet: "Phụ lục", headerRow: 1, columns: { colour: 2 } }, { layout: null }],
    ["backups", "all", { backups: [] }],
  ])("reads %s that is not one as none", (name, value, none) => {
    const field = name.split(" ")[0];
    expect(decodeState(raw({ ...state, [field]: value }))).toEqual({ state: { ...state, ...none }, damaged: true });
  });
  it("takes a field left out for none, without damage", () => {
    const { layout: _layout, units: _units, ...rest } = state;
    expect(decodeState(raw(rest))).toEqual({
      state: { ...state, layout: null, units: EMPTY_STATE.units },
      damaged: false,
    });
  });
  it.each([
    ["a cell that is null", { backups: [{ sheet: "Phụ lục", cells: [...cells, null] }] }, { backups: [] }],
    [
      "a cell without its row",
      { backups: [{ sheet: "Phụ lục", cells: [...cells, { column: 3, content: {} }] }] },
      { backups: [] },
    ],
    [
      "a cell without its column",
      { backups: [{ sheet: "Phụ lục", cells: [...cells, { row: 3, content: {} }] }] },
      { backups: [] },
    ],
    ["a backup that is null", { backups: [null] }, { backups: [] }],
    ["a backup without its sheet", { backups: [{ cells }] }, { backups: [] }],
    ["a fill that is null", { highlights: [{ ...highlight, fills: [null] }] }, { highlights: [] }],
    [
      "a fill without its row",
      { highlights: [{ ...highlight, fills: [{ column: 4, previous: null }] }] },
      { highlights: [] },
    ],
    ["highlights that are null", { highlights: [null] }, { highlights: [] }],
    ["highlights without their sheet", { highlights: [{ ...highlight, sheet: undefined }] }, { highlights: [] }],
    [
      "a second rule that is none",
      { highlights: [{ ...highlight, rules: [...highlight.rules, { kind: "zero", area }] }] },
      { highlights: [] },
    ],
    [
      "a layout naming a role and a column that is none",
      { layout: { ...state.layout, columns: { code: 1, colour: 2 } } },
      { layout: null },
    ],
    ["a layout without its sheet", { layout: { headerRow: 3, columns: { code: 1 } } }, { layout: null }],
  ])("drops %s, and says the state is damaged", (_, over, none) => {
    expect(decodeState(raw({ ...state, ...over }))).toEqual({ state: { ...state, ...none }, damaged: true });
  });
  it("reads empty cells of every kind as no state, undamaged", () => {
    expect(decodeState([undefined, null, ""])).toEqual({ state: EMPTY_STATE, damaged: false });
  });
  it("takes lists left out for none, without damage", () => {
    const { generated: _g, backups: _b, highlights: _h, ...rest } = state;
    expect(decodeState(raw(rest))).toEqual({
      state: { ...state, generated: [], backups: [], highlights: [] },
      damaged: false,
    });
  });
  it("drops version 1's highlights that are none", () => {
    expect(decodeState(raw({ ...state, version: 1, highlights: 5 }))).toEqual({
      state: { ...state, highlights: [] },
      damaged: true,
    });
  });
});
