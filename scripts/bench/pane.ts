/**
 * The pane's figures: what it costs to download, and how soon it shows the overview of the sample plan in
 * headless chromium (the playground page: the pane over the in-memory Excel).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { launchOffline } from "../../tests/e2e/browser";
import { expectedHeadline, playgroundUrl } from "../../tests/e2e/sample";
import { median, round } from "./measure";

/** Compiled under build/bench, where dist-server.js (plain JavaScript) is not copied: load it from the repository. */
const ROOT = path.join(__dirname, "..", "..", "..", "..");
const distServer = require(path.join(ROOT, "scripts", "dist-server.js")) as typeof import("../dist-server");

const LOADS = 5;

/** Total gzip size (level 9) of the JavaScript dist/taskpane.html loads. */
function taskpaneGzipBytes(): number {
  return distServer
    .pageScripts("taskpane.html")
    .reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
}

/** Records, in the page, the performance.now() at which the text first appears in the document. */
function markWhenShown(text: string): void {
  const w = window as unknown as { shownAt?: number };
  const observer = new MutationObserver(() => {
    if (document.body?.textContent?.includes(text)) {
      w.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Median ms from navigation start to the overview's total being in the page, over LOADS loads after a warm-up. */
async function overviewMs(origin: string): Promise<number> {
  const browser = await launchOffline("vi-VN");
  try {
    const total = expectedHeadline("vi").total;
    const times: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await browser.newPage();
      await page.addInitScript(markWhenShown, total);
      await page.goto(playgroundUrl(origin));
      const shownAt = await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt);
      if (i > 0) times.push((await shownAt.jsonValue()) as number);
      await page.close();
    }
    return round(median(times));
  } finally {
    await browser.close();
  }
}

export async function benchPane(): Promise<{ taskpaneGzipBytes: number; overviewMs: number }> {
  distServer.ensureBuild();
  const served = await distServer.serveDist();
  try {
    return { taskpaneGzipBytes: taskpaneGzipBytes(), overviewMs: await overviewMs(served.origin) };
  } finally {
    await served.close();
  }
}
