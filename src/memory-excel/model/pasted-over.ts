/**
 * Cells pasted over part of a conditional format's area, from cells without one: as with any formatting, the paste
 * replaces the format there, and the rule keeps the rest of its area, in several areas where that is no longer one
 * rectangle (excelribbon.tips.net T001143, "Stopping a Conditional Formatting Rule from Breaking into Smaller Ranges").
 */
import { intersect, type Rect } from "../address";
import { moveFormula } from "../formula/shift-formula";
import type { ConditionalFormatModel } from "./sheet";
import { mapRule } from "./shift-sheet";

/** The rectangle without the pasted cells: the rows above, the parts left and right of them, the rows below. */
function minus(area: Rect, pasted: Rect): Rect[] {
  const cut = intersect(area, pasted);
  if (!cut) return [area];
  const band = { ...area, top: cut.top, bottom: cut.bottom };
  const pieces = [
    area.top < cut.top && { ...area, bottom: cut.top - 1 },
    area.left < cut.left && { ...band, right: cut.left - 1 },
    cut.right < area.right && { ...band, left: cut.right + 1 },
    cut.bottom < area.bottom && { ...area, top: cut.bottom + 1 },
  ];
  return pieces.filter((p): p is Rect => p !== false);
}

/** The format without the pasted cells, its rule written for its new first area's top-left; null when none is left. */
export function pastedOver(cf: ConditionalFormatModel, pasted: Rect): ConditionalFormatModel | null {
  const [head, ...rest] = cf.areas.flatMap((area) => minus(area, pasted));
  if (!head) return null;
  const [anchor] = cf.areas;
  const rule = mapRule(cf.rule, (f) => moveFormula(f, head.top - anchor.top, head.left - anchor.left));
  return { ...cf, areas: [head, ...rest], rule };
}
