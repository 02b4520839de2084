/**
 * The summary's chart as LibreOffice Calc understands it: Calc opens what `apply` wrote and saves it again as .xlsx,
 * writing the chart from its own model. Same references, and the values Calc plotted are the domains' points.
 */
import * as path from "path";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { apply, PASTED, tempDir, vi } from "../xlsx-apply/helpers";
import {
  cachedLabels,
  cachedValues,
  chartedSheet,
  chartParts,
  Package,
  readPackage,
  seriesOf,
} from "../xlsx/package-parts";
import { convert } from "./libreoffice";

const SLOW = 180_000;

describe("apply's summary chart, opened and saved again by LibreOffice", () => {
  let ours: Package;
  let calc: Package;

  beforeAll(async () => {
    const out = path.join(tempDir(), "out.xlsx");
    await apply(PASTED, out);
    ours = await readPackage(out);
    calc = await readPackage(await convert(out, "xlsx"));
  }, SLOW);

  it("keeps one chart on the summary, its series referring to the same cells", async () => {
    const [chart] = chartParts(ours);
    const calcChart = chartParts(calc);
    expect(calcChart).toHaveLength(1);
    expect((await chartedSheet(calc, vi.sheets.summaryName)).charts).toEqual(calcChart);
    expect(await seriesOf(calc, calcChart[0])).toEqual(await seriesOf(ours, chart));
  });

  it("labels the bars with the domains' codes, as Calc read them from the summary", async () => {
    const codes = expected.criteria.filter((c) => c.parent === null).map((d) => d.code);
    expect(await cachedLabels(calc, chartParts(calc)[0])).toEqual([codes, codes]);
  });

  it("plots every domain's max and score, as Calc computed them from the table", async () => {
    const domains = expected.criteria.filter((c) => c.parent === null);
    const points = domains.map((d) => d.computed ?? { max: d.max!, score: d.score! });
    expect(await cachedValues(calc, chartParts(calc)[0])).toEqual([
      points.map((p) => expect.closeTo(p.max, 9)),
      points.map((p) => expect.closeTo(p.score, 9)),
    ]);
  });
});
