/** The system's number separators, read only where the host has Application.cultureInfo (ExcelApi 1.11). */
import { queueSeparatorsRead } from "../../src/office/culture";
import type { Capabilities } from "../../src/office/requirements";

/** A context whose cultureInfo says "," for decimals and "." for groups, and counts what was loaded. */
function contextWithCulture() {
  const loaded: string[] = [];
  const numberFormat = {
    numberDecimalSeparator: ",",
    numberGroupSeparator: ".",
    load: (properties: string) => loaded.push(properties),
  };
  const context = { application: { cultureInfo: { numberFormat } } } as unknown as Excel.RequestContext;
  return { context, loaded };
}
const caps = (cultureInfo: boolean) => ({ cultureInfo }) as Capabilities;

describe("queueSeparatorsRead", () => {
  it("reads the separators where the host has cultureInfo", () => {
    const { context, loaded } = contextWithCulture();
    expect(queueSeparatorsRead(context, caps(true))()).toEqual({ decimal: ",", group: "." });
    expect(loaded).toEqual(["numberDecimalSeparator,numberGroupSeparator"]);
  });
  it("asks nothing of an older host and gives null", () => {
    const { context, loaded } = contextWithCulture();
    expect(queueSeparatorsRead(context, caps(false))()).toBeNull();
    expect(loaded).toEqual([]);
  });
});
