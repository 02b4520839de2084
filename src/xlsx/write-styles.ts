/** The edit plan's few looks as ExcelJS fonts, fills, borders and number formats. */
import ExcelJS from "exceljs";
import { DATE_FORMAT, HighlightColors, Style, StyledArea } from "../core/edits";

type Look = Partial<Pick<ExcelJS.Style, "font" | "fill" | "border" | "alignment" | "numFmt" | "protection">>;

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };

/** "#FFC7CE" -> "FFFFC7CE": ExcelJS wants alpha first. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

const LOOKS: Readonly<Record<Style, Look>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true } },
  section: { font: { bold: true } },
  header: {
    font: { bold: true },
    fill: solidFill("#D9D9D9"),
    border: GRID,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  cell: { border: GRID, alignment: TOP_WRAPPED },
  // One decimal at least, up to three: 2.0, 1.5, 14.494.
  number: { border: GRID, numFmt: "0.0##", alignment: { vertical: "top" } },
  percent: { border: GRID, numFmt: "0.0%", alignment: { vertical: "top" } },
  // The unit fills these in: the only cells left open where the sheet is protected (a unit file).
  input: { border: GRID, fill: solidFill("#FFF9E5"), alignment: TOP_WRAPPED, protection: { locked: false } },
  date: { numFmt: DATE_FORMAT },
  total: { font: { bold: true } },
};

/** Sets the parts a look names and keeps the others, so "total" over "number" stays a bordered number. */
function over(base: Partial<ExcelJS.Style>, look: Look): Partial<ExcelJS.Style> {
  return { ...base, ...look, ...(look.font && { font: { ...base.font, ...look.font } }) };
}

/**
 * ExcelJS gives the cells it read with one look the same style object and remembers each
 * object's style id when writing: a cell therefore always gets a whole new object, never a
 * changed one (which would restyle its look-alikes), and cells that look alike share one
 * (which spares ExcelJS rendering every cell's style again).
 */
function restyle(cell: ExcelJS.Cell, look: Look): void {
  cell.style = over(cell.style, look);
}

/** Each cell's styles in the order the draft lists them, as one key: "number+total". */
function styleKeys(styles: readonly StyledArea[]): Map<number, string>[] {
  const rows: Map<number, string>[] = [];
  for (const { area, style } of styles) {
    for (let r = area.top; r <= area.bottom; r++) {
      const row = (rows[r] ??= new Map());
      for (let c = area.left; c <= area.right; c++) {
        const key = row.get(c);
        row.set(c, key === undefined ? style : `${key}+${style}`);
      }
    }
  }
  return rows;
}

/** Styles a generated sheet's cells; each combination of styles becomes one shared style object. */
export function applyStyles(ws: ExcelJS.Worksheet, styles: readonly StyledArea[]): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  const lookOf = (key: string) => {
    let look = shared.get(key);
    if (!look) {
      look = (key.split("+") as Style[]).reduce((style, name) => over(style, LOOKS[name]), {});
      shared.set(key, look);
    }
    return look;
  };
  styleKeys(styles).forEach((keys, r) => {
    const row = ws.getRow(r);
    for (const [c, key] of keys) row.getCell(c).style = lookOf(key);
  });
}

/** A legend cell shows the highlight it explains. */
export function applyHighlightLook(cell: ExcelJS.Cell, colors: HighlightColors): void {
  restyle(cell, { fill: solidFill(colors.fill), font: { color: { argb: argb(colors.font) } } });
}

export function applyBold(cell: ExcelJS.Cell): void {
  restyle(cell, LOOKS.section);
}
