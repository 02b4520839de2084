/** Two plan tables on two sheets: what the state keeps of each one's highlights, and what Clear and Restore take. */
import * as path from "path";
import { asLeft } from "./as-left";
import { analyzeWorkbook } from "../../src/core/analyze";
import { SheetCells } from "../../src/core/cells";
import {
  backupOf,
  contentOf,
  decodeState,
  reconcileState,
  EMPTY_STATE,
  encodeState,
  highlightsOn,
  Operation,
  prepareClearHighlights,
  prepareRestore,
  prepareRun,
  PreparedRun,
  STATE_VERSION,
  WorkbookState,
} from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { readWorkbookCells } from "../../src/xlsx/read";
import { seenWith } from "./helpers";
// Written by `par-index apply` on the pasted seed before the state went to version 2 (commit 9e3a4ac):
// "applied" is what that run saved, "cleared" the same state after that version's Clear highlights.
import version1 from "../fixtures/state-v1.json";

const A = "KH 2024";
const B = "KH 2025";
const NAMES = [A, B];
const tables = new Map<string, { plan: Plan; sheet: SheetCells }>();

beforeAll(async () => {
  const seed = await readWorkbookCells(path.join(__dirname, "..", "fixtures", "gia-nghia-2024.pasted.xlsx"));
  const table = seed.find((s) => s.name === "Phụ lục")!;
  for (const name of NAMES) {
    const sheet = { ...table, name };
    const result = analyzeWorkbook([sheet]);
    if (!result.ok) throw new Error(`no table on ${name}`);
    tables.set(name, { plan: result.plan, sheet });
  }
});

function run(state: WorkbookState, name: string): PreparedRun {
  const { plan, sheet } = tables.get(name)!;
  const operations = new Set<Operation>(["subtotals", "highlights"]);
  return prepareRun({
    plan,
    sheet,
    sheetNames: NAMES,
    state,
    generatedCells: new Map(),
    current: (row, column) => {
      const value = sheet.values[row - sheet.top]?.[column - sheet.left];
      return contentOf(typeof value === "object" ? null : value);
    },
    operations,
    language: "vi",
  });
}

/** A run on A, then one on B. */
function bothRun(): { afterA: WorkbookState; runB: PreparedRun; afterB: WorkbookState } {
  const afterA = run(EMPTY_STATE, A).nextState;
  const runB = run(afterA, B);
  return { afterA, runB, afterB: runB.nextState };
}

describe("highlights on two sheets", () => {
  it("a run on B adds B's highlights and keeps A's; a rerun on A replaces A's only", () => {
    const { afterA, runB, afterB } = bothRun();
    expect(afterB.highlights.map((h) => h.sheet)).toEqual([A, B]);
    expect(highlightsOn(afterB, A)).toEqual(highlightsOn(afterA, A));
    expect(highlightsOn(afterB, B)).toMatchObject({
      rules: runB.edits.highlights!.rules,
      legend: runB.edits.highlights!.legend,
    });

    const again = run(afterB, A).nextState;
    expect(again.highlights.map((h) => h.sheet).sort()).toEqual([A, B]);
    expect(highlightsOn(again, B)).toEqual(highlightsOn(afterB, B));
  });

  it("clearing A takes A's rules and legend only: B's stay, and B's backup too", () => {
    const { afterB } = bothRun();
    const cleared = prepareClearHighlights(afterB, A, asLeft(afterB, A));
    const legendA = highlightsOn(afterB, A)!.legend;
    expect(cleared.highlights).toEqual(highlightsOn(afterB, A));
    expect(cleared.tableEdits.map((e) => [e.row, e.column])).toEqual(
      [0, 1, 2, 3].map((i) => [legendA.top + i, legendA.left]),
    );
    expect(highlightsOn(cleared.nextState, A)).toBeNull();
    expect(highlightsOn(cleared.nextState, B)).toEqual(highlightsOn(afterB, B));
    expect(backupOf(cleared.nextState, B)).toEqual(backupOf(afterB, B));
    // B's can still be cleared afterwards; a sheet with nothing left to clear changes nothing.
    expect(prepareClearHighlights(cleared.nextState, B, asLeft(cleared.nextState, B)).highlights).toEqual(
      highlightsOn(afterB, B),
    );
    expect(prepareClearHighlights(cleared.nextState, A, asLeft(cleared.nextState, A))).toEqual({
      tableEdits: [],
      skipped: [],
      highlights: null,
      legendCells: [],
      nextState: cleared.nextState,
    });
  });

  it("restoring B puts B back and leaves A's highlights and backup", () => {
    const { afterB } = bothRun();
    const restored = prepareRestore(afterB, B, asLeft(afterB, B));
    expect(restored.highlights).toEqual(highlightsOn(afterB, B));
    expect(restored.tableEdits).toEqual(
      backupOf(afterB, B).map(({ row, column, content }) => ({ row, column, content })),
    );
    expect(highlightsOn(restored.nextState, B)).toBeNull();
    expect(backupOf(restored.nextState, B)).toEqual([]);
    expect(highlightsOn(restored.nextState, A)).toEqual(highlightsOn(afterB, A));
    expect(backupOf(restored.nextState, A)).toEqual(backupOf(afterB, A));
  });

  it("moves the renamed sheet's highlights to its new name, and leaves the other sheet's", () => {
    const { afterB } = bothRun();
    const seen = seenWith(afterB, [{ name: A }, { name: "KH 2025 (sửa)" }]);
    const moved = reconcileState(seen, "KH 2025 (sửa)").state;
    expect(highlightsOn(moved, "KH 2025 (sửa)")).toEqual({ ...highlightsOn(afterB, B), sheet: "KH 2025 (sửa)" });
    expect(highlightsOn(moved, B)).toBeNull();
    expect(highlightsOn(moved, A)).toEqual(highlightsOn(afterB, A));
  });
});

describe("a state saved by version 1", () => {
  const decoded = (state: unknown) => decodeState([JSON.stringify(state)]).state;

  it("reads its one sheet's highlights as that sheet's entry, everything else as it was, and no plan identity yet", () => {
    const { highlights, ...rest } = version1.applied;
    const state = decoded(version1.applied);
    expect(state.version).toBe(STATE_VERSION);
    expect(state.highlights).toEqual([highlights]);
    expect({ ...state, version: 1, highlights: undefined }).toEqual({ ...rest, highlights: undefined, planId: null });
    expect(decodeState(encodeState(state)).state).toEqual(state);
  });

  it("reads no highlights as none", () => {
    expect(version1.cleared.highlights).toBeNull();
    const state = decoded(version1.cleared);
    expect(state.highlights).toEqual([]);
    expect(state.backups).toEqual(version1.cleared.backups);
  });

  it("lets Clear and Restore still find what version 1 left, after a run on another sheet", () => {
    const state = decoded(version1.applied);
    const left = version1.applied.highlights;
    const other = run(state, B).nextState;
    expect(prepareClearHighlights(other, "Phụ lục", asLeft(other, "Phụ lục")).highlights).toEqual(left);
    expect(prepareRestore(other, "Phụ lục", asLeft(other, "Phụ lục")).highlights).toEqual(left);
  });

  it("still takes a state of an unknown version for no state", () => {
    expect(decoded({ ...version1.applied, version: 3 })).toEqual(EMPTY_STATE);
  });
});
