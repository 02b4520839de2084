/**
 * Rows inserted or deleted after a run move the table: the cells the run changed are no longer at the rows the backup
 * names. Restore and Clear highlights must not write the saved originals (nor take colours off) where the user's
 * cells now are (issue 10: never change a user's cell without a way back). Each cell they leave is named, with why.
 */
import { cellAddress } from "../../src/core/cells";
import { highlightsOn, OPERATIONS, SkippedCell } from "../../src/core/edits";
import { installExcelGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { HEADER, Held, memoryOf, UserTable } from "./tables";

/** Domain scores typed (14) where the run writes =SUM, and a total row it sums. */
const TABLE: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", "Công tác chỉ đạo, điều hành", 6, 14, 6, null, null, null],
    ["1.1", "Kế hoạch CCHC", 3, 2, 3, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["1.2", "Báo cáo CCHC", 3, 2, 3, "Báo cáo đúng hạn", "Phòng Nội vụ", ""],
    ["2", "Cải cách thể chế", 4, 14, 4, null, null, null],
    ["2.1", "Văn bản quy phạm pháp luật", 4, 3, 4, "Rà soát văn bản", "Phòng Tư pháp", ""],
    ["Tổng cộng", null, 10, 30, 10, null, null, null],
  ],
  merges: [],
};
const SHEET = TABLE.sheet;
const AREA = { rows: 20, columns: 14 };

/** Every cell of the sheet's top-left part: a formula's text, else its value. */
function held(wb: MemoryWorkbook): Map<string, Held> {
  const formulas = wb.formulas(SHEET, `A1:${cellAddress(AREA.rows, AREA.columns)}`);
  const cells = new Map<string, Held>();
  formulas.forEach((line, r) =>
    line.forEach((v, c) => cells.set(cellAddress(r + 1, c + 1), v === "" ? null : (v as Held))),
  );
  return cells;
}

const differing = (a: ReadonlyMap<string, Held>, b: ReadonlyMap<string, Held>) =>
  [...a.keys()].filter((k) => a.get(k) !== b.get(k));

async function inExcel<T>(wb: MemoryWorkbook, act: (host: ReturnType<typeof createOfficeHost>) => Promise<T>) {
  const globals = installExcelGlobals(wb);
  try {
    return await act(createOfficeHost());
  } finally {
    globals.uninstall();
  }
}

/** The table before, the run (every operation), and the cells as the run left them. */
async function applied() {
  const wb = memoryOf(TABLE);
  const original = held(wb);
  const outcome = await inExcel(wb, (host) =>
    host.apply({ sheet: SHEET, operations: new Set(OPERATIONS), language: "vi", expectedGenerated: [] }),
  );
  const legend = highlightsOn(outcome.state, SHEET)!.legend;
  return { wb, original, afterRun: held(wb), written: differing(original, held(wb)), legend };
}

/** The user inserts or deletes entire rows, as Excel's Insert Sheet Rows and Delete Sheet Rows do. */
async function shiftRows(wb: MemoryWorkbook, address: string, how: "insert" | "delete"): Promise<void> {
  await run(wb, async (context) => {
    const rows = context.workbook.worksheets.getItem(SHEET).getRange(address);
    if (how === "insert") rows.insert("Down");
    else rows.delete("Up");
    await context.sync();
  });
}

const addressOf = (s: SkippedCell) => cellAddress(s.row, s.column);

/**
 * What Restore or Clear may change: only a cell that still held what the run wrote at that place, and only back to
 * what it held before the run. Every other cell is as the user left it.
 */
function expectOnlyOurCellsPutBack(
  run: { original: ReadonlyMap<string, Held>; afterRun: ReadonlyMap<string, Held> },
  beforeUndo: ReadonlyMap<string, Held>,
  afterUndo: ReadonlyMap<string, Held>,
): string[] {
  const changed = differing(beforeUndo, afterUndo);
  for (const a of changed) {
    expect({ cell: a, held: beforeUndo.get(a) }).toEqual({ cell: a, held: run.afterRun.get(a) });
    expect({ cell: a, now: afterUndo.get(a) }).toEqual({ cell: a, now: run.original.get(a) });
  }
  return changed;
}

describe("Restore after rows were inserted or deleted around the table", () => {
  it("a row inserted above: writes nothing over the moved table, and names every cell it left", async () => {
    const ran = await applied();
    await shiftRows(ran.wb, "1:1", "insert");
    const beforeUndo = held(ran.wb);
    // The header is now in row 2, where the first domain was; its typed 14 was replaced by our SUM, now in D3.
    expect(beforeUndo.get("A2")).toBe("STT");
    expect(beforeUndo.get("D3")).toMatch(/^=SUM\(/);

    const { skipped } = await inExcel(ran.wb, (host) => host.restore(SHEET));
    const afterUndo = held(ran.wb);
    expect(expectOnlyOurCellsPutBack(ran, beforeUndo, afterUndo)).toEqual([]);
    // The header row keeps its header; every cell the run wrote is named, as changed since.
    expect(afterUndo.get("D2")).toBe("Điểm năm 2024");
    expect(skipped.map(addressOf).sort()).toEqual([...ran.written].sort());
    expect(new Set(skipped.map((s) => s.kind))).toEqual(new Set(["changed"]));
  });

  it("rows deleted inside the table: puts back only what is still ours where it was, and names the rest", async () => {
    const ran = await applied();
    // Row 3 (criterion 1.1) goes: the rows below it move up, and the SUMs over it shrink.
    await shiftRows(ran.wb, "3:3", "delete");
    const beforeUndo = held(ran.wb);

    const { skipped } = await inExcel(ran.wb, (host) => host.restore(SHEET));
    const afterUndo = held(ran.wb);
    const putBack = expectOnlyOurCellsPutBack(ran, beforeUndo, afterUndo);
    // The legend's first two cells, above the deleted row, were still ours; nothing below row 2 was.
    expect(putBack.sort()).toEqual([
      cellAddress(ran.legend.top, ran.legend.left),
      cellAddress(ran.legend.top + 1, ran.legend.left),
    ]);
    expect([...putBack, ...skipped.map(addressOf)].sort()).toEqual([...ran.written].sort());
    // What stays in the backup is named again by a later Restore, and still not written.
    const again = await inExcel(ran.wb, (host) => host.restore(SHEET));
    expect(held(ran.wb)).toEqual(afterUndo);
    expect(again.skipped).toEqual(skipped);
  });
});

describe("Clear highlights after rows were deleted above the legend's last cells", () => {
  it("leaves the user's note that moved into the legend's place, its text and its fill", async () => {
    const ran = await applied();
    const { top, bottom, left } = ran.legend;
    // The user writes a note below the legend, in yellow, then deletes rows 2 and 3: the note moves up into the
    // legend's last row.
    const note = cellAddress(bottom + 2, left);
    ran.wb.editByUser(SHEET, note, "Ghi chú của tôi");
    ran.wb.formatByUser(SHEET, note, { fill: "#FFFF00" });
    await shiftRows(ran.wb, "2:3", "delete");
    const moved = cellAddress(bottom, left);
    expect(ran.wb.cell(SHEET, moved).value).toBe("Ghi chú của tôi");
    const beforeUndo = held(ran.wb);

    const { skipped } = await inExcel(ran.wb, (host) => host.clearHighlights(SHEET));
    const afterUndo = held(ran.wb);
    expect(ran.wb.cell(SHEET, moved)).toMatchObject({ value: "Ghi chú của tôi", fill: "#FFFF00" });
    // The legend's first row did not move: it is put back (it was empty) and loses its bold; the rest is named.
    expect(expectOnlyOurCellsPutBack(ran, beforeUndo, afterUndo)).toEqual([cellAddress(top, left)]);
    expect(ran.wb.cell(SHEET, cellAddress(top, left)).bold).toBe(false);
    expect(skipped.map(addressOf).sort()).toEqual([1, 2, 3].map((i) => cellAddress(top + i, left)).sort());
  });

  it("rows inserted above: writes nothing and takes no colour off the cells now in the legend's place", async () => {
    const ran = await applied();
    const { top, bottom, left } = ran.legend;
    await shiftRows(ran.wb, "1:2", "insert");
    ran.wb.formatByUser(SHEET, cellAddress(top, left), { fill: "#FFFF00" });
    const beforeUndo = held(ran.wb);
    const { skipped } = await inExcel(ran.wb, (host) => host.clearHighlights(SHEET));
    expect(held(ran.wb)).toEqual(beforeUndo);
    expect(ran.wb.cell(SHEET, cellAddress(top, left)).fill).toBe("#FFFF00");
    // The legend's title, moved two rows down, keeps its bold: it is no longer in the place Clear knows.
    expect(ran.wb.cell(SHEET, cellAddress(top + 2, left)).bold).toBe(true);
    expect(skipped.map(addressOf).sort()).toEqual(
      Array.from({ length: bottom - top + 1 }, (_, i) => cellAddress(top + i, left)).sort(),
    );
  });
});
