/** `apply` on the seed tables: subtotal formulas, numbers, highlights and legend on the plan sheet, read back from OUT. */
import * as path from "path";
import ExcelJS from "exceljs";
import { columnLetters, columnNumber } from "../../src/core/cells";
import { HIGHLIGHT_COLORS, HighlightKind, LEGEND_KINDS } from "../../src/core/edits";
import { loadWorkbook } from "../../src/xlsx/load";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { apply, CLEAN, PASTED, rowsByCode, rowWithText, sheet, tempDir, variant, vi } from "./helpers";

const [MAX, SCORE, TARGET] = [3, 4, 5];
const FIELDS = { [MAX]: "max", [SCORE]: "score", [TARGET]: "target" } as const;

interface Refs {
  readonly letters: Set<string>;
  readonly rows: number[];
}

/** "SUM(C9:C13,C16)" -> column C, rows 9..13 and 16; null when the cell holds no SUM. */
function sumRefs(cell: ExcelJS.Cell): Refs | null {
  const body = /^SUM\((.*)\)$/.exec(cell.formula ?? "")?.[1];
  if (body === undefined) return null;
  const letters = new Set<string>();
  const rows: number[] = [];
  for (const part of body.split(",")) {
    const [from, to = from] = part.split(":").map((a) => /^([A-Z]+)(\d+)$/.exec(a)!);
    letters.add(from[1]).add(to[1]);
    for (let r = Number(from[2]); r <= Number(to[2]); r++) rows.push(r);
  }
  return { letters, rows };
}

/** What Excel will show in a cell of OUT: its number, or the sum its SUM formula makes. */
function evaluate(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): number {
  const refs = sumRefs(cell);
  if (refs) return refs.rows.reduce((s, r) => s + evaluate(ws, ws.getCell(r, columnNumber([...refs.letters][0]))), 0);
  if (typeof cell.value !== "number") throw new Error(`${cell.address} is not a number: ${JSON.stringify(cell.value)}`);
  return cell.value;
}

function expectLegendLine(cell: ExcelJS.Cell, label: string, kind: HighlightKind): void {
  expect(cell.value).toBe(label);
  expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${HIGHLIGHT_COLORS[kind].fill.slice(1)}`);
  expect(cell.font.color?.argb).toBe(`FF${HIGHLIGHT_COLORS[kind].font.slice(1)}`);
}

describe.each([
  ["gia-nghia-2024.pasted.xlsx", PASTED, "Phụ lục"],
  ["gia-nghia-2024.clean.xlsx", CLEAN, "Chỉ số CCHC 2024"],
])("apply on %s", (_name, file, sheetName) => {
  let input: ExcelJS.Worksheet;
  let out: ExcelJS.Worksheet;
  let rows: Map<string, number>;
  let totalRow: number;
  const rowOf = (code: string) => rows.get(code)!;

  beforeAll(async () => {
    input = sheet(await loadWorkbook(file), sheetName);
    out = sheet(await apply(file, path.join(tempDir(), "out.xlsx")), sheetName);
    rows = rowsByCode(input, 1);
    totalRow = rowWithText(input, 2, "Tổng") ?? rowWithText(input, 1, "Tổng")!;
  });

  it("puts in every group's point cells a SUM over exactly its children", () => {
    const groups = expected.criteria.filter((c) => !c.leaf);
    expect(groups.map((g) => g.code)).toContain("7.1"); // a criterion with sub-criteria, not only domains
    for (const group of groups) {
      const children = expected.criteria.filter((c) => c.parent === group.code).map((c) => rowOf(c.code));
      for (const column of [MAX, SCORE, TARGET]) {
        const refs = sumRefs(out.getCell(rowOf(group.code), column));
        expect({ code: group.code, letters: refs && [...refs.letters], rows: refs?.rows }).toEqual({
          code: group.code,
          letters: [columnLetters(column)],
          rows: children,
        });
      }
    }
  });

  it("sums the domains in the total row, and the sums come out as the analysis computed them", () => {
    const domains = expected.criteria.filter((c) => c.parent === null).map((c) => rowOf(c.code));
    for (const column of [MAX, SCORE, TARGET]) {
      expect(sumRefs(out.getCell(totalRow, column))?.rows).toEqual(domains);
      expect(evaluate(out, out.getCell(totalRow, column))).toBeCloseTo(expected.total.computed[FIELDS[column]], 6);
    }
    for (const group of expected.criteria.filter((c) => c.computed)) {
      expect(evaluate(out, out.getCell(rowOf(group.code), SCORE))).toBeCloseTo(group.computed!.score, 6);
    }
  });

  it("turns the leaves' numbers stored as text into numbers, and leaves the other cells alone", () => {
    let converted = 0;
    for (const leaf of expected.criteria.filter((c) => c.leaf)) {
      for (const column of [MAX, SCORE, TARGET]) {
        const before = input.getCell(rowOf(leaf.code), column).value;
        const after = out.getCell(rowOf(leaf.code), column).value;
        if (typeof before === "string") converted++;
        expect(after).toBe(leaf[FIELDS[column]]);
      }
    }
    // The pasted table types 45 of its leaves' points with a decimal comma ("1,5", "6,805"); the clean one none.
    expect(converted).toBe(file === PASTED ? 45 : 0);
    for (const column of [2, 6, 7, 8]) {
      for (const code of rows.keys())
        expect(out.getCell(rowOf(code), column).value).toEqual(input.getCell(rowOf(code), column).value);
    }
  });

  it("highlights the score and target columns of the body with conditional formats", () => {
    const first = rowOf(expected.criteria[0].code);
    const body = (column: number) => `${columnLetters(column)}${first}:${columnLetters(column)}${totalRow - 1}`;
    const formats = (out as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = formats.flatMap((cf) =>
      cf.rules.map((rule) => ({ ref: cf.ref, rule: rule as ExcelJS.ExpressionRuleType })),
    );
    expect(rules.map((r) => [r.ref, r.rule.type])).toEqual([
      [body(SCORE), "expression"],
      [body(SCORE), "expression"],
      [body(TARGET), "expression"],
    ]);
    const [s, m, t] = [SCORE, MAX, TARGET].map((c) => `$${columnLetters(c)}${first}`);
    const [zero, partial, target] = rules.map((r) => String(r.rule.formulae?.[0]));
    expect(zero).toContain(`${s}=0`);
    expect(partial).toContain(`${s}<${m}`);
    expect(target).toContain(`${t}>${m}`);
    expect(target).toContain(`${t}<${s}`);
    LEGEND_KINDS.forEach((kind, i) => {
      const style = rules[i].rule.style!;
      expect((style.fill as ExcelJS.FillPattern).bgColor?.argb).toBe(`FF${HIGHLIGHT_COLORS[kind].fill.slice(1)}`);
      expect(style.font?.color?.argb).toBe(`FF${HIGHLIGHT_COLORS[kind].font.slice(1)}`);
    });
  });

  it("writes a legend one empty column right of the table, in the highlights' colours", () => {
    const headerRow = expected.header[file === PASTED ? "pasted" : "clean"];
    const column = [...Array(30).keys()]
      .map((i) => i + 1)
      .find((c) => out.getCell(headerRow, c).value === vi.sheets.legendTitle)!;
    expect(column).toBe(input.columnCount + 2);
    for (let r = 1; r <= out.rowCount; r++) expect(out.getCell(r, column - 1).value).toBeNull();
    expect(out.getCell(headerRow, column).font.bold).toBe(true);
    const labels = [vi.sheets.legendZero, vi.sheets.legendPartial, vi.sheets.legendTarget];
    LEGEND_KINDS.forEach((kind, i) => expectLegendLine(out.getCell(headerRow + 1 + i, column), labels[i], kind));
  });
});

describe("apply on a table with a formula filled down over a group's cell", () => {
  it("keeps the formula of every cell below, and puts the SUM in the group's cell", async () => {
    const dir = tempDir();
    let rows = new Map<string, number>();
    // "Target = max", filled down from domain 1: its first cell holds the shared formula the others copy.
    const file = await variant(CLEAN, path.join(dir, "filled.xlsx"), (wb) => {
      const ws = wb.worksheets[0];
      rows = rowsByCode(ws, 1);
      const [first, last] = [rows.get("1")!, rows.get("8.5")!];
      const master = `E${first}`;
      ws.getCell(master).value = {
        formula: `C${first}`,
        result: 14,
        shareType: "shared",
        ref: `${master}:E${last}`,
      } as ExcelJS.CellValue;
      for (let r = first + 1; r <= last; r++)
        ws.getCell(r, TARGET).value = { sharedFormula: master, result: 0 } as ExcelJS.CellValue;
    });
    const out = (await apply(file, path.join(dir, "out.xlsx"))).worksheets[0];
    expect(sumRefs(out.getCell(rows.get("1")!, TARGET))?.rows).toEqual(
      ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"].map((c) => rows.get(c)),
    );
    for (const code of ["1.1", "1.7", "2.1", "8.5"])
      expect(out.getCell(rows.get(code)!, TARGET).formula).toBe(`C${rows.get(code)}`);
  });
});

describe("apply on a sheet whose empty cells beside the table look like the table's", () => {
  it("colours the legend's cells and no other cell of that look", async () => {
    const dir = tempDir();
    const thin = { style: "thin" } as const;
    const look: Partial<ExcelJS.Style> = {
      font: { name: "Times New Roman", size: 13 },
      border: { top: thin, left: thin, bottom: thin, right: thin },
    };
    let body = "";
    // A criterion's name cell and bordered empty columns right of the table, as a paste from Word
    // leaves them: ExcelJS reads every cell of one look as one shared style object.
    const file = await variant(CLEAN, path.join(dir, "bordered.xlsx"), (wb) => {
      const ws = wb.worksheets[0];
      const [width, height] = [ws.columnCount, ws.rowCount];
      body = `B${rowsByCode(ws, 1).get("1.1")}`;
      ws.getCell(body).style = look;
      for (let r = 1; r <= height; r++) for (let c = width + 1; c <= width + 4; c++) ws.getCell(r, c).style = look;
    });
    const read = (await loadWorkbook(file)).worksheets[0].getCell(body).style;
    expect(read.border).toMatchObject(look.border!);
    const out = (await apply(file, path.join(dir, "out.xlsx"))).worksheets[0];
    expect(out.getCell(body).style).toEqual(read);
    const top = expected.header.clean;
    const column = [...Array(30).keys()].find((c) => out.getCell(top, c + 1).value === vi.sheets.legendTitle)! + 1;
    expect(out.getCell(top, column).font).toEqual({ ...read.font, bold: true });
    const labels = [vi.sheets.legendZero, vi.sheets.legendPartial, vi.sheets.legendTarget];
    LEGEND_KINDS.forEach((kind, i) => {
      expectLegendLine(out.getCell(top + 1 + i, column), labels[i], kind);
      expect(out.getCell(top + 1 + i, column).border).toEqual(read.border);
    });
    expect(out.getCell(top + 4, column).style).toEqual(read);
  });
});
