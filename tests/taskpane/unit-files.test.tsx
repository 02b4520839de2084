/** @jest-environment jsdom */
/**
 * The Tệp đơn vị view over Office.js (the in-memory Excel): where Excel cannot open new workbooks (before ExcelApi
 * 1.8) it offers the download alone and says what to do; where it can, each unit's file opens as a new workbook.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unitFilesMessagesFor } from "../../src/i18n/unit-files";
import { installExcelGlobals, InstalledGlobals } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { LanguageProvider } from "../../src/taskpane/language";
import { Session } from "../../src/taskpane/session/useWorkbookSession";
import UnitFiles from "../../src/taskpane/views/UnitFiles";
import { fixtureWorkbook, specOf } from "../office/workbooks";
import { STATE_SHEET } from "../../src/core/edits";
import { MemoryWorkbook } from "../../src/memory-excel";
import { readWorkbookCells } from "../../src/xlsx/read";
import { readFileSync } from "fs";
import * as path from "path";
import { sendAndType } from "../unit-files/cycle";

const SHEET = "Phụ lục";
const messages = unitFilesMessagesFor("vi");
const t = messages.pane;

let globals: InstalledGlobals;
afterEach(() => globals.uninstall());

/** The seed after a run in an Excel of that version, and the view over it as the pane shows it. */
async function viewIn(excelApiVersion: string): Promise<{ host: WorkbookHost; units: number }> {
  globals = installExcelGlobals(await fixtureWorkbook("gia-nghia-2024.pasted.xlsx"), { excelApiVersion });
  const host = createOfficeHost();
  const outcome = await host.apply({
    sheet: SHEET,
    operations: new Set(["assignments"]),
    language: "vi",
    expectedGenerated: [],
  });
  await renderView(host);
  return { host, units: outcome.plan.units.length };
}

async function renderView(host: WorkbookHost): Promise<void> {
  const snapshot = await host.snapshot({ kind: "sheet", sheet: SHEET });
  // What the view reads of the session: the table's sheet and the state.
  const session = { snapshot, detection: { cells: { name: SHEET } } } as unknown as Session;
  render(
    <LanguageProvider value="vi">
      <UnitFiles host={host} session={session} />
    </LanguageProvider>,
  );
}

describe("the unit-files view", () => {
  it("tells users of an Excel without Excel.createWorkbook to download, or to use par-index split", async () => {
    await viewIn("1.7");
    expect(screen.getByText(t.send.noOpen)).toBeTruthy();
    expect(screen.queryByRole("button", { name: t.send.open })).toBeNull();
    expect(screen.getByRole("button", { name: t.send.make })).toBeTruthy();
  });

  it("opens each unit's file as a new workbook where Excel can", async () => {
    const { units } = await viewIn("1.8");
    expect(screen.queryByText(t.send.noOpen)).toBeNull();
    await userEvent.setup().click(screen.getByRole("button", { name: t.send.open }));
    await screen.findByText(t.send.opened(units), {}, { timeout: 30_000 });
    expect(globals.createdWorkbooks).toHaveLength(units);
    expect(globals.createdWorkbooks.every((b) => b.startsWith("UEsDB"))).toBe(true);
  });

  it("offers the returned files' picker as a button in the pane's language, opening a hidden, labelled file input", async () => {
    await viewIn("1.13");
    const input = screen.getByLabelText<HTMLInputElement>(t.receive.choose);
    expect(input.type).toBe("file");
    // One stop for the keyboard: the button; the input, out of the tab order, is not a second one.
    expect(input.tabIndex).toBe(-1);
    const opened = jest.spyOn(input, "click").mockImplementation(() => undefined);
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: t.receive.choose });
    for (let i = 0; i < 20 && document.activeElement !== button; i++) await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("says that a picked file is the plan file itself when it is the workbook open in Excel, and takes nothing", async () => {
    const { master } = await sendAndType();
    const sheets = await readWorkbookCells(master);
    const wb = MemoryWorkbook.fromSheets(
      sheets.map((s) => specOf(s, s.name === STATE_SHEET ? { visibility: "VeryHidden" } : {})),
    );
    // Excel names the open workbook after its file.
    wb.fileName = path.basename(master);
    globals = installExcelGlobals(wb);
    await renderView(createOfficeHost());
    const bytes = readFileSync(master);
    const picked = new File([bytes], path.basename(master));
    // jsdom's File lacks arrayBuffer(), which browsers have.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    Object.defineProperty(picked, "arrayBuffer", { value: async () => buffer });
    await userEvent.setup().upload(screen.getByLabelText(t.receive.choose), picked);
    const line = messages.report.skipped(path.basename(master), messages.report.reasons.isMaster);
    await screen.findByText(line, {}, { timeout: 30_000 });
    expect(screen.getByText(t.receive.none)).toBeTruthy();
  });
});
