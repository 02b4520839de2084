/**
 * `par-index apply`: what a user typed keeps its type and number format through a rerun (the assignment sheets'
 * progress, cell by cell over the whole sheet), and the table cells a run changes are backed up with theirs, so that
 * Restore in Excel gives them back as they were: a date in its own format, a boolean, an error value, a hyperlink,
 * a number's format.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { runApply } from "../../src/cli/apply-command";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { loadWorkbook } from "../../src/xlsx/load";
import { readState } from "../../src/xlsx/write";
import { PASTED, sheet, sheetTitled, tempDir, variant, vi } from "./helpers";

const TABLE = "Phụ lục";
const [DEADLINE, , RESULT, EVIDENCE] = INPUT_COLUMNS;

// Each case runs apply on the seed twice: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

let dir: string;
beforeAll(() => (dir = tempDir()));

async function applyTo(file: string, name: string): Promise<{ output: string; out: ExcelJS.Workbook }> {
  const output = path.join(dir, name);
  await runApply({ kind: "apply", file, output, language: "vi" });
  return { output, out: await loadWorkbook(output) };
}

/** Every cell of a sheet as ExcelJS holds it: value (a date as a Date, an error, a hyperlink), type and format. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell((cell) =>
      cells.set(cell.address, [cell.formula ? `=${cell.formula}` : cell.value, cell.type, cell.numFmt]),
    ),
  );
  return cells;
}

/** A number format on one cell: ExcelJS shares a style object among the cells it read alike. */
function formatAs(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

const DATE = new Date(Date.UTC(2024, 11, 31));
const typed: [number, ExcelJS.CellValue, string?][] = [
  [DEADLINE, DATE, "d mmm yyyy"],
  [RESULT, true],
  [EVIDENCE, { error: "#N/A" } as ExcelJS.CellErrorValue],
];

describe("what a unit typed into its assignment sheet", () => {
  it("keeps its type and number format through another apply, cell by cell", async () => {
    const { output } = await applyTo(PASTED, "once.xlsx");
    let home = "";
    const file = await variant(output, path.join(dir, "typed.xlsx"), (wb) => {
      const ws = sheetTitled(wb, vi.sheets.assignmentTitle("Phòng Nội vụ"))[0];
      home = ws.name;
      let rows = 0;
      ws.eachRow((row, r) => {
        if (typeof row.getCell(1).value !== "number" || rows++ > 0) return;
        for (const [column, value, format] of typed) {
          const target = ws.getCell(r, column);
          target.value = value;
          if (format) formatAs(target, format);
        }
        ws.getCell(r + 1, RESULT).value = 0.25;
        formatAs(ws.getCell(r + 1, RESULT), "0.0%");
        ws.getCell(r + 1, EVIDENCE).value = { text: "Biên bản", hyperlink: "https://example.gov.vn/bien-ban.pdf" };
      });
    });
    const before = cellsOf(sheet(await loadWorkbook(file), home));
    const { out } = await applyTo(file, "twice.xlsx");
    const after = cellsOf(sheet(out, home));
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
    expect([...before.values()].map((c) => (c as unknown[])[1])).toEqual(
      expect.arrayContaining([ExcelJS.ValueType.Date, ExcelJS.ValueType.Boolean, ExcelJS.ValueType.Error]),
    );
    expect([...before.values()].map((c) => (c as unknown[])[1])).toContain(ExcelJS.ValueType.Hyperlink);
  });
});

describe("the table's cells a run changes", () => {
  it("are backed up with their type and number format, for Restore", async () => {
    const { out: first } = await applyTo(PASTED, "first.xlsx");
    const sums = readState(first)
      .backups[0].cells.filter((b) => sheet(first, TABLE).getCell(b.row, b.column).formula?.startsWith("SUM("))
      .slice(0, 4);
    const file = await variant(PASTED, path.join(dir, "typed-table.xlsx"), (wb) => {
      const ws = sheet(wb, TABLE);
      const values: [ExcelJS.CellValue, string?][] = [
        [DATE, "d mmm yyyy"],
        [true],
        [{ error: "#N/A" } as ExcelJS.CellErrorValue],
        [1234.5, "#,##0.00"],
      ];
      sums.forEach((b, i) => {
        const target = ws.getCell(b.row, b.column);
        target.value = values[i][0];
        if (values[i][1]) formatAs(target, values[i][1]);
      });
    });
    const { out } = await applyTo(file, "typed-table.out.xlsx");
    const backup = new Map(readState(out).backups[0].cells.map((b) => [`${b.row}:${b.column}`, b.content]));
    expect(sums.map((b) => backup.get(`${b.row}:${b.column}`))).toEqual([
      { kind: "number", value: 45657, format: "d mmm yyyy" },
      { kind: "boolean", value: true },
      { kind: "error", code: "#N/A" },
      { kind: "number", value: 1234.5, format: "#,##0.00" },
    ]);
  });
});
