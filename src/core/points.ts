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
          issues.push(issue("warning", "guessed-number", where, field, { text: String(values[field]), value: cell.value }));
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

/** Sums of the leaves under each criterion (and of all leaves, for the total). */
export class LeafSums {
  private readonly sums: Record<PointField, number> = { max: 0, score: 0, target: 0 };
  private readonly counts: Record<PointField, number> = { max: 0, score: 0, target: 0 };

  add(points: Points): void {
    for (const f of POINT_FIELDS) {
      const v = points[f];
      if (v !== null) {
        this.sums[f] += v;
        this.counts[f]++;
      }
    }
  }

  addAll(other: LeafSums): void {
    for (const f of POINT_FIELDS) {
      this.sums[f] += other.sums[f];
      this.counts[f] += other.counts[f];
    }
  }

  points(): Points {
    const value = (f: PointField) => (this.counts[f] ? round3(this.sums[f]) : null);
    return { max: value("max"), score: value("score"), target: value("target") };
  }
}

/** Rounding tolerance: a stated subtotal within half a hundredth of its parts is only rounded. */
const ROUNDING = 0.005;

export type Agreement = "equal" | "rounding" | "mismatch";

export function compareStated(stated: number, computed: number): Agreement {
  const diff = Math.abs(round3(stated - computed));
  if (diff === 0) return "equal";
  return diff < ROUNDING ? "rounding" : "mismatch";
}
