import * as fs from "fs";
import { pageScripts } from "../../scripts/dist-server";
import { messagesFor } from "../../src/i18n";
import { saveScreenshot } from "./browser";
import { servedInChromium } from "./served";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const notInExcel = messagesFor("vi").ui.errors.notInExcel;

const served = servedInChromium();

describe("the built task pane opened outside Excel", () => {
  it("says it must be opened in Excel when office.js cannot be loaded (offline)", async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByText(notInExcel.title).waitFor();
    expect(await page.getByText(notInExcel.body).isVisible()).toBe(true);
    await saveScreenshot(page, "10-taskpane-offline");
    await page.close();
  });

  it("says so too when office.js loads but there is no Excel (a browser tab)", async () => {
    const page = await served.browser.newPage();
    // What office.js does in a plain browser tab: onReady resolves with no host, and `Excel` stays undefined.
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };",
      }),
    );
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByText(notInExcel.title).waitFor();
    await saveScreenshot(page, "11-taskpane-browser-tab");
    await page.close();
  });
});

describe("the built task pane's scripts", () => {
  /** Words only the in-memory Excel says: found in the playground's scripts, they must be absent from the pane's. */
  const memoryExcel = /A workbook must contain at least one visible worksheet/;
  const text = (page: string) => pageScripts(page).map((file) => fs.readFileSync(file, "utf8"));

  it("leave out the in-memory Excel, which only the playground carries", () => {
    expect(text("playground.html").some((js) => memoryExcel.test(js))).toBe(true);
    expect(text("taskpane.html").filter((js) => memoryExcel.test(js))).toEqual([]);
  });
});
