import type { Page } from "playwright-core";
import { HIGHLIGHT_COLORS, STATE_SHEET } from "../../src/core/edits";
import { messagesFor } from "../../src/i18n";
import type { MemoryWorkbook } from "../../src/memory-excel";
import { displayText } from "../../src/memory-excel/model/number-format";
import { REGIONAL_SEPARATORS } from "../../src/playground/sheet-grid";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { saveScreenshot } from "./browser";
import { expectedHeadline, PLAN_SHEET, playgroundUrl } from "./sample";
import { servedInChromium } from "./served";

/** The page's workbook, as the playground exposes it for tests. */
type PlaygroundWindow = Window & { parIndexPlayground: { workbook: MemoryWorkbook } };

const vi = messagesFor("vi");
const served = servedInChromium();
let page: Page;

async function openPlayground(): Promise<void> {
  page = await served.browser.newPage();
  await page.goto(playgroundUrl(served.origin));
  await page.getByText(expectedHeadline("vi").total).waitFor();
}

/** The row of the sample table whose number is `label` ("3." for domain 3, "3.7" for a criterion). */
function rowOfCode(label: string, on: Page = page): Promise<number> {
  return on.evaluate(
    ([sheet, code]) => {
      const values = (window as PlaygroundWindow).parIndexPlayground.workbook.values(sheet);
      return values.findIndex((row) => String(row[0]).trim() === code) + 1;
    },
    [PLAN_SHEET, label] as const,
  );
}

const rowOfDomain = (code: string) => rowOfCode(`${code}.`);

/** The background colour the page draws a cell of the shown sheet with, as "rgb(r, g, b)". */
function drawnFill(address: string): Promise<string> {
  return page.locator(`td[data-address="${address}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const activeSheet = () => page.evaluate(() => (window as PlaygroundWindow).parIndexPlayground.workbook.active.name);
const selectedTopRow = () =>
  page.evaluate(() => (window as PlaygroundWindow).parIndexPlayground.workbook.selection.top + 1);
const sheetNames = () => page.evaluate(() => (window as PlaygroundWindow).parIndexPlayground.workbook.sheetNames());
const tableFormulas = () =>
  page.evaluate((sheet) => {
    const wb = (window as PlaygroundWindow).parIndexPlayground.workbook;
    const used = wb.values(sheet);
    const columns = Math.max(...used.map((r) => r.length));
    return wb.formulas(sheet, `A1:${String.fromCharCode(64 + columns)}${used.length}`);
  }, PLAN_SHEET);

describe("the playground on the sample plan", () => {
  beforeAll(openPlayground);

  it("shows the plan's total and the points it lost", async () => {
    const headline = expectedHeadline("vi");
    const label = page.getByText(headline.label, { exact: true });
    expect(await label.evaluate((dt) => dt.nextElementSibling?.textContent)).toBe(headline.total);
    const lost = page.getByText(vi.ui.overview.lost, { exact: true });
    expect(await lost.evaluate((dt) => dt.nextElementSibling?.textContent)).toBe(headline.lost);
    expect(await page.locator("table.grid").getAttribute("data-sheet")).toBe(PLAN_SHEET);
    await saveScreenshot(page, "01-overview");
  });

  it("selects the cell of a problem in the workbook, switching back to the table's sheet", async () => {
    const rounded = expected.roundingOnly[0];
    const row = await rowOfDomain(rounded.code);
    expect(row).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Ghi chú" }).click();
    expect(await activeSheet()).toBe("Ghi chú");

    await page.getByRole("tab", { name: vi.ui.tabs.problems }).click();
    await page.getByText(vi.ui.problems.hint).waitFor();
    const issue = page.getByRole("button", { name: new RegExp(`^${vi.ui.problems.row(row)}:.*làm tròn`) });
    await issue.first().click();
    await page.locator(`table.grid[data-sheet="${PLAN_SHEET}"] td[data-selected]`).first().waitFor();

    expect(await activeSheet()).toBe(PLAN_SHEET);
    expect(await selectedTopRow()).toBe(row);
    const shown = await page.locator("td[data-selected]").first().getAttribute("data-address");
    expect(shown).toMatch(new RegExp(`^[A-Z]+${row}$`));
    await expect(page.getByRole("tab", { name: PLAN_SHEET, selected: true }).count()).resolves.toBe(1);
    await saveScreenshot(page, "02-problem-selected");
  });

  it("applies everything, opens a created sheet, and restores the table as it was", async () => {
    const original = await tableFormulas();
    await page.getByRole("tab", { name: vi.ui.tabs.actions }).click();
    await page.getByRole("button", { name: vi.ui.actions.apply, exact: true }).click();
    const done = page.getByText(vi.ui.actions.done, { exact: true });
    await done.waitFor();
    await saveScreenshot(page, "03-applied");

    const names = await sheetNames();
    const created = names.filter((n) => n !== PLAN_SHEET && n !== "Ghi chú" && n !== STATE_SHEET);
    expect(created).toHaveLength(Object.keys(expected.units).length + 1);
    expect(created).toContain(vi.sheets.summaryName);
    const subtotal = await page.evaluate(
      (sheet) => (window as PlaygroundWindow).parIndexPlayground.workbook.cell(sheet, "C8"),
      PLAN_SHEET,
    );
    expect(subtotal.formula).toMatch(/^=SUM\(/);
    expect(subtotal.value).toBe(expected.criteria[0].max);
    const rules = await page.evaluate(
      (sheet) => (window as PlaygroundWindow).parIndexPlayground.workbook.conditionalFormats(sheet),
      PLAN_SHEET,
    );
    const ruled = rules.map((r) => r.address.replace(/^.*!/, ""));
    expect(ruled.some((a) => a.startsWith("D"))).toBe(true);
    expect(ruled.some((a) => a.startsWith("E"))).toBe(true);
    // The grid draws what the rules make of each score, as Excel would.
    const below = expected.criteria.filter((c) => c.leaf && c.belowMax);
    const zero = below.find((c) => c.score === 0)!;
    const partial = below.find((c) => c.score! > 0)!;
    const full = expected.criteria.find((c) => c.leaf && !c.belowMax && c.score === c.max)!;
    expect(await drawnFill(`D${await rowOfCode(zero.code)}`)).toBe(rgb(HIGHLIGHT_COLORS.zero.fill));
    expect(await drawnFill(`D${await rowOfCode(partial.code)}`)).toBe(rgb(HIGHLIGHT_COLORS.partial.fill));
    expect(await drawnFill(`D${await rowOfCode(full.code)}`)).not.toBe(rgb(HIGHLIGHT_COLORS.partial.fill));
    // Every created sheet is a tab of the drawn workbook.
    for (const name of created) await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);

    const link = page.locator('[role="status"]').getByRole("button", { name: vi.sheets.summaryName, exact: true });
    await link.click();
    await page.locator(`table.grid[data-sheet="${vi.sheets.summaryName}"]`).waitFor();
    expect(await activeSheet()).toBe(vi.sheets.summaryName);
    await saveScreenshot(page, "04-summary-opened");
    await page.locator(".chart-box svg").scrollIntoViewIfNeeded();
    expect(await page.locator(".chart-box svg").getAttribute("aria-label")).toBeTruthy();
    await saveScreenshot(page, "04-summary-chart");

    await page.getByRole("button", { name: vi.ui.actions.restore }).click();
    await page.getByText(vi.ui.actions.restored).waitFor();
    expect(await tableFormulas()).toEqual(original);
    expect(
      await page.evaluate(
        (sheet) => (window as PlaygroundWindow).parIndexPlayground.workbook.conditionalFormats(sheet).length,
        PLAN_SHEET,
      ),
    ).toBe(0);
    await page.getByRole("tab", { name: PLAN_SHEET }).click();
    await saveScreenshot(page, "05-restored");
  });
});

describe("the playground in English (?lang=en-US, as Office's display language)", () => {
  it("shows the pane in English with English number formatting", async () => {
    const english = await served.browser.newPage();
    await english.goto(playgroundUrl(served.origin, "en-US"));
    const headline = expectedHeadline("en");
    // English words, and the figures as the workbook writes them (a Vietnamese Windows), as Excel's grid shows them.
    await english.getByText(headline.total).waitFor();
    expect(await english.getByText(headline.label).isVisible()).toBe(true);
    expect(await english.getByText(headline.lost, { exact: true }).isVisible()).toBe(true);
    expect(await english.evaluate(() => document.documentElement.lang)).toBe("en");
    await saveScreenshot(english, "06-english");
    await english.close();
  });
});

describe("the playground, when the visitor fixes a score in the table (a page of its own)", () => {
  let own: Page;

  beforeAll(async () => {
    own = await served.browser.newPage();
    await own.goto(playgroundUrl(served.origin));
    await own.getByText(expectedHeadline("vi").total).waitFor();
  });

  afterAll(() => own.close());

  it("raises the pane's total by exactly the points the criterion lost once its score is typed to its maximum", async () => {
    const { computed } = expected.total;
    // The table's subtotals and total become sums of its scores; as pasted from Word, they are fixed figures.
    await own.getByRole("tab", { name: vi.ui.tabs.actions }).click();
    await own.getByRole("button", { name: vi.ui.actions.apply, exact: true }).click();
    await own.getByText(vi.ui.actions.done, { exact: true }).waitFor();
    await own.getByRole("tab", { name: vi.ui.tabs.overview }).click();
    await own.getByText(expectedHeadline("vi", computed.score).total).waitFor();

    // A criterion below its maximum, one whose maximum has a decimal part if there is one.
    const below = expected.criteria.filter((c) => c.leaf && c.belowMax);
    const criterion = below.find((c) => !Number.isInteger(c.max)) ?? below[0];
    const [max, score] = [criterion.max!, criterion.score!];
    const typed = displayText(max, "General", REGIONAL_SEPARATORS);
    const address = `D${await rowOfCode(criterion.code, own)}`;

    await own.getByRole("tab", { name: PLAN_SHEET }).click();
    await own.locator(`td[data-address="${address}"]`).dblclick();
    const editor = own.getByRole("textbox", { name: vi.playground.cell(address) });
    await editor.fill(typed);
    await editor.press("Enter");

    const after = expectedHeadline("vi", computed.score + (max - score), expected.pointsLost - (max - score));
    await own.getByText(after.total).waitFor();
    const lost = own.getByText(vi.ui.overview.lost, { exact: true });
    expect(await lost.evaluate((dt) => dt.nextElementSibling?.textContent)).toBe(after.lost);
    expect(await own.locator(`td[data-address="${address}"]`).textContent()).toBe(typed);
    await saveScreenshot(own, "07-edited");
  });
});
