/** Totals the pane and the command line show of an analysed plan: the table's total, issues, points lost and at stake. */
import { Plan, Severity, Unit } from "./model";
import { round3 } from "./numbers";

/** The total a reader is shown: the table's own where its total row states it, else the sum of the leaves. */
export function shownTotal(plan: Plan): { readonly score: number | null; readonly max: number | null } {
  const { stated, computed } = plan.total;
  return { score: stated?.score ?? computed.score, max: stated?.max ?? computed.max };
}

/** How many of the plan's issues have this severity. */
export function issueCount(plan: Plan, severity: Severity): number {
  return plan.issues.filter((i) => i.severity === severity).length;
}

/** Points lost over the whole table: the sum over the leaves. */
export function totalPointsLost(plan: Plan): number {
  return round3(plan.criteria.reduce((sum, c) => sum + (c.leaf ? c.pointsLost : 0), 0));
}

/**
 * The points a unit can win back: the points lost of every leaf it leads, itself or through a group it leads, each
 * leaf once (a unit that leads a group and one of its sub-criteria is not counted twice).
 */
export function pointsAtStake(plan: Plan, unit: Unit): number {
  const led = new Set(unit.lead);
  const parentOf = new Map(plan.criteria.map((c) => [c.row, c.parentRow]));
  const underLed = (row: number | null): boolean =>
    row !== null && (led.has(row) || underLed(parentOf.get(row) ?? null));
  return round3(plan.criteria.reduce((sum, c) => sum + (c.leaf && underLed(c.row) ? c.pointsLost : 0), 0));
}
