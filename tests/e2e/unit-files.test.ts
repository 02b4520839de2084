/**
 * Tệp đơn vị in the playground, in chromium: the files for units are built in the page (ExcelJS, loaded with the
 * view) and downloaded as one .zip holding one .xlsx per unit; a unit's file, typed into, is picked again in the
 * file input, the preview lists the cells it would take, the write puts them into the unit's assignment sheet, and
 * Restore takes them back.
 */
import { readFileSync } from "fs";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { unitFilesMessagesFor } from "../../src/i18n/unit-files";
import type { MemoryWorkbook } from "../../src/memory-excel";
import { cellOf, COLS, vi } from "../unit-files/cycle";
import { expectedHeadline, playgroundUrl } from "./sample";
import { servedInChromium } from "./served";

type PlaygroundWindow = Window & { parIndexPlayground: { workbook: MemoryWorkbook } };

const t = unitFilesMessagesFor("vi");
const served = servedInChromium();
let page: Page;

const sheetValue = (sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as PlaygroundWindow).parIndexPlayground.workbook.cell(s, a).value, [
    sheet,
    address,
  ] as const);

beforeAll(async () => {
  page = await served.browser.newPage();
  await page.goto(playgroundUrl(served.origin));
  await page.getByText(expectedHeadline("vi").total).waitFor();
  await page.getByRole("tab", { name: vi.ui.tabs.actions }).click();
  await page.getByRole("button", { name: vi.ui.actions.apply, exact: true }).click();
  await page.getByText(vi.ui.actions.done, { exact: true }).waitFor();
  await page.getByRole("tab", { name: vi.ui.tabs.unitFiles }).click();
});

describe("files for units, and their answers, in the pane", () => {
  let justice: Buffer;

  it("downloads one .zip holding one .xlsx per unit, named after its assignment sheet", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: t.pane.send.make }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(t.pane.send.zipName("Phụ lục"));
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const names = Object.keys(zip).sort();
    expect(names).toContain("P. Tư pháp.xlsx");
    expect(names).toContain("P. Nội vụ.xlsx");
    expect(names.every((n) => n.endsWith(".xlsx"))).toBe(true);
    await page.getByText(t.pane.send.downloaded(t.pane.send.zipName("Phụ lục"), names.length)).waitFor();

    // The justice office types a status and a result into its file, as a unit would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(zip["P. Tư pháp.xlsx"]) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    cellOf(ws, "2.1", COLS.status).value = "Hoàn thành";
    cellOf(ws, "2.2", COLS.result).value = "Kế hoạch số 15/KH-TP";
    justice = Buffer.from(await wb.xlsx.writeBuffer());
  });

  it("previews the cells a returned file would give, writes them, and Restore takes them back", async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles([
      { name: "tu-phap.xlsx", mimeType: "application/octet-stream", buffer: justice },
      { name: "ghi-chu.csv", mimeType: "text/csv", buffer: Buffer.from("STT,Tiêu chí\n") },
    ]);
    await page.getByText(t.pane.receive.taken("tu-phap.xlsx", "Phòng Tư pháp", 2)).waitFor();
    const status = await page.getByText(/^P\. Tư pháp!K\d+: Hoàn thành$/).textContent();
    const result = await page.getByText(/^P\. Tư pháp!L\d+: Kế hoạch số 15\/KH-TP$/).textContent();
    await page.getByText(t.report.skipped("ghi-chu.csv", t.report.reasons.csv)).waitFor();
    const statusCell = status!.split(":")[0].split("!")[1];
    const resultCell = result!.split(":")[0].split("!")[1];
    expect(await sheetValue("P. Tư pháp", statusCell)).toBe("");

    await page.getByRole("button", { name: t.pane.receive.apply(2) }).click();
    await page.getByText(t.pane.receive.applied(2)).waitFor();
    expect(await sheetValue("P. Tư pháp", statusCell)).toBe("Hoàn thành");
    expect(await sheetValue("P. Tư pháp", resultCell)).toBe("Kế hoạch số 15/KH-TP");

    await page.getByRole("button", { name: t.pane.receive.restore }).click();
    await page.getByText(t.pane.receive.restored).waitFor();
    expect(await sheetValue("P. Tư pháp", statusCell)).toBe("");
    expect(await sheetValue("P. Tư pháp", resultCell)).toBe("");
  });
});
