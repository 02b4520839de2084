/**
 * Debian's chromium, driven by playwright-core, offline: every request that does not go to this machine is
 * aborted. Shared by the browser tests and the pane benchmarks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface OfflineBrowser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes chromium and removes its profile. */
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** A fresh chromium with its own profile, in a language (e.g. "vi-VN") that the pages see as navigator.language. */
export async function launchOffline(locale = "vi-VN"): Promise<OfflineBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "par-index-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale,
    viewport: { width: 1400, height: 900 },
  });
  await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "e2e");

/** Saves a screenshot as a test artifact (test-artifacts/ is not committed): the full page, or one part of it. */
export async function saveScreenshot(page: Page, name: string, part?: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (part) await page.locator(part).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}
