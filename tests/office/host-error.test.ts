/** Errors in words the pane can show: Excel's own code kept, a deleted sheet named. */
import { HostError, hostErrorOf } from "../../src/office/host-error";
import { requireListedSheet } from "../../src/office/sheet-list";

describe("hostErrorOf", () => {
  it("keeps Excel's code as the detail", () => {
    const error = hostErrorOf(Object.assign(new Error("The argument is invalid."), { code: "InvalidArgument" }));
    expect([error.kind, error.detail, error.message]).toEqual(["excel", "InvalidArgument", "excel: InvalidArgument"]);
  });
  it("calls AccessDenied a protected sheet", () => {
    expect(hostErrorOf({ code: "AccessDenied" }).kind).toBe("protected");
  });
  it("gives the error's text where Excel gave no code", () => {
    expect(hostErrorOf(new TypeError("boom")).detail).toBe("TypeError: boom");
  });
  it("gives what was thrown as the detail when it is no object: a text, null, undefined", () => {
    // A library may reject with a text, or with nothing: the pane still gets "Excel refused", never a TypeError.
    for (const [thrown, detail] of [
      ["The network is down", "The network is down"],
      [null, "null"],
      [undefined, "undefined"],
    ] as const) {
      const error = hostErrorOf(thrown);
      expect([error.kind, error.detail]).toEqual(["excel", detail]);
    }
  });
  it("leaves a HostError as it is; one without detail says its kind alone", () => {
    const error = new HostError("sheet-missing");
    expect(hostErrorOf(error)).toBe(error);
    expect([error.detail, error.message]).toEqual(["", "sheet-missing"]);
  });
});

describe("requireListedSheet", () => {
  const worksheets = { items: [{ name: "Phụ lục" }, { name: "Tổng hợp" }] } as unknown as Excel.WorksheetCollection;
  it("accepts a listed sheet and names the missing one", () => {
    expect(() => requireListedSheet(worksheets, "Tổng hợp")).not.toThrow();
    expect(() => requireListedSheet(worksheets, "Phụ lục (2)")).toThrow(new HostError("sheet-missing", "Phụ lục (2)"));
  });
});
