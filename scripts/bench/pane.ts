/**
 * The pane's figures: what it costs to download, and how soon it shows the overview of the sample plan in
 * headless chromium (the playground page: the pane over the in-memory Excel).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Page } from "playwright-core";
import { launchOffline, OfflineBrowser } from "../../tests/e2e/browser";
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

/** The performance marks markWhenShown leaves, for the trace. */
const SHOWN_MARK = "overview-shown";
const PAINTED_MARK = "overview-painted";

/**
 * Records, in the page, the performance.now() at which the text first appears in the document, and then the end of
 * the first frame drawn after it (a task posted from that frame's animation callback runs once the frame is drawn),
 * each with a mark; says so on the console when both are known.
 */
function markWhenShown({
  text,
  shown,
  painted,
}: {
  readonly text: string;
  readonly shown: string;
  readonly painted: string;
}): void {
  const w = window as unknown as { shownAt?: number; paintedAt?: number };
  const observer = new MutationObserver(() => {
    if (!document.body?.textContent?.includes(text)) return;
    w.shownAt = performance.now();
    performance.mark(shown);
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.paintedAt = performance.now();
        performance.mark(painted);
        console.log(painted);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The medians of what `measure` gives of LOADS loads of the playground after a warm-up, in a fresh chromium. */
async function medianOfLoads<Key extends string>(
  measure: (page: Page) => Promise<Record<Key, number>>,
): Promise<Record<Key, number>> {
  const browser: OfflineBrowser = await launchOffline("vi-VN");
  try {
    const loads: Record<Key, number>[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await browser.newPage();
      await page.addInitScript(markWhenShown, {
        text: expectedHeadline("vi").total,
        shown: SHOWN_MARK,
        painted: PAINTED_MARK,
      });
      const figures = await measure(page);
      if (i > 0) loads.push(figures);
      await page.close();
    }
    const keys = Object.keys(loads[0]) as Key[];
    return Object.fromEntries(keys.map((key) => [key, round(median(loads.map((l) => l[key])))])) as Record<Key, number>;
  } finally {
    await browser.close();
  }
}

/**
 * Navigates to the playground; resolves with the page's performance.now() when the overview's total is in the page
 * and when the frame after it is drawn. The page says so on its console: waiting with page.waitForFunction would
 * run Playwright's own script in the page (7–9 ms of its main thread) while it loads.
 */
async function loadUntilShown(page: Page, origin: string): Promise<{ shownAt: number; paintedAt: number }> {
  const painted = page.waitForEvent("console", { predicate: (message) => message.text() === PAINTED_MARK });
  await page.goto(playgroundUrl(origin));
  await painted;
  return page.evaluate(() => {
    const w = window as unknown as { shownAt: number; paintedAt: number };
    return { shownAt: w.shownAt, paintedAt: w.paintedAt };
  });
}

/** Median ms from navigation start to the overview's total being in the page, and to the frame that draws it. */
const overviewMs = (origin: string) =>
  medianOfLoads(async (page) => {
    const { shownAt, paintedAt } = await loadUntilShown(page, origin);
    return { overviewMs: shownAt, overviewPaintedMs: paintedAt };
  });

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** CPU time of the thread, in µs. */
  readonly tdur?: number;
}

/**
 * Median CPU ms of the page's main thread from navigation start to the overview's total being in the page, and to
 * the frame that draws it, from chromium's trace (each top-level task's thread time). Unlike `overviewMs` it barely
 * moves with the machine's load: on a shared machine the wall time is mostly the queue for the CPU. Traced loads of
 * their own, since tracing slows a page down.
 */
const overviewMainThreadMs = (origin: string) =>
  medianOfLoads(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    // "toplevel" gives every task of the thread: the timeline's own events leave out the microtasks a task runs
    // after its script, where the pane's read and analysis ran when they began after the first paint.
    await cdp.send("Tracing.start", {
      categories: "toplevel,devtools.timeline,blink.user_timing",
      transferMode: "ReportEvents",
    });
    await loadUntilShown(page, origin);
    await cdp.send("Tracing.end");
    await complete;
    return {
      overviewMainThreadMs: mainThreadCpuMs(events, SHOWN_MARK),
      overviewPaintedMainThreadMs: mainThreadCpuMs(events, PAINTED_MARK),
    };
  });

/** The main thread's CPU ms from navigationStart to a mark: its top-level tasks' thread time. */
function mainThreadCpuMs(events: readonly TraceEvent[], markName: string): number {
  const mark = events.find((e) => e.name === markName);
  if (!mark) throw new Error(`The trace holds no ${markName} mark.`);
  const start = Math.max(
    0,
    ...events.filter((e) => e.name === "navigationStart" && e.pid === mark.pid && e.ts < mark.ts).map((e) => e.ts),
  );
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === "X" && e.ts >= start && e.ts < mark.ts)
    .sort((a, b) => a.ts - b.ts);
  let end = 0;
  let cpu = 0;
  for (const task of tasks) {
    if (task.ts < end) continue; // inside a task already counted
    cpu += task.tdur ?? 0;
    end = task.ts + (task.dur ?? 0);
  }
  return cpu / 1000;
}

export async function benchPane(): Promise<{
  paneFirstViewGzipBytes: number;
  taskpaneGzipBytes: number;
  unitFilesXlsxGzipBytes: number;
  overviewMs: number;
  overviewPaintedMs: number;
  overviewMainThreadMs: number;
  overviewPaintedMainThreadMs: number;
}> {
  distServer.ensureBuild();
  const served = await distServer.serveDist();
  try {
    return {
      ...paneGzipBytes(),
      ...(await overviewMs(served.origin)),
      ...(await overviewMainThreadMs(served.origin)),
    };
  } finally {
    await served.close();
  }
}
