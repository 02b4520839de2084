/** What the pane learns from Office before it starts, with office.js loaded (a stand-in global) and without it. */
import { displayLanguageTag, hasExcelApi, isOfficeDarkTheme, whenOfficeReady } from "../../src/office/environment";
import { detectCapabilities } from "../../src/office/requirements";

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as unknown as Globals;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

/** A host that supports ExcelApi 1.1 to 1.`minor`. */
function officeUpTo(minor: number, context: object = {}) {
  const isSetSupported = (name: string, version: string) =>
    name === "ExcelApi" && /^1\.\d+$/.test(version) && Number(version.split(".")[1]) <= minor;
  let ready: (() => void) | null = null;
  globals.Office = {
    context: { requirements: { isSetSupported }, displayLanguage: "vi-VN", ...context },
    onReady: (callback: () => void) => {
      ready = callback;
      return Promise.resolve();
    },
  };
  return { fireReady: () => ready?.() };
}

describe("without office.js", () => {
  it("takes the browser's language", () => {
    const navigator = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    Object.defineProperty(globalThis, "navigator", { value: { language: "en-GB" }, configurable: true });
    try {
      expect(displayLanguageTag()).toBe("en-GB");
    } finally {
      if (navigator) Object.defineProperty(globalThis, "navigator", navigator);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });
  it("starts at once, has no Excel API and no dark theme", () => {
    const start = jest.fn();
    whenOfficeReady(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(hasExcelApi()).toBe(false);
    expect(isOfficeDarkTheme()).toBe(false);
  });
});

describe("with office.js", () => {
  it("starts only once Office is ready", () => {
    const { fireReady } = officeUpTo(13);
    const start = jest.fn();
    whenOfficeReady(start);
    expect(start).not.toHaveBeenCalled();
    fireReady();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("reads Office's display language and theme", () => {
    officeUpTo(13, { officeTheme: { isDarkTheme: true } });
    expect(displayLanguageTag()).toBe("vi-VN");
    expect(isOfficeDarkTheme()).toBe(true);
    officeUpTo(13, { officeTheme: { isDarkTheme: false } });
    expect(isOfficeDarkTheme()).toBe(false);
    officeUpTo(13);
    expect(isOfficeDarkTheme()).toBe(false);
  });

  it("has no dark theme before Office gives its context", () => {
    globals.Office = { onReady: () => Promise.resolve() };
    expect(isOfficeDarkTheme()).toBe(false);
  });

  it("has the Excel API only where Excel defines it", () => {
    officeUpTo(13);
    expect(hasExcelApi()).toBe(false);
    globals.Excel = {};
    expect(hasExcelApi()).toBe(true);
  });

  it("detects each capability from the ExcelApi version it needs", () => {
    officeUpTo(8);
    expect(detectCapabilities()).toMatchObject({
      dataValidation: true,
      createWorkbook: true,
      pageLayout: false,
      cellProperties: false,
      selectedRanges: false,
      ruleAreas: false,
      cultureInfo: false,
      mergedAreas: false,
    });
    officeUpTo(11);
    expect(detectCapabilities()).toMatchObject({
      pageLayout: true,
      cellProperties: true,
      selectedRanges: true,
      ruleAreas: true,
      cultureInfo: true,
      mergedAreas: false,
    });
    officeUpTo(13);
    expect(detectCapabilities()).toMatchObject({ mergedAreas: true });
  });
});
