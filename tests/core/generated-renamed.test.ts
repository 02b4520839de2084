/** A generated sheet the user renamed is known again by what we wrote at its top, and keeps the user's name. */
import { SheetCells } from "../../src/core/cells";
import {
  INPUT_COLUMNS,
  PreparedRun,
  prepareRun,
  reconcileState,
  RunInput,
  SheetDraft,
  text,
  WorkbookState,
} from "../../src/core/edits";
import { Language, messagesFor } from "../../src/i18n";
import { Plan } from "../../src/core/model";
import { analysedSeed } from "./seed-workbook";
import { seedRunInput, seenWith, SheetSeenAs, topOf } from "./helpers";

const TABLE = "Phụ lục";
const HOME = "Phòng Nội vụ";
const RENAMED = "Nội vụ 2024";

let plan: Plan;
let sheet: SheetCells;
beforeAll(async () => {
  ({ plan, sheet } = await analysedSeed());
});

const input = (over: Partial<RunInput> = {}): RunInput => seedRunInput({ plan, sheet }, over);

/** The workbook after a run, as an adapter reads it: every sheet with its top cells. */
interface Workbook {
  readonly state: WorkbookState;
  readonly sheets: SheetSeenAs[];
  /** The cells of the generated sheets, by sheet name. */
  readonly cells: Map<string, SheetDraft["cells"]>;
}

function runOnce(language: Language): Workbook {
  const run = prepareRun(input({ language }));
  return {
    state: run.nextState,
    sheets: [
      { name: TABLE, top: sheet.values.slice(0, 5) },
      { name: "Ghi chú", top: [["Ghi chú của tôi"]] },
      ...run.edits.sheets.map((d) => ({ name: d.name, top: topOf(d) })),
    ],
    cells: new Map(run.edits.sheets.map((d) => [d.name, d.cells])),
  };
}

const nameOf = (state: WorkbookState, unit: string | null) => state.generated.find((g) => g.unit === unit)?.name;
const titleOf = (s: SheetSeenAs) => s.top?.[0]?.[0];

/** The state as reconciled with these sheets. */
const adopt = (state: WorkbookState, sheets: readonly SheetSeenAs[], table: string | null = null) =>
  reconcileState(seenWith(state, sheets), table).state;

/** The user renames a sheet (its top stays) or writes over its title. */
function renamed(sheets: readonly SheetSeenAs[], from: string, to: string, title?: string): SheetSeenAs[] {
  return sheets.map((s) =>
    s.name === from ? { name: to, top: title === undefined ? s.top : [[title], ...(s.top ?? []).slice(1)] } : s,
  );
}

describe("a generated sheet the user renamed", () => {
  it.each(["vi", "en"] as const)("is known again by its title in A1, written in %s", (language) => {
    const wb = runOnce(language);
    const home = nameOf(wb.state, HOME)!;
    const adopted = adopt(wb.state, renamed(wb.sheets, home, RENAMED));
    expect(nameOf(adopted, HOME)).toBe(RENAMED);
    // The other entries stay as they were.
    const others = (s: WorkbookState) => s.generated.filter((g) => g.unit !== HOME);
    expect(others(adopted)).toEqual(others(wb.state));
  });

  it("is the summary too, whatever target year its title names", () => {
    const wb = runOnce("vi");
    const summary = nameOf(wb.state, null)!;
    const title = titleOf(wb.sheets.find((s) => s.name === summary)!) as string;
    expect(nameOf(adopt(wb.state, renamed(wb.sheets, summary, "TH 2025")), null)).toBe("TH 2025");
    const otherYear = title.replace(/\d{4}$/, "2031");
    expect(otherYear).not.toBe(title);
    const moved = adopt(wb.state, renamed(wb.sheets, summary, "TH 2031", otherYear));
    expect(nameOf(moved, null)).toBe("TH 2031");
  });

  it.each(["vi", "en"] as const)(
    "is the summary an earlier version wrote in %s, with a running number before the code in row 5",
    (language) => {
      const wb = runOnce(language);
      const summary = nameOf(wb.state, null)!;
      const { number, code, domain } = messagesFor(language).sheets.columns;
      const earlier = (header: string[]) =>
        wb.sheets.map((s) => (s.name === summary ? { ...s, top: [...s.top!.slice(0, 4), header] } : s));
      expect(nameOf(adopt(wb.state, renamed(earlier([number, code, domain]), summary, "TH")), null)).toBe("TH");
      // Column B of section I's merge, as ExcelJS reads it: the code again.
      expect(nameOf(adopt(wb.state, renamed(earlier([code, code, domain]), summary, "TH")), null)).toBe("TH");
      // Not a header of ours.
      expect(nameOf(adopt(wb.state, renamed(earlier([number, domain, code]), summary, "TH")), null)).toBeUndefined();
    },
  );

  it("is a change of letter case when its top is still ours; else the sheet of that name is the user's", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME)!;
    const adopted = adopt(wb.state, renamed(wb.sheets, home, home.toUpperCase()));
    expect(nameOf(adopted, HOME)).toBe(home.toUpperCase());
    expect(nameOf(adopt(wb.state, renamed(wb.sheets, home, home.toUpperCase(), "của tôi")), HOME)).toBeUndefined();
  });

  it("is left as it is when two sheets hold its title (a copy), or none does", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME)!;
    const sheets = renamed(wb.sheets, home, RENAMED);
    const copy = { name: `${RENAMED} (2)`, top: sheets.find((s) => s.name === RENAMED)!.top };
    const withoutHome = wb.state.generated.filter((g) => g.unit !== HOME);
    expect(adopt(wb.state, [...sheets, copy]).generated).toEqual(withoutHome);
    // The user also wrote over the title: nothing tells that this sheet was ours.
    expect(adopt(wb.state, renamed(wb.sheets, home, RENAMED, "Việc của phòng")).generated).toEqual(withoutHome);
    // The sheet was deleted.
    expect(
      adopt(
        wb.state,
        wb.sheets.filter((s) => s.name !== home),
      ).generated,
    ).toEqual(withoutHome);
  });

  it("never takes a sheet the state knows, nor the table's, even holding the title", () => {
    const wb = runOnce("vi");
    const home = nameOf(wb.state, HOME)!;
    const top = wb.sheets.find((s) => s.name === home)!.top;
    const gone = wb.sheets.filter((s) => s.name !== home);
    // The table's sheet (the state keeps its backup), or another generated sheet, given the top.
    for (const known of [TABLE, nameOf(wb.state, "Phòng Tư pháp")]) {
      const titled = gone.map((s) => (s.name === known ? { ...s, top } : s));
      expect(nameOf(adopt(wb.state, titled), HOME)).toBeUndefined();
    }
    // A sheet the state knows nothing of but that is the table the run is on.
    const other = [...gone, { name: "Bảng mới", top }];
    expect(nameOf(adopt(wb.state, other, "Bảng mới"), HOME)).toBeUndefined();
    expect(nameOf(adopt(wb.state, other), HOME)).toBe("Bảng mới");
  });
});

describe("the next run", () => {
  /** Run, rename the unit's sheet and the summary, type a progress value, adopt, run again. */
  function rerun(): { first: Workbook; again: PreparedRun; typedRow: number } {
    const first = runOnce("vi");
    const home = nameOf(first.state, HOME)!;
    const summary = nameOf(first.state, null)!;
    const sheets = renamed(renamed(first.sheets, home, RENAMED), summary, "TH 2025");
    const cells = first.cells.get(home)!;
    const typedRow = cells.findIndex((r) => r[0]?.kind === "number");
    const progress = INPUT_COLUMNS[1] - 1;
    const typed = cells.map((r, i) => (i === typedRow ? r.map((c, j) => (j === progress ? text("Đang làm") : c)) : r));
    const state = adopt(first.state, sheets, TABLE);
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
    const justice = nameOf(first.state, "Phòng Tư pháp")!;
    const home = nameOf(first.state, HOME)!;
    // Phòng Tư pháp has no sheet yet; the user gave Phòng Nội vụ's the name Phòng Tư pháp's would take.
    const state = { ...first.state, generated: first.state.generated.filter((g) => g.unit !== "Phòng Tư pháp") };
    const sheets = renamed(
      first.sheets.filter((s) => s.name !== justice),
      home,
      justice,
    );
    const adopted = adopt(state, sheets, TABLE);
    expect(nameOf(adopted, HOME)).toBe(justice);
    const again = prepareRun(input({ state: adopted, sheetNames: sheets.map((s) => s.name) }));
    const named = (unit: string) => again.edits.sheets.find((s) => s.unit === unit)!.name;
    expect(named(HOME)).toBe(justice);
    expect(named("Phòng Tư pháp")).toBe(`${justice} (2)`);
  });
});
