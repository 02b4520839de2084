import * as fs from "fs";
import type { Page } from "playwright-core";
import { messagesFor } from "../../src/i18n";
import { saveScreenshot } from "./browser";
import { expectedHeadline, playgroundUrl } from "./sample";
import { servedInChromium } from "./served";

/** Served from this machine so that the page's Content-Security-Policy ('self' scripts only) still holds. */
const AXE_PATH = "/__axe.min.js";
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly html: string }[];
}

const served = servedInChromium();
let page: Page;

beforeAll(async () => {
  page = await served.browser.newPage();
  await page.route(`${served.origin}${AXE_PATH}`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: AXE_SOURCE }),
  );
  await page.goto(playgroundUrl(served.origin));
  await page.getByText(expectedHeadline("vi").total).waitFor();
  await page.addScriptTag({ url: `${served.origin}${AXE_PATH}` });
});

/**
 * Fluent's focus management (tabster) puts focusable, aria-hidden <i data-tabster-dummy> elements around some
 * components: they only pass focus on, and screen readers must not announce them. axe reports them under
 * aria-hidden-focus; tabster and Accessibility Insights treat that as a known false positive (tabster issue 288).
 */
function isFocusRedirect(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** axe-core's serious and critical violations inside one part of the page (the pane by default), one line each. */
async function seriousViolationsIn(part = ".pane"): Promise<string[]> {
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run({ include: [[selector]] }, { resultTypes: ["violations"] });
    return result.violations;
  }, part);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isFocusRedirect(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.html).join(" ")}`);
}

describe("the pane, checked with axe-core", () => {
  const tabs = messagesFor("vi").ui.tabs;

  it.each(Object.entries(tabs))("has no serious or critical violation on the %s view", async (view, name) => {
    await page.getByRole("tab", { name, exact: true }).click();
    await page.locator(`#panel-${view}`).waitFor();
    await saveScreenshot(page, `20-axe-${view}`);
    expect(await seriousViolationsIn()).toEqual([]);
  });
});

describe("the playground's workbook, checked with axe-core", () => {
  it("has no serious or critical violation, with a cell's editor open too", async () => {
    expect(await seriousViolationsIn(".workbook")).toEqual([]);
    await page.locator('td[data-address="C9"]').dblclick();
    await page.getByRole("textbox", { name: messagesFor("vi").playground.cell("C9") }).waitFor();
    expect(await seriousViolationsIn(".workbook")).toEqual([]);
    await page.keyboard.press("Escape");
  });
});
