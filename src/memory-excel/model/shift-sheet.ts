/**
 * Rows or columns of a sheet inserted or deleted, with everything Excel moves along: cells and their formatting and
 * hyperlinks, whole rows' (columns') formatting, heights (widths) and hiding, merged areas, conditional formats and
 * their rules, data validation, charts' sources, and every formula in the workbook that refers to the sheet.
 * Excel refuses to split a merged area (MergedRangeConflict) or to push non-blank cells off the sheet
 * (NonBlankCellOffSheet); print titles and frozen panes are not moved.
 */
import { cellCount, MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import { moveFormula, shiftFormula } from "../formula/shift-formula";
import { isEmptyCell } from "./cell";
import { type CellShift, firstKept, pushedOff, shiftCell, shiftIndex, shiftRect, splitBy } from "./cell-shift";
import type { ConditionalFormatModel, ConditionalFormatRule, SheetModel } from "./sheet";
import { sameSheetName } from "./sheet-name";

export function shiftSheet(sheets: readonly SheetModel[], sheet: SheetModel, shift: CellShift): void {
  if (sheet.merges.some((m) => splitBy(m, shift)))
    throw excelError("MergedRangeConflict", "The change would split a merged area.");
  for (const [key, cell] of sheet.cells) {
    const [row, column] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
    if (!isEmptyCell(cell) && pushedOff(row, column, shift))
      throw excelError("NonBlankCellOffSheet", "Cells with content would be pushed off the sheet.");
  }
  sheet.moveCells((row, column) => {
    const moved = shiftCell(row, column, shift);
    return moved && moved[0] < MAX_ROWS && moved[1] < MAX_COLUMNS ? moved : null;
  });
  shiftLayers(sheet, shift);
  for (const s of sheets) {
    const refersToShifted = (name: string | undefined) =>
      name === undefined ? s === sheet : sameSheetName(name, sheet.name);
    for (const cell of s.cells.values())
      if (cell.formula !== undefined) cell.formula = shiftFormula(cell.formula, shift, refersToShifted);
    s.conditionalFormats = s.conditionalFormats.flatMap((cf) => {
      if (s !== sheet) return [{ ...cf, rule: mapRule(cf.rule, (f) => shiftFormula(f, shift, refersToShifted)) }];
      return shiftedFormat(cf, shift, refersToShifted);
    });
  }
  const kept = <T extends { rect: Rect }>(items: readonly T[]) =>
    items.flatMap((item) => {
      const rect = shiftRect(item.rect, shift);
      return rect ? [{ ...item, rect }] : [];
    });
  sheet.dataValidations = kept(sheet.dataValidations);
  sheet.merges = sheet.merges.flatMap((m) => {
    const rect = shiftRect(m, shift);
    return rect && cellCount(rect) > 1 ? [rect] : [];
  });
  for (const chart of sheet.charts) {
    const rect = chart.source.sheet === sheet ? shiftRect(chart.source.rect, shift) : null;
    if (rect) chart.source = { ...chart.source, rect };
    for (const series of chart.series) {
      const x = series.xAxisValues;
      const moved = x?.sheet === sheet ? shiftRect(x.rect, shift) : null;
      if (x && moved) series.xAxisValues = { ...x, rect: moved };
    }
  }
}

/**
 * A conditional format's areas after the shift, and its rule as written for the new first area's top-left: the
 * rule of the first cell the shift keeps (the old top-left unless deleted), with its references then shifted.
 */
function shiftedFormat(
  cf: ConditionalFormatModel,
  shift: CellShift,
  refersToShifted: (name: string | undefined) => boolean,
): ConditionalFormatModel[] {
  const kept = cf.areas.flatMap((area) => {
    const rect = shiftRect(area, shift);
    const first = firstKept(area, shift);
    return rect && first ? [{ rect, first }] : [];
  });
  if (kept.length === 0) return [];
  const anchor = cf.areas[0];
  const [rows, columns] = [kept[0].first.row - anchor.top, kept[0].first.column - anchor.left];
  const rule = mapRule(cf.rule, (f) => shiftFormula(moveFormula(f, rows, columns), shift, refersToShifted));
  const [head, ...rest] = kept.map((k) => k.rect);
  return [{ ...cf, areas: [head, ...rest], rule }];
}

export function mapRule(rule: ConditionalFormatRule, map: (formula: string) => string): ConditionalFormatRule {
  const each = (f: string | undefined) => (f !== undefined && f.startsWith("=") ? map(f) : f);
  return { ...rule, formula: each(rule.formula), formula1: each(rule.formula1), formula2: each(rule.formula2) };
}

/** Whole rows' (columns') formatting, heights (widths) and hiding move with entire rows (columns). */
function shiftLayers(sheet: SheetModel, shift: CellShift): void {
  const entire = shift.band.from === 0 && shift.band.to === (shift.axis === "rows" ? MAX_COLUMNS : MAX_ROWS) - 1;
  if (!entire) return;
  const moveKeys = <T>(map: Map<number, T>) => {
    const entries = [...map];
    map.clear();
    for (const [i, v] of entries) {
      const to = shiftIndex(i, shift);
      if (to !== null) map.set(to, v);
    }
  };
  const moveSet = (set: Set<number>) => {
    const items = [...set];
    set.clear();
    for (const i of items) {
      const to = shiftIndex(i, shift);
      if (to !== null) set.add(to);
    }
  };
  if (shift.axis === "rows") {
    moveKeys(sheet.rowStyles);
    moveKeys(sheet.rowHeights);
    moveSet(sheet.hiddenRows);
  } else {
    moveKeys(sheet.columnStyles);
    moveKeys(sheet.columnWidths);
    moveSet(sheet.hiddenColumns);
  }
}
