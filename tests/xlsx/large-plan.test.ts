import type { CellValue } from "../../src/core/cells";
import { readWorkbookCells } from "../../src/xlsx/read";
import { buildLargePlanCells, buildLargePlanWorkbook } from "../fixtures/large-plan";

const isCode = (v: CellValue): boolean => typeof v === "string" && /^\d+(\.\d+)*\.?$/.test(v);

test.each([5, 100, 1000])("a %i-criterion plan has that many criterion rows between its header and its total", (n) => {
  const { values } = buildLargePlanCells(n);
  expect(values[0][0]).toBe("STT");
  expect(values[values.length - 1][1]).toBe("Tổng");
  expect(values.slice(1, -1).every((row) => isCode(row[0]))).toBe(true);
  expect(values.length - 2).toBe(n);
});

test("its domains' stated maxima add up to the total's", () => {
  const { values } = buildLargePlanCells(300);
  const domains = values.filter((row) => typeof row[0] === "string" && /^\d+\.$/.test(row[0]));
  expect(domains).toHaveLength(8);
  const sum = domains.reduce<number>((a, row) => a + Number(row[2]), 0);
  expect(values[values.length - 1][2]).toBeCloseTo(sum, 9);
});

test("the workbook holds the same cells as the in-memory plan", async () => {
  const buffer = await buildLargePlanWorkbook(1000).xlsx.writeBuffer();
  const [sheet] = await readWorkbookCells(Buffer.from(buffer));
  expect(sheet).toEqual(buildLargePlanCells(1000));
  expect(sheet.values.some((row) => typeof row[3] === "string" && row[3].includes(","))).toBe(true);
});
