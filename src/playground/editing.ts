/** Typing into the playground's cells, read as Excel with Vietnamese regional settings reads what is typed. */
import type { Constant } from "../memory-excel/model/cell";
import { editingText, readNumber } from "../memory-excel/model/number-format";
import type { SheetModel } from "../memory-excel/model/sheet";
import { REGIONAL_SEPARATORS } from "./sheet-grid";

/** What the editor opens with: the cell's formula, or else its value written with the regional separators. */
export function editorText(sheet: SheetModel, row: number, column: number): string {
  const cell = sheet.cellAt(row, column);
  if (cell?.formula !== undefined) return cell.formula;
  return editingText(cell?.value ?? null, sheet.styleValue(row, column, "numberFormat"), REGIONAL_SEPARATORS);
}

/**
 * What was typed, as `MemoryWorkbook.editByUser` takes it: "" empties the cell, "=..." is a formula (English
 * syntax, "," between arguments, as Range.formulas), "1,5" and "1.234,5" are numbers, anything else is text. A cell
 * formatted as text ("@") keeps whatever is typed as text, as Excel does.
 */
export function typedInput(typed: string, textCell: boolean): Constant {
  if (typed === "" || textCell) return typed;
  if (typed.length > 1 && typed.startsWith("=")) return typed;
  const number = readNumber(typed, REGIONAL_SEPARATORS);
  if (number) return number.value;
  // editByUser reads strings with US settings ("1.5" a number, "- item" a formula): the apostrophe keeps text as
  // text, and is itself dropped; text typed with its own leading apostrophe keeps just that one, as in Excel.
  return typed.startsWith("'") ? typed : `'${typed}`;
}
