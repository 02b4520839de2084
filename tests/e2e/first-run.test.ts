/** What a newcomer sees first: `npm start` where there is no desktop Excel, and the playground loading cleanly. */
import { spawn } from "child_process";
import * as path from "path";
import { playgroundUrl } from "./sample";
import { servedInChromium } from "./served";

const ROOT = path.join(__dirname, "..", "..");
const served = servedInChromium();

/** Runs scripts/start.js (as `npm start` does) until it has printed a line, then stops it. */
function startOutput(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (stdout.includes("\n")) child.kill();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", () => resolve({ stdout, stderr }));
  });
}

describe("the first run", () => {
  it("npm start prints the playground's address, and neither webpack's statistics nor the build's notes", async () => {
    // dist/ is up to date here (global setup): what start prints when it serves, in one line.
    const { stdout, stderr } = await startOutput();
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^[^\n]*open http:\/\/localhost:\d+\/playground\.html \(Ctrl\+C stops it\)\.\n$/);
  });

  it("the playground loads with no request failing, its favicon included", async () => {
    const page = await served.browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(playgroundUrl(served.origin));
    await page.waitForLoadState("networkidle");
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null);
    expect(icon).toBe(`${served.origin}/assets/icon-32.png`);
    expect((await page.request.get(icon as string)).status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });
});
