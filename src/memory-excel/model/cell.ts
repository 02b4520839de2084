/** What one cell holds. */
import type { StylePatch } from "./style";

/** An Excel error value such as #DIV/0!. */
export class FormulaError {
  constructor(readonly code: string) {}
}

export type Constant = string | number | boolean;
/** A cell's value as Excel computes it; null for an empty cell. */
export type CellValue = Constant | FormulaError | null;

export interface CellRecord {
  /** The constant, when the cell holds no formula: an error value typed as one (#N/A) is one too. */
  value?: Constant | FormulaError;
  /** The formula text, starting with "=". */
  formula?: string;
  /** Formatting set on this cell; missing keys come from its row, then its column. */
  style?: StylePatch;
}

export function isEmptyCell(cell: CellRecord): boolean {
  return cell.value === undefined && cell.formula === undefined;
}
