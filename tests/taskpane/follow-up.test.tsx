/** @jest-environment jsdom */
/** The follow-up view through Office.js (the in-memory Excel): what units typed, counted, linked and reminded. */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { LanguageProvider } from "../../src/taskpane/language";
import FollowUp from "../../src/taskpane/views/FollowUp";
import { fixtureWorkbook } from "../office/workbooks";

const SHEET = "Phụ lục";
const JUSTICE = "Phòng Tư pháp";
const [DEADLINE, STATUS, , EVIDENCE] = INPUT_COLUMNS;
/** Excel's serial of 30/06/2024. */
const JUNE_30_2024 = 45_473;

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
afterEach(() => globals.uninstall());

/** The seed after a run, then Phòng Tư pháp's entries typed as a unit would, through Office.js. */
async function filledWorkbook(): Promise<string> {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(wb);
  const outcome = await createOfficeHost().apply({
    sheet: SHEET,
    operations: new Set(["subtotals", "highlights", "assignments", "summary"]),
    language: "vi",
    expectedGenerated: [],
  });
  const justice = outcome.created.find((c) => c.unit === JUSTICE)!.name;
  const rowOf = (code: string) => wb.values(justice).findIndex((r) => r[1] === code);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(justice);
    const type = (code: string, column: number, value: string | number) =>
      (ws.getRangeByIndexes(rowOf(code), column - 1, 1, 1).values = [[value]]);
    type("2.1", DEADLINE, JUNE_30_2024);
    type("2.1", STATUS, "HOÀN THÀNH");
    type("2.2", DEADLINE, JUNE_30_2024);
    type("2.2", STATUS, "Đang thực hiện");
    type("2.3", STATUS, "Hoàn thành");
    type("2.3", EVIDENCE, "QĐ 12/QĐ-UBND");
    type("2.4", DEADLINE, "quý III");
    type("2.4", STATUS, "xong");
    await context.sync();
  });
  return justice;
}

async function selectedAddress(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address;
  });
}

describe("the follow-up view", () => {
  it("shows per unit what is done, overdue and undocumented, each a link to its cell, in three syncs", async () => {
    const justice = await filledWorkbook();
    const user = userEvent.setup();
    const before = globals.contexts.length;
    render(
      <LanguageProvider value="vi">
        <FollowUp host={createOfficeHost()} />
      </LanguageProvider>,
    );
    const unit = within(await screen.findByRole("region", { name: JUSTICE }));
    expect(globals.contexts.slice(before).map((c) => c.syncCount)).toEqual([3]);
    expect(unit.getByRole("img", { name: `${JUSTICE}: hoàn thành 2 trên 4 tiêu chí chủ trì` })).toBeInTheDocument();
    expect(unit.getByText("Hoàn thành 2 · Đang thực hiện 1 · Chưa thực hiện 1")).toBeInTheDocument();
    // 2.1 is done without evidence; 2.2 is overdue: each selects its cell on the unit's sheet.
    await user.click(unit.getByRole("button", { name: "2.2 (thời hạn 30/06/2024)" }));
    const row22 = wb.values(justice).findIndex((r) => r[1] === "2.2") + 1;
    expect(await selectedAddress()).toBe(`'${justice}'!K${row22}`);
    await user.click(unit.getByRole("button", { name: "2.1" }));
    const row21 = wb.values(justice).findIndex((r) => r[1] === "2.1") + 1;
    expect(await selectedAddress()).toBe(`'${justice}'!M${row21}`);
    const reminder = unit.getByRole("textbox", { name: "Nội dung nhắc việc" }) as HTMLTextAreaElement;
    expect(reminder.value).toMatch(
      /^Đề nghị Phòng Tư pháp cập nhật tiến độ thực hiện các tiêu chí 2\.2 \(thời hạn 30\/06\/2024\)/,
    );
    expect(reminder.value).toContain("bổ sung tài liệu kiểm chứng cho các tiêu chí 2.1");
    // The status that is none of the three words and the deadline written as text, with their cells.
    const row24 = wb.values(justice).findIndex((r) => r[1] === "2.4") + 1;
    expect(screen.getByRole("button", { name: new RegExp(`!K${row24}: trạng thái "xong"`) })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: new RegExp(`!J${row24}: thời hạn "quý III" là chữ`) }),
    ).toBeInTheDocument();
  });

  it("recounts for another day without reading again", async () => {
    await filledWorkbook();
    const user = userEvent.setup();
    render(
      <LanguageProvider value="en">
        <FollowUp host={createOfficeHost()} />
      </LanguageProvider>,
    );
    const unit = within(await screen.findByRole("region", { name: JUSTICE }));
    expect(unit.getByRole("button", { name: "2.2 (deadline 30/06/2024)" })).toBeInTheDocument();
    const reads = globals.contexts.length;
    const day = screen.getByLabelText("As of");
    await user.clear(day);
    await user.type(day, "2024-06-01");
    expect(unit.queryByRole("button", { name: "2.2 (deadline 30/06/2024)" })).not.toBeInTheDocument();
    expect(globals.contexts.length).toBe(reads);
  });
});
