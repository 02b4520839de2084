/** The follow-up report over assignment sheets as units fill them in: statuses, deadlines, evidence. */
import { CellValue, SheetCells } from "../../src/core/cells";
import { Content, INPUT_COLUMNS, prepareRun, SheetDraft } from "../../src/core/edits";
import { serialOfIso } from "../../src/core/progress/dates";
import { progressReport } from "../../src/core/progress/status";
import { progressIssueText, reminders } from "../../src/core/progress/texts";
import { messagesFor } from "../../src/i18n";
import { analysedSeed } from "./seed-workbook";
import { seedRunInput } from "./helpers";

const [DEADLINE, STATUS, RESULT, EVIDENCE] = INPUT_COLUMNS.map((c) => c - 1);
const JUSTICE = "Phòng Tư pháp";
const HOME = "Phòng Nội vụ";

/** A draft's cells as a host gives them after a unit typed: formulas left out (the report never reads them). */
function asSheet(draft: SheetDraft, typed: ReadonlyMap<string, Partial<Record<number, CellValue>>>): SheetCells {
  const value = (c: Content): CellValue => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null);
  let lead = true;
  const values = draft.cells.map((row) => {
    const out = row.map(value);
    if (typeof out[0] === "string" && out[0].startsWith("II.")) lead = false;
    const code = typeof out[0] === "number" && lead ? String(out[1]) : null;
    const input = code ? typed.get(code) : undefined;
    if (input) for (const [c, v] of Object.entries(input)) out[Number(c)] = v ?? null;
    return out;
  });
  return { name: draft.name, top: 1, left: 1, values, merges: [], hiddenRows: [], hiddenColumns: [] };
}

describe("the progress report", () => {
  const june30 = serialOfIso("2024-06-30")!;
  async function setup() {
    const run = prepareRun(seedRunInput(await analysedSeed()));
    const draftOf = (unit: string) => run.edits.sheets.find((s) => s.unit === unit)!;
    // What Phòng Tư pháp typed on the four criteria it leads (2.1-2.4).
    const justice = new Map<string, Partial<Record<number, CellValue>>>([
      ["2.1", { [DEADLINE]: { kind: "date", serial: june30 }, [STATUS]: "HOÀN THÀNH", [EVIDENCE]: "QĐ 12/QĐ-UBND" }],
      ["2.2", { [DEADLINE]: june30, [STATUS]: "Đang thực hiện", [RESULT]: "Dự thảo" }],
      ["2.3", { [DEADLINE]: "30/6", [STATUS]: "Hòan thành" }],
      ["2.4", { [DEADLINE]: "quý III", [STATUS]: "xong rồi" }],
    ]);
    const home = new Map<string, Partial<Record<number, CellValue>>>([
      ["1.1", { [STATUS]: "done", [EVIDENCE]: "   " }],
      ["1.2", { [DEADLINE]: serialOfIso("2024-12-31")!, [STATUS]: "In Progress" }],
    ]);
    const sheets = new Map([
      [draftOf(JUSTICE).name, asSheet(draftOf(JUSTICE), justice)],
      [draftOf(HOME).name, asSheet(draftOf(HOME), home)],
    ]);
    for (const d of run.edits.sheets)
      if (d.kind === "assignment" && !sheets.has(d.name)) sheets.set(d.name, asSheet(d, new Map()));
    return { run, sheets, draftOf };
  }

  it("counts statuses in any case and tone placement, overdue from dated deadlines only, and missing evidence", async () => {
    const { run, sheets, draftOf } = await setup();
    const report = progressReport({
      asOf: "2024-09-30",
      dateSystem: "1900",
      generated: run.nextState.generated,
      sheets,
    });
    const justice = report.units.find((u) => u.name === JUSTICE)!;
    expect(justice.sheetName).toBe(draftOf(JUSTICE).name);
    // 2.1 and 2.3 done; 2.2 in progress; 2.4's word is none of the three: not started. Only 2.2 has a date and is not done.
    expect(justice.lead).toEqual({
      total: 4,
      done: 2,
      inProgress: 1,
      notStarted: 1,
      overdue: 1,
      doneWithoutEvidence: 1,
    });
    const home = report.units.find((u) => u.name === HOME)!;
    expect(home.lead).toMatchObject({ done: 1, inProgress: 1, overdue: 0, doneWithoutEvidence: 1 });
    const c22 = report.criteria.find((c) => c.code === "2.2")!;
    expect(c22).toMatchObject({
      unit: JUSTICE,
      status: "in-progress",
      deadline: "2024-06-30",
      overdue: true,
      evidence: null,
    });
    expect(report.criteria.find((c) => c.code === "2.1")).toMatchObject({
      status: "done",
      deadline: "2024-06-30",
      overdue: false,
      evidence: "QĐ 12/QĐ-UBND",
    });
    expect(report.criteria.find((c) => c.code === "2.3")).toMatchObject({ deadline: null, overdue: false });
    const all = report.units.map((u) => u.lead);
    expect(report.total.total).toBe(all.reduce((s, u) => s + u.total, 0));
    expect(report.total.done).toBe(3);
    expect(report.criteria).toHaveLength(report.total.total);
  });

  it("reports, with their cells, a status that is no status and deadlines written as text; never guesses them", async () => {
    const { run, sheets, draftOf } = await setup();
    const report = progressReport({
      asOf: "2024-09-30",
      dateSystem: "1900",
      generated: run.nextState.generated,
      sheets,
    });
    const rowOf = (code: string) =>
      draftOf(JUSTICE).cells.findIndex((r) => r[1]?.kind === "text" && r[1].text === code) + 1;
    expect(report.issues).toEqual([
      {
        kind: "text-deadline",
        unit: JUSTICE,
        sheetName: draftOf(JUSTICE).name,
        cell: `J${rowOf("2.3")}`,
        text: "30/6",
      },
      {
        kind: "unknown-status",
        unit: JUSTICE,
        sheetName: draftOf(JUSTICE).name,
        cell: `K${rowOf("2.4")}`,
        text: "xong rồi",
      },
      {
        kind: "text-deadline",
        unit: JUSTICE,
        sheetName: draftOf(JUSTICE).name,
        cell: `J${rowOf("2.4")}`,
        text: "quý III",
      },
    ]);
    expect(progressIssueText(report.issues[1], messagesFor("vi"))).toContain(
      `'${draftOf(JUSTICE).name}'!K${rowOf("2.4")}`,
    );
  });

  it("reports a deleted unit sheet as missing and goes on with the others", async () => {
    const { run, sheets, draftOf } = await setup();
    sheets.delete(draftOf(HOME).name);
    const report = progressReport({
      asOf: "2024-09-30",
      dateSystem: "1900",
      generated: run.nextState.generated,
      sheets,
    });
    expect(report.issues).toContainEqual({ kind: "missing-sheet", unit: HOME, sheetName: draftOf(HOME).name });
    expect(report.units.map((u) => u.name)).not.toContain(HOME);
    expect(report.units.find((u) => u.name === JUSTICE)!.lead.total).toBe(4);
  });

  it("writes a reminder per unit with overdue or undocumented criteria, in the language asked for", async () => {
    const { run, sheets } = await setup();
    const report = progressReport({
      asOf: "2024-09-30",
      dateSystem: "1900",
      generated: run.nextState.generated,
      sheets,
    });
    const vi = reminders(report, messagesFor("vi"));
    expect(vi.map((r) => r.unit)).toEqual([HOME, JUSTICE]);
    const justice = vi.find((r) => r.unit === JUSTICE)!.text;
    expect(justice).toContain("2.2 (thời hạn 30/06/2024)");
    expect(justice).toContain("tài liệu kiểm chứng cho các tiêu chí 2.3");
    expect(justice).toContain("30/09/2024");
    expect(reminders(report, messagesFor("en")).find((r) => r.unit === JUSTICE)!.text).toContain(
      "2.2 (deadline 30/06/2024)",
    );
  });

  it("counts a deadline as overdue only after its day has passed", async () => {
    const { run, sheets } = await setup();
    const onTheDay = progressReport({
      asOf: "2024-06-30",
      dateSystem: "1900",
      generated: run.nextState.generated,
      sheets,
    });
    expect(onTheDay.criteria.find((c) => c.code === "2.2")!.overdue).toBe(false);
  });
});
