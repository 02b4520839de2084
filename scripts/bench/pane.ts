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

const gzipBytes = (files: readonly string[]) =>
  files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);

/** The chunks of dist/ whose names match, as webpack.config.js and the lazy imports name them. */
function chunks(name: RegExp): string[] {
  const dist = path.join(ROOT, "dist");
  return fs
    .readdirSync(dist)
    .filter((f) => name.test(f))
    .map((f) => path.join(dist, f));
}

/** The chunks the pane loads later, when a view or a write first needs them. */
const laterChunks = () => chunks(/^(view|table|office)-[a-z-]+\.[0-9a-f]+\.js$/);
/** ExcelJS and the unit files' builder and reader, loaded only when the unit-files view makes or reads a file. */
const unitFilesXlsxChunk = () => chunks(/^unit-files-xlsx\.[0-9a-f]+\.js$/);

/**
 * Gzip sizes (level 9): what dist/taskpane.html loads before the overview shows, and the whole pane, its later
 * chunks included (the dark theme, loaded only under Office's dark themes, is left out of both).
 */
function paneGzipBytes(): {
  paneFirstViewGzipBytes: number;
  taskpaneGzipBytes: number;
  unitFilesXlsxGzipBytes: number;
} {
  const first = gzipBytes(distServer.pageScripts("taskpane.html"));
  return {
    paneFirstViewGzipBytes: first,
    taskpaneGzipBytes: first + gzipBytes(laterChunks()),
    unitFilesXlsxGzipBytes: gzipBytes(unitFilesXlsxChunk()),
  };
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

export async function benchPane(): Promise<{
  paneFirstViewGzipBytes: number;
  taskpaneGzipBytes: number;
  unitFilesXlsxGzipBytes: number;
  overviewMs: number;
}> {
  distServer.ensureBuild();
  const served = await distServer.serveDist();
  try {
    return { ...paneGzipBytes(), overviewMs: await overviewMs(served.origin) };
  } finally {
    await served.close();
  }
}
