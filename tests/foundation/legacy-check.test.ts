/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";
import { REPO } from "./schema";

const page = fs.readFileSync(path.join(REPO, "src", "taskpane", "taskpane.html"), "utf8");
const check = fs.readFileSync(path.join(REPO, "src", "taskpane", "legacy-check.js"), "utf8");

/** The task pane's markup with legacy-check.js run in it, under the given browser identity. */
function loadPane(userAgent: string): Document {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // Markup set through innerHTML does not run its scripts: only the check below runs, as the page would run it.
  document.documentElement.innerHTML = page.replace(/^[\s\S]*?<html[^>]*>/, "").replace(/<\/html>\s*$/, "");
  const script = document.createElement("script");
  script.textContent = check;
  document.body.appendChild(script);
  return document;
}

const message = (doc: Document) => (doc.getElementById("unsupported-host") as HTMLElement).style.display;

describe("legacy-check.js", () => {
  it.each([
    ["Excel 2016 (Internet Explorer 11)", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"],
    [
      "Excel 2019 (EdgeHTML)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
    ],
  ])("in %s shows which Excel versions are needed and keeps the app from starting", (_name, userAgent) => {
    const doc = loadPane(userAgent);
    expect(message(doc)).toBe("block");
    expect(doc.getElementById("root")).toBeNull();
    const text = doc.getElementById("unsupported-host")?.textContent ?? "";
    for (const version of ["Excel 2021", "LTSC 2024", "Microsoft 365", "Excel trên web", "Excel on the web"]) {
      expect(text).toContain(version);
    }
  });

  it.each([
    [
      "Microsoft 365 (Edge WebView2)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    ],
    [
      "Excel on the Mac (WebKit)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
    ],
  ])("in %s leaves the pane to the app", (_name, userAgent) => {
    const doc = loadPane(userAgent);
    expect(message(doc)).toBe("none");
    expect(doc.getElementById("root")).not.toBeNull();
  });
});
