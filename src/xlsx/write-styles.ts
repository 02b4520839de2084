/** The edit plan's few looks as ExcelJS fonts, fills, borders and number formats. */
import ExcelJS from "exceljs";
import { CellArea } from "../core/cells";
import { HighlightColors, Style, StyledArea } from "../core/edits";

type CellStyle = Partial<Pick<ExcelJS.Style, "font" | "fill" | "border" | "alignment" | "numFmt">>;

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

const STYLES: Readonly<Record<Style, CellStyle>> = {
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
  // The unit fills these in.
  input: { border: GRID, fill: solidFill("#FFF9E5"), alignment: TOP_WRAPPED },
  total: { font: { bold: true } },
};

/** Sets the parts a style names and keeps the others, so "total" over "number" stays a bordered number. */
function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) cell.font = { ...cell.font, ...style.font };
  if (style.fill) cell.fill = style.fill;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
}

function eachCell(ws: ExcelJS.Worksheet, area: CellArea, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) visit(ws.getCell(r, c));
  }
}

export function applyStyles(ws: ExcelJS.Worksheet, styles: readonly StyledArea[]): void {
  for (const { area, style } of styles) eachCell(ws, area, (cell) => applyCellStyle(cell, STYLES[style]));
}

/** A legend cell shows the highlight it explains. */
export function applyHighlightLook(cell: ExcelJS.Cell, colors: HighlightColors): void {
  applyCellStyle(cell, { fill: solidFill(colors.fill), font: { color: { argb: argb(colors.font) } } });
}

export function applyBold(cell: ExcelJS.Cell): void {
  applyCellStyle(cell, STYLES.section);
}
