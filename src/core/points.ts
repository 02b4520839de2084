import { CellValue } from "./cells";
import { Issue, PointField, Points, POINT_FIELDS } from "./model";
import { readPoints, round3 } from "./numbers";
import { issue } from "./tree";

type Where = { row: number; code: string; level: number } | null;

/** Reads the max, score and target cells of one row, reporting what cannot be used as points. */
export function readRowPoints(
  values: Readonly<Record<PointField, CellValue>>,
  presentFields: ReadonlySet<PointField>,
  where: Where,
  requireValues: boolean,
  issues: Issue[],
): Points {
  const out: Record<PointField, number | null> = { max: null, score: null, target: null };
  for (const field of POINT_FIELDS) {
    if (!presentFields.has(field)) continue;
    const cell = readPoints(values[field]);
    switch (cell.kind) {
      case "number":
        out[field] = cell.value;
        if (cell.guessed) {
          issues.push(
            issue("warning", "guessed-number", where, field, { text: String(values[field]), value: cell.value }),
          );
        }
        break;
      case "date":
        issues.push(issue("error", "date-as-score", where, field));
        break;
      case "unreadable":
        issues.push(issue("error", "unreadable-number", where, field, { text: cell.text }));
        break;
      case "empty":
        if (requireValues) issues.push(issue("warning", "missing-value", where, field));
        break;
    }
  }
  return out;
}

/** Sums and counts of leaf points for a number of slots (one per criterion), without an object per slot. */
export class LeafSums {
  private readonly sums: Float64Array;
  private readonly counts: Uint32Array;

  constructor(slots: number) {
    this.sums = new Float64Array(slots * 3);
    this.counts = new Uint32Array(slots * 3);
  }

  add(slot: number, points: Points): void {
    POINT_FIELDS.forEach((f, k) => {
      const v = points[f];
      if (v !== null) {
        this.sums[slot * 3 + k] += v;
        this.counts[slot * 3 + k]++;
      }
    });
  }

  addInto(slot: number, from: number): void {
    for (let k = 0; k < 3; k++) {
      this.sums[slot * 3 + k] += this.sums[from * 3 + k];
      this.counts[slot * 3 + k] += this.counts[from * 3 + k];
    }
  }

  /** The sums, rounded to 3 decimals; null where no leaf had a value. */
  points(slot: number): Points {
    const value = (k: number) => (this.counts[slot * 3 + k] ? round3(this.sums[slot * 3 + k]) : null);
    return { max: value(0), score: value(1), target: value(2) };
  }
}

/**
 * Rounding tolerance: a stated subtotal within half a hundredth of its parts, bounds included, is only rounded
 * (parts adding up to 14.125 are 14.13 by Excel's ROUND(x; 2): 0.005 apart).
 */
const ROUNDING = 0.005;

export type Agreement = "equal" | "rounding" | "mismatch";

export function compareStated(stated: number, computed: number): Agreement {
  const diff = Math.abs(round3(stated - computed));
  if (diff === 0) return "equal";
  return diff <= ROUNDING ? "rounding" : "mismatch";
}
