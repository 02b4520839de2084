/**
 * The pane at the widths Excel opens it with (about 320 px on Windows, 270 px on a Mac), in both languages: every
 * view and state is walked with the mouse, then with the keyboard alone, and nothing may stick out sideways.
 * Screenshots of each view at 320 px go to test-artifacts/e2e.
 */
import type { Page } from "playwright-core";
import { Language, messagesFor } from "../../src/i18n";
import { unitFilesMessagesFor } from "../../src/i18n/unit-files";
import { saveScreenshot } from "./browser";
import { expectedHeadline, PLAN_SHEET, playgroundUrl } from "./sample";
import { servedInChromium } from "./served";

const WIDTHS = [320, 270] as const;
const LANGUAGES: readonly [Language, string][] = [
  ["vi", "vi-VN"],
  ["en", "en-US"],
];
/** A unit's name longer than the pane is wide, as some plans write them. */
const LONG_UNIT =
  "Trung tâm Phục vụ hành chính công thành phố Gia Nghĩa tỉnh Đắk Nông (TTPVHCC-GiaNghĩa-ĐắkNông-ChuyểnĐổiSố-2024)";

const served = servedInChromium();

async function openPane(language: string, width: number): Promise<Page> {
  const page = await served.browser.newPage();
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.goto(playgroundUrl(served.origin, language, width));
  await page.getByText(expectedHeadline(language.startsWith("vi") ? "vi" : "en").total).waitFor();
  return page;
}

/**
 * What sticks out of the pane sideways: the pane scrolling horizontally, or any element drawn past its right or
 * left edge, or any element whose own content is cut off at its side (a tab cut to "Thực hiệ").
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector(".pane") as HTMLElement;
    const box = pane.getBoundingClientRect();
    const found: string[] = [];
    if (pane.scrollWidth > pane.clientWidth) found.push(`the pane scrolls: ${pane.scrollWidth} > ${pane.clientWidth}`);
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of pane.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Fluent's focus helpers and the visually hidden texts are 1 px boxes placed anywhere.
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5)
        found.push(`${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      const style = getComputedStyle(el);
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1 && el.tagName !== "SELECT")
        found.push(`${describe(el)} cuts its content: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return found;
  });
}

async function expectNoSidewaysOverflow(page: Page, where: string): Promise<void> {
  expect({ where, overflow: await sidewaysOverflow(page) }).toEqual({ where, overflow: [] });
}

/** A screenshot of the pane alone, for each view at 320 px. */
async function shoot(page: Page, width: number, language: Language, name: string): Promise<void> {
  if (width === 320) await saveScreenshot(page, `30-pane-${language}-${name}`, ".pane");
}

/** Types a long unit's name over the lead unit of criterion 1.1, as a visitor would in the grid. */
async function withLongUnitName(page: Page): Promise<void> {
  const address = await page.evaluate((sheet) => {
    const wb = (window as unknown as { parIndexPlayground: { workbook: { values(s: string): unknown[][] } } })
      .parIndexPlayground.workbook;
    const values = wb.values(sheet);
    const row = values.findIndex((r) => String(r[0]).trim() === "1.1") + 1;
    return `G${row}`;
  }, PLAN_SHEET);
  await page.locator(`td[data-address="${address}"]`).dblclick();
  const editor = page.locator(".cell-editor");
  await editor.fill(LONG_UNIT);
  await editor.press("Enter");
}

describe.each(WIDTHS)("the pane %i px wide", (width) => {
  describe.each(LANGUAGES)("in %s", (language, displayLanguage) => {
    const m = messagesFor(language).ui;
    let page: Page;

    beforeAll(async () => {
      page = await openPane(displayLanguage, width);
    });
    afterAll(() => page.close());

    it("fits every view and state, walked with the mouse", async () => {
      await expectNoSidewaysOverflow(page, "overview");
      await shoot(page, width, language, "1-overview");

      await page.getByRole("button", { name: m.detect.change, exact: true }).click();
      await page.getByRole("button", { name: m.detect.chooseColumns, exact: true }).click();
      await page.getByRole("form", { name: m.columns.title }).waitFor();
      await expectNoSidewaysOverflow(page, "column chooser");
      await shoot(page, width, language, "2-column-chooser");
      await page.getByRole("button", { name: m.columns.cancel, exact: true }).click();
      await page.getByRole("button", { name: m.detect.change, exact: true }).click();

      await page.getByRole("tab", { name: m.tabs.problems, exact: true }).click();
      await page.getByText(m.problems.hint).waitFor();
      await expectNoSidewaysOverflow(page, "problems");
      await shoot(page, width, language, "3-problems");

      await page.getByRole("tab", { name: m.tabs.units, exact: true }).click();
      await page.getByRole("combobox", { name: m.units.mergeSource }).selectOption({ index: 1 });
      await page.getByRole("combobox", { name: m.units.mergeTarget }).selectOption({ index: 2 });
      await page.getByRole("button", { name: m.units.merge, exact: true }).click();
      await page.getByRole("button", { name: m.units.confirmMerge, exact: true }).waitFor();
      await expectNoSidewaysOverflow(page, "units, asked to merge");
      await shoot(page, width, language, "4-units-merge");
      await page.getByRole("button", { name: m.units.cancel, exact: true }).click();
      await withLongUnitName(page);
      // The engine reads the unit without its bracketed abbreviation.
      await page
        .locator(".pane")
        .getByText(/Gia Nghĩa tỉnh Đắk Nông$/)
        .first()
        .waitFor();
      await expectNoSidewaysOverflow(page, "units, with a long unit name");

      await page.getByRole("tab", { name: m.tabs.actions, exact: true }).click();
      const apply = page.getByRole("button", { name: m.actions.apply, exact: true });
      await apply.waitFor();
      // The main action is in view without scrolling.
      expect(await apply.evaluate((b) => b.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
      await expectNoSidewaysOverflow(page, "actions, before a run");
      await shoot(page, width, language, "5-actions");
      await apply.click();
      const result = page.getByText(m.actions.done, { exact: true });
      await result.waitFor();
      await expectNoSidewaysOverflow(page, "actions, after a run");
      await shoot(page, width, language, "6-result");

      // The follow-up view reads the assignment sheets the run made.
      await page.getByRole("tab", { name: m.tabs.followUp, exact: true }).click();
      const panel = page.locator("#panel-followUp");
      await panel.waitFor();
      await panel.getByRole("progressbar").waitFor({ state: "detached" });
      await expectNoSidewaysOverflow(page, "follow-up");
      await shoot(page, width, language, "7-follow-up");

      // The unit files: sending and receiving, the sentences and the file input within the width.
      await page.getByRole("tab", { name: m.tabs.unitFiles }).click();
      await page.getByRole("button", { name: unitFilesMessagesFor(language).pane.send.make }).waitFor();
      await expectNoSidewaysOverflow(page, "unit files");
      await shoot(page, width, language, "8-unit-files");
    });
  });
});

describe.each(WIDTHS)("the pane %i px wide, with the keyboard alone", (width) => {
  it.each(LANGUAGES)("in %s: reaches every view and writes to the workbook", async (language, displayLanguage) => {
    const m = messagesFor(language).ui;
    const page = await openPane(displayLanguage, width);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { role: el?.getAttribute("role") ?? el?.tagName.toLowerCase(), text: el?.textContent?.trim() ?? "" };
      });
    /** Presses Tab until the focused element is what `wanted` says, at most `limit` times. */
    const tabUntil = async (wanted: (f: { role?: string; text: string }) => boolean, limit = 30) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        if (wanted(await focused())) return;
      }
      throw new Error(`not reached with Tab: ${JSON.stringify(await focused())}`);
    };
    await page.locator(".pane").evaluate((pane) => (pane.querySelector("button") as HTMLButtonElement).focus());
    await tabUntil((f) => f.role === "tab");
    // The arrow keys move between the views, as in any tab list.
    for (const view of ["problems", "units", "actions", "followUp"] as const) {
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      expect((await focused()).text).toBe(m.tabs[view]);
      await expectNoSidewaysOverflow(page, `${view}, by keyboard`);
    }
    // Back to the actions, whose main button the keyboard reaches.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: m.actions.apply, exact: true }).waitFor();
    await tabUntil((f) => f.text === m.actions.apply, 40);
    await page.keyboard.press("Enter");
    await page.getByText(m.actions.done, { exact: true }).waitFor();
    // The result takes the focus, so that the keyboard (and a screen reader) is where the news is.
    expect((await focused()).text.startsWith(m.actions.done)).toBe(true);
    await expectNoSidewaysOverflow(page, "result, by keyboard");
    await page.close();
  });
});
