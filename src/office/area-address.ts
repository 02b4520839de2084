/**
 * Addresses as Excel reports them (Range.address, a RangeAreas' areas) to 1-based areas: a cell or a rectangle
 * ("Sheet1!B2:D4"), whole columns ("Sheet1!B:D"), whole rows ("Sheet1!3:5"), and the whole sheet, which Excel
 * reports as every row ("Sheet1!1:1048576").
 */
import { CellArea } from "../core/cells";
import { areaOfReference } from "../core/formula-refs";

/** "Sheet1!B2:D4", "'My sheet'!B2", "B:D", "3:5" to a 1-based area; whole columns and rows reach the grid's edges. */
export function areaOfAddress(address: string): CellArea {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const area = areaOfReference(local);
  if (!area) throw new Error(`Not an address: ${address}`);
  return area;
}

/** The sheet an address names: "'My sheet'!A1" -> "My sheet". */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The cells two areas share, or null. */
export function intersectAreas(a: CellArea, b: CellArea): CellArea | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}
