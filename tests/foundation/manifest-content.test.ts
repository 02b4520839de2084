/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";
import { DEV_ADDRESS } from "../../scripts/manifest-address";
import { readPng } from "./png";
import { REPO } from "./schema";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** Sizes Office expects for the store-listing icons. */
const LISTING_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

const doc = new DOMParser().parseFromString(
  fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8"),
  "application/xml",
);
const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const only = (found: Element[]) => {
  expect(found).toHaveLength(1);
  return found[0];
};
const one = (name: string) => only(all(name));
/** An element directly under <OfficeApp>: the add-in's listing rather than its ribbon. */
const listing = (name: string) => only(Array.from(doc.documentElement.children).filter((el) => el.localName === name));
const resources = (kind: string) => Array.from(doc.getElementsByTagNameNS(BT, kind));
const resourceById = (id: string) =>
  Array.from(doc.querySelectorAll("[id]")).find((el) => el.getAttribute("id") === id);

describe("manifest.xml", () => {
  it("parses as XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("is a task pane add-in for Excel workbooks with a fixed id", () => {
    expect(doc.documentElement.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(all("Host").filter((h) => h.getAttribute("Name") === "Workbook")).toHaveLength(1);
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("ProviderName").textContent?.trim()).not.toBe("");
  });

  it("speaks Vietnamese by default and English as an override, in the listing and on the ribbon", () => {
    expect(one("DefaultLocale").textContent).toBe("vi-VN");
    for (const name of ["DisplayName", "Description"]) {
      const element = listing(name);
      expect(element.getAttribute("DefaultValue")).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
      const overrides = Array.from(element.getElementsByTagName("Override"));
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
      expect(overrides[0].getAttribute("Value")).toMatch(/\w/);
    }
    const strings = [...resources("ShortStrings"), ...resources("LongStrings")].flatMap((list) =>
      Array.from(list.getElementsByTagNameNS(BT, "String")),
    );
    expect(strings.length).toBeGreaterThan(0);
    for (const string of strings) {
      const overrides = Array.from(string.getElementsByTagNameNS(BT, "Override"));
      expect([string.getAttribute("id"), overrides.map((o) => o.getAttribute("Locale"))]).toEqual([
        string.getAttribute("id"),
        ["en-US"],
      ]);
    }
  });

  it("asks for ExcelApi 1.7 and read-write access to the document", () => {
    const sets = all("Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.7"]]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("opens the task pane from a button in a group of its own on the Home tab", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0];
    expect(action.getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    const paneUrl = resourceById(action.getElementsByTagName("SourceLocation")[0].getAttribute("resid") ?? "");
    expect(paneUrl?.getAttribute("DefaultValue")).toBe(`${DEV_ADDRESS}/taskpane.html`);
    const functionFile = resourceById(one("FunctionFile").getAttribute("resid") ?? "");
    expect(functionFile?.getAttribute("DefaultValue")).toBe(`${DEV_ADDRESS}/commands.html`);
    expect(one("DefaultSettings").getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe(
      `${DEV_ADDRESS}/taskpane.html`,
    );
  });

  it("refers only to resources it defines (the schema does not check this)", () => {
    const referenced = Array.from(doc.querySelectorAll("[resid]")).map((el) => el.getAttribute("resid") ?? "");
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of referenced) expect([id, resourceById(id)?.localName]).toEqual([id, expect.any(String)]);
  });

  it("has every icon it names, as a valid PNG of the size it is used at", () => {
    const wanted = new Map<string, number>();
    for (const [name, size] of Object.entries(LISTING_ICON_SIZES))
      wanted.set(listing(name).getAttribute("DefaultValue") ?? "", size);
    for (const image of Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((i) => i.hasAttribute("size"))) {
      const url = resourceById(image.getAttribute("resid") ?? "")?.getAttribute("DefaultValue") ?? "";
      wanted.set(url, Number(image.getAttribute("size")));
    }
    expect(wanted.size).toBeGreaterThanOrEqual(4);
    for (const [url, size] of wanted) {
      expect(url.startsWith(`${DEV_ADDRESS}/assets/`)).toBe(true);
      const png = readPng(fs.readFileSync(path.join(REPO, url.slice(DEV_ADDRESS.length + 1))));
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });
});
