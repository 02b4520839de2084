/** A generated sheet the user renamed is known again by the title in its A1, and keeps the user's name. */
import { SheetCells } from "../../src/core/cells";
import {
  adoptRenamedGenerated,
  INPUT_COLUMNS,
  PreparedRun,
  prepareRun,
  RunInput,
  SheetDraft,
  STATE_SHEET,
  text,
  TitledSheet,
  WorkbookState,
} from "../../src/core/edits";
import { Language } from "../../src/i18n";
import { Plan } from "../../src/core/model";
import { analysedSeed, seedRunInput } from "./helpers";

const TABLE = "Phụ lục";
const HOME = "Phòng Nội vụ";
const RENAMED = "Nội vụ 2024";

let plan: Plan;
let sheet: SheetCells;
beforeAll(async () => {
  ({ plan, sheet } = await analysedSeed());
});

const input = (over: Partial<RunInput> = {}): RunInput => seedRunInput({ plan, sheet }, over);

/** The workbook after a run, as an adapter reads it: every sheet with what its A1 holds. */
interface Workbook {
  readonly state: WorkbookState;
  readonly sheets: TitledSheet[];
  /** The cells of the generated sheets, by sheet name. */
  readonly cells: Map<string, SheetDraft["cells"]>;
}

function runOnce(language: Language): Workbook {
  const run = prepareRun(input({ language }));
  const titleOf = (d: SheetDraft) => {
    const a1 = d.cells[0][0];
    return a1.kind === "text" ? a1.text : null;
  };
  return {
    state: run.nextState,
    sheets: [
      { name: TABLE, title: sheet.values[0][0] },
      { name: "Ghi chú", title: "Ghi chú của tôi" },
      ...run.edits.sheets.map((d) => ({ name: d.name, title: titleOf(d) })),
      { name: STATE_SHEET, title: null },
    ],
    cells: new Map(run.edits.sheets.map((d) => [d.name, d.cells])),
  };
}

const nameOf = (state: WorkbookState, unit: string | null) => state.generated.find((g) => g.unit === unit)!.name;

/** The user renames a sheet (its A1 stays) or changes what A1 holds. */
function renamed(sheets: readonly TitledSheet[], from: string, to: string, title?: string): TitledSheet[] {
  return sheets.map((s) => (s.name === from ? { name: to, title: title ?? s.title } : s));
}

describe("a generated sheet the user renamed", () => {
  it.each(["vi", "en"] as const)("is known again by its title in A1, written in %s", (language) => {
    const wb = runOnce(language);
    const home = nameOf(wb.state, HOME);
    const adopted = adoptRenamedGenerated(wb.state, renamed(wb.sheets, home, RENAMED));
    expect(nameOf(adopted, HOME)).toBe(RENAMED);
    // The other entries stay as they were.
    const others = (s: WorkbookState) => s.generated.filter((g) => g.unit !== HOME);
    expect(others(adopted)).toEqual(others(wb.state));
  });

  it("is the summary too, whatever target year its title names", () => {
    const wb = runOnce("vi");
    const summary = nameOf(wb.state, null);
    const title = wb.sheets.find((s) => s.name === summary)!.title as string;
    expect(nameOf(adoptRenamedGenerated(wb.state, renamed(wb.sheets, summary, "TH 2025")), null)).toBe("TH 2025");
    const otherYear = title.replace(/\d{4}$/, "2031");
    expect(otherYear).not.toBe(title);
    const moved = adoptRenamedGenerated(wb.state, renamed(wb.sheets, summary, "TH 2031", otherYear));
    expect(nameOf(moved, null)).toBe("TH 2031");
  });

  it("is a change of letter case, whatever its A1 holds", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME);
    const adopted = adoptRenamedGenerated(wb.state, renamed(wb.sheets, home, home.toUpperCase(), "của tôi"));
    expect(nameOf(adopted, HOME)).toBe(home.toUpperCase());
  });

  it("is left as it is when two sheets hold its title (a copy), or none does", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME);
    const sheets = renamed(wb.sheets, home, RENAMED);
    const copy = { name: `${RENAMED} (2)`, title: sheets.find((s) => s.name === RENAMED)!.title };
    expect(adoptRenamedGenerated(wb.state, [...sheets, copy])).toBe(wb.state);
    // The user also wrote over the title: nothing tells that this sheet was ours.
    expect(adoptRenamedGenerated(wb.state, renamed(wb.sheets, home, RENAMED, "Việc của phòng"))).toBe(wb.state);
    // The sheet was deleted.
    expect(
      adoptRenamedGenerated(
        wb.state,
        wb.sheets.filter((s) => s.name !== home),
      ),
    ).toBe(wb.state);
  });

  it("never takes a sheet the state knows, nor the table's, even holding the title", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME);
    const title = wb.sheets.find((s) => s.name === home)!.title;
    const gone = wb.sheets.filter((s) => s.name !== home);
    // The table's sheet (the state keeps its backup), or another generated sheet, given the title.
    for (const known of [TABLE, nameOf(wb.state, "Phòng Tư pháp")]) {
      const titled = gone.map((s) => (s.name === known ? { ...s, title } : s));
      expect(adoptRenamedGenerated(wb.state, titled)).toBe(wb.state);
    }
    // A sheet the state knows nothing of but that is the table the run is on.
    const other = [...gone, { name: "Bảng mới", title }];
    expect(adoptRenamedGenerated(wb.state, other, "Bảng mới")).toBe(wb.state);
    expect(nameOf(adoptRenamedGenerated(wb.state, other), HOME)).toBe("Bảng mới");
  });
});

describe("the next run", () => {
  /** Run, rename the unit's sheet and the summary, type a progress value, adopt, run again. */
  function rerun(): { first: Workbook; again: PreparedRun; typedRow: number } {
    const first = runOnce("vi");
    const home = nameOf(first.state, HOME);
    const summary = nameOf(first.state, null);
    const sheets = renamed(renamed(first.sheets, home, RENAMED), summary, "TH 2025");
    const cells = first.cells.get(home)!;
    const typedRow = cells.findIndex((r) => r[0]?.kind === "number");
    const progress = INPUT_COLUMNS[1] - 1;
    const typed = cells.map((r, i) => (i === typedRow ? r.map((c, j) => (j === progress ? text("Đang làm") : c)) : r));
    const state = adoptRenamedGenerated(first.state, sheets, TABLE);
    const again = prepareRun(
      input({ state, sheetNames: sheets.map((s) => s.name), generatedCells: new Map([[RENAMED, typed]]) }),
    );
    return { first, again, typedRow };
  }

  it("replaces the renamed sheets under the user's names, keeping what the unit typed", () => {
    const { first, again, typedRow } = rerun();
    const home = again.edits.sheets.find((s) => s.unit === HOME)!;
    expect(home.name).toBe(RENAMED);
    expect(home.cells[typedRow][INPUT_COLUMNS[1] - 1]).toEqual(text("Đang làm"));
    expect(again.edits.sheets.find((s) => s.kind === "summary")!.name).toBe("TH 2025");
    expect(again.replaces).toEqual(expect.arrayContaining([RENAMED, "TH 2025"]));
    // No second sheet for the unit, nor for the summary: the same sheets, two of them under the user's names.
    const names = again.edits.sheets.map((s) => s.name);
    expect(names).not.toContain(nameOf(first.state, HOME));
    expect(names).not.toContain(nameOf(first.state, null));
    expect(names).toHaveLength(first.state.generated.length);
    expect(again.nextState.generated.filter((g) => g.unit === HOME)).toEqual([
      { name: RENAMED, kind: "assignment", unit: HOME },
    ]);
  });

  it("names a unit new to the run clear of the names the user gave to ours", () => {
    const first = runOnce("vi");
    const justice = nameOf(first.state, "Phòng Tư pháp");
    const home = nameOf(first.state, HOME);
    // Phòng Tư pháp has no sheet yet; the user gave Phòng Nội vụ's the name Phòng Tư pháp's would take.
    const state = { ...first.state, generated: first.state.generated.filter((g) => g.unit !== "Phòng Tư pháp") };
    const sheets = renamed(
      first.sheets.filter((s) => s.name !== justice),
      home,
      justice,
    );
    const adopted = adoptRenamedGenerated(state, sheets, TABLE);
    expect(nameOf(adopted, HOME)).toBe(justice);
    const again = prepareRun(input({ state: adopted, sheetNames: sheets.map((s) => s.name) }));
    const named = (unit: string) => again.edits.sheets.find((s) => s.unit === unit)!.name;
    expect(named(HOME)).toBe(justice);
    expect(named("Phòng Tư pháp")).toBe(`${justice} (2)`);
  });
});
