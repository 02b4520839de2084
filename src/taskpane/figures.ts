/** Figures as the workbook writes them: its decimal and group separators, the same decimals for one quantity. */

export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

/** Scores carry at most three decimals (the engine rounds to thousandths). */
const MAX_DECIMALS = 3;

/** How many decimals a figure needs, at most three: 83.26 needs 2, 14 needs 0. */
function decimalsOf(n: number): number {
  const fixed = n.toFixed(MAX_DECIMALS).replace(/0+$/, "");
  return fixed.length - fixed.indexOf(".") - 1;
}

/** The decimals to write every figure of one quantity with, so that 83,260 and 16,739 sit side by side. */
export function sharedDecimals(values: readonly (number | null | undefined)[]): number {
  return Math.max(0, ...values.filter((v): v is number => typeof v === "number").map(decimalsOf));
}

/** "14,494" with Vietnamese separators, "1.234,5"; `decimals` fixes the count, else as many as the figure needs. */
export function formatFigure(n: number, separators: Separators, decimals = decimalsOf(n)): string {
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const sign = n < 0 && Number(n.toFixed(decimals)) !== 0 ? "-" : "";
  return sign + grouped + (fraction ? separators.decimal + fraction : "");
}
