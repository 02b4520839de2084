/** Through the in-memory Excel: a generated sheet the user renamed is replaced in place, under the user's name. */
import { ALL, paneExpects, seedHostForEachTest, SHEET } from "./seed-host";
import { everything } from "./workbooks";

const HOME = "Phòng Nội vụ";
const RENAMED = "Nội vụ 2024";

const seed = seedHostForEachTest();
const lastSyncs = () => seed.globals.contexts[seed.globals.contexts.length - 1].syncCount;
/** A run, the pane expecting these generated sheets. */
const apply = (expectedGenerated: readonly string[]) =>
  seed.host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated });

async function renameSheet(from: string, to: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

/** First run; the user renames Phòng Nội vụ's sheet and the summary, and types a progress value there. */
async function runThenRename(): Promise<{ home: string; row: number; before: string[] }> {
  const first = await apply([]);
  const home = first.created.find((c) => c.unit === HOME)!.name;
  await renameSheet(home, RENAMED);
  await renameSheet(first.created.find((c) => c.kind === "summary")!.name, "TH 2025");
  const row = seed.wb.values(RENAMED).findIndex((r) => typeof r[0] === "number") + 1;
  seed.wb.editByUser(RENAMED, `K${row}`, "Đang làm 50%");
  return { home, row, before: seed.wb.sheetNames() };
}

describe("a generated sheet the user renamed", () => {
  it("is replaced where it is, under the user's name, with what the unit typed, in four syncs", async () => {
    const { home, row, before } = await runThenRename();
    const expected = await paneExpects(seed.host);
    expect(lastSyncs()).toBe(3);
    expect(expected).toEqual(expect.arrayContaining([RENAMED, "TH 2025"]));
    const again = await apply(expected);
    expect(lastSyncs()).toBe(4);
    expect(seed.wb.sheetNames()).toEqual(before);
    expect(seed.wb.sheetNames()).not.toContain(home);
    expect(seed.wb.cell(RENAMED, `K${row}`).value).toBe("Đang làm 50%");
    expect(seed.wb.cell(RENAMED, "A1").value).toBe("NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: PHÒNG NỘI VỤ");
    expect(again.created.find((c) => c.unit === HOME)!.name).toBe(RENAMED);
    expect(again.created.find((c) => c.kind === "summary")!.name).toBe("TH 2025");
    expect(seed.wb.charts("TH 2025")).toHaveLength(1);
  });

  it("stops a run that expected the old name (stale), changing nothing; the pane's next read finds it", async () => {
    const { home } = await runThenRename();
    const seen = everything(seed.wb);
    const old = (await paneExpects(seed.host)).map((n) => (n === RENAMED ? home : n));
    await expect(apply(old)).rejects.toMatchObject({ kind: "stale" });
    expect(everything(seed.wb)).toEqual(seen);
    const again = await apply(await paneExpects(seed.host));
    expect(again.created.find((c) => c.unit === HOME)!.name).toBe(RENAMED);
  });
});

describe("a generated sheet the user deleted", () => {
  it("is made again, and the others replaced, instead of the run failing", async () => {
    const first = await apply([]);
    const sheets = seed.wb.sheetNames();
    const home = first.created.find((c) => c.unit === HOME)!.name;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(home).delete();
      await context.sync();
    });
    const again = await apply(await paneExpects(seed.host));
    expect(lastSyncs()).toBe(4);
    expect(again.created.find((c) => c.unit === HOME)!.name).toBe(home);
    expect([...seed.wb.sheetNames()].sort()).toEqual([...sheets].sort());
  });
});
