import * as fs from "fs";
import { SAMPLE_JSON, samplePlanJson } from "../../scripts/sample-plan";
import { MemoryWorkbook, SheetSpec } from "../../src/memory-excel";

describe("the playground's sample plan", () => {
  it("is exactly what scripts/make-sample.js makes from the pasted seed table", async () => {
    expect(fs.readFileSync(SAMPLE_JSON, "utf8")).toBe(await samplePlanJson());
  });

  it("opens in the in-memory Excel with both sheets and the table where the seed has it", () => {
    const specs = JSON.parse(fs.readFileSync(SAMPLE_JSON, "utf8")) as SheetSpec[];
    const wb = MemoryWorkbook.fromSheets(specs);
    expect(wb.sheetNames()).toEqual(["Phụ lục", "Ghi chú"]);
    expect(wb.cell("Phụ lục", "A7").value).toBe("STT");
    expect(wb.cell("Phụ lục", "C8").value).toBe(14);
  });
});
