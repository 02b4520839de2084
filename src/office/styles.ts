import { DATE_FORMAT, HIGHLIGHT_COLORS, HighlightColors, HighlightKind, Style } from "../core/edits";

/** How each style of a generated sheet looks in Excel. */
export function applyStyle(range: Excel.Range, style: Style, rows: number, columns: number): void {
  const f = range.format;
  const numberFormat = (format: string) => (range.numberFormat = matrix(rows, columns, format));
  switch (style) {
    case "title":
      f.font.bold = true;
      f.font.size = 14;
      return;
    case "subtitle":
      f.font.italic = true;
      return;
    case "section":
      f.font.bold = true;
      return;
    case "header":
      f.font.bold = true;
      f.fill.color = "#D9D9D9";
      f.wrapText = true;
      f.horizontalAlignment = "Center";
      f.verticalAlignment = "Center";
      borders(range);
      return;
    case "cell":
      f.wrapText = true;
      f.verticalAlignment = "Top";
      borders(range);
      return;
    case "number":
      // One decimal at least, up to three (2.0, 1.5, 14.494), as the command line writes: "0.###" shows 2 as "2.".
      numberFormat("0.0##");
      f.verticalAlignment = "Top";
      borders(range);
      return;
    case "percent":
      numberFormat("0.0%");
      f.verticalAlignment = "Top";
      borders(range);
      return;
    case "input":
      f.fill.color = "#FFF9E5";
      f.wrapText = true;
      f.verticalAlignment = "Top";
      borders(range);
      return;
    case "date":
      numberFormat(DATE_FORMAT);
      return;
    case "total":
      f.font.bold = true;
      return;
  }
}

function borders(range: Excel.Range): void {
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
  ] as const) {
    range.format.borders.getItem(edge).style = "Continuous";
  }
}

export function applyHighlightLook(
  format: Excel.ConditionalRangeFormat | Excel.RangeFormat,
  kind: HighlightKind,
): void {
  applyLook(format, HIGHLIGHT_COLORS[kind]);
}

export function applyLook(format: Excel.ConditionalRangeFormat | Excel.RangeFormat, colors: HighlightColors): void {
  format.fill.color = colors.fill;
  format.font.color = colors.font;
}

/** Office.js wants a value for every cell of the range. */
export function matrix<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
