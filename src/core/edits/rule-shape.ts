/**
 * What stays of a conditional format's formula when Excel shifts it. Inserting or deleting rows or columns moves
 * a rule's range and rewrites its formula, so the exact text the add-in wrote is lost; the shape stays: the
 * functions and operators as written, each reference replaced by which one it is (the first, the second, ...) and
 * where it has "$". A row inserted above the table turns "=AND(ISNUMBER($D8),$D8=0)" into
 * "=AND(ISNUMBER($D10),$D10=0)": the same shape. (A rule's range would tell more, but Office.js gives it only
 * through ConditionalFormat.getRange, one more sync after the rules are listed.)
 */
import { replaceReferences } from "../formula-refs";

export function ruleShape(formula: string): string {
  const seen: string[] = [];
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return replaceReferences(body, (local) => {
    const key = local.toUpperCase();
    if (!seen.includes(key)) seen.push(key);
    const anchoring = local.replace(/[A-Za-z]{1,3}/g, "C").replace(/\d+/g, "R");
    return `{${seen.indexOf(key)}:${anchoring}}`;
  });
}
