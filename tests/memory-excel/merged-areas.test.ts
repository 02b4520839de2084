/** Range.getMergedAreasOrNullObject as Excel answers it (OfficeDev/office-js#3611). */
import { MemoryWorkbook, run } from "../../src/memory-excel";

async function mergedAreas(wb: MemoryWorkbook, address: string): Promise<string[] | null> {
  return run(wb, async (context) => {
    const areas = context.workbook.worksheets.getItem("S").getRange(address).getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    await context.sync();
    return areas.isNullObject ? null : areas.areas.items.map((a) => a.address);
  });
}

describe("merged areas of a range", () => {
  const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [["a"]], merges: ["B2:D3", "A5:A8"] }]);

  it("lists the merges whose top-left cell lies in the range", async () => {
    expect(await mergedAreas(wb, "A1:E10")).toEqual(["S!B2:D3", "S!A5:A8"]);
    expect(await mergedAreas(wb, "B2:B2")).toEqual(["S!B2:D3"]);
  });

  it("leaves out a merge that starts above or left of the range, though it overlaps it", async () => {
    expect(await mergedAreas(wb, "C3:E10")).toEqual(null);
    expect(await mergedAreas(wb, "A6:B10")).toEqual(null);
  });
});
