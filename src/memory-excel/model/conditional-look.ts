/** What a cell's conditional formats make of it, as Excel draws it. Only Custom (formula) rules are evaluated. */
import { holdsCell } from "../address";
import type { Recalc } from "../formula/recalc";
import type { ConditionalFormatLook, SheetModel } from "./sheet";

/**
 * The look the conditional formats give one cell; null for what none of them sets. Rules are taken in
 * priority order and the first true one sets each property; a true rule with stopIfTrue ends the search.
 * A rule is true when its formula, shifted from the first area's top-left cell to this cell, gives TRUE or a
 * non-zero number (an error is not true).
 */
export function conditionalLookAt(
  recalc: Recalc,
  sheet: SheetModel,
  row: number,
  column: number,
): ConditionalFormatLook {
  let look: ConditionalFormatLook = { fill: null, fontColor: null, bold: null, italic: null };
  for (const cf of sheet.conditionalFormats) {
    if (!cf.areas.some((area) => holdsCell(area, row, column))) continue;
    if (cf.type !== "Custom" || cf.rule.formula === undefined) continue;
    const [anchor] = cf.areas;
    const result = recalc.valueOfShifted(sheet, cf.rule.formula, row - anchor.top, column - anchor.left);
    if (result !== true && (typeof result !== "number" || result === 0)) continue;
    look = {
      fill: look.fill ?? cf.look.fill,
      fontColor: look.fontColor ?? cf.look.fontColor,
      bold: look.bold ?? cf.look.bold,
      italic: look.italic ?? cf.look.italic,
    };
    if (cf.stopIfTrue) break;
  }
  return look;
}
