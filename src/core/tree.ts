import { RawCriterion } from "./body";
import { Issue, IssueKind, PointField, Severity } from "./model";

/** A criterion placed in the hierarchy. */
export interface Placed {
  readonly raw: RawCriterion;
  /** Hierarchical key: "II.1.2" for criterion 1.2 under Roman domain II. */
  readonly key: string;
  readonly level: number;
  readonly parentIndex: number | null;
  leaf: boolean;
}

export function issue(
  severity: Severity,
  kind: IssueKind,
  at: { row: number; code: string; level: number } | null,
  field: PointField | null,
  params: Record<string, string | number> = {},
): Issue {
  return {
    severity,
    kind,
    row: at ? at.row : null,
    code: at ? at.code : null,
    field,
    params: at ? { level: at.level, ...params } : params,
  };
}

/**
 * Gives every numbered row its level and parent. Arabic numbers restart under Roman
 * domains ("II" then "1", "1.1"), letters ("a)") hang under the numbered row above.
 */
export function placeCriteria(criteria: readonly RawCriterion[], issues: Issue[]): Placed[] {
  const romanDomains = criteria.some((c) => c.code.shape.kind === "roman" && c.code.shape.parts.length === 1);
  const byKey = new Map<string, number>();
  const placed: Placed[] = [];
  let currentRoman: string | null = null;
  let lastNumbered: string[] | null = null;

  criteria.forEach((raw, index) => {
    const shape = raw.code.shape;
    let path: string[];
    if (shape.kind === "roman") {
      path = [...shape.parts];
      currentRoman = shape.parts[0];
    } else if (shape.kind === "numeric") {
      path = romanDomains && currentRoman ? [currentRoman, ...shape.parts] : [...shape.parts];
    } else {
      path = [...(lastNumbered ?? []), shape.letter];
    }
    if (shape.kind !== "letter") lastNumbered = path;
    const key = path.join(".");
    const at = { row: raw.row, code: raw.code.written, level: path.length };

    // The nearest ancestor that exists; a missing direct parent makes an orphan.
    let parentIndex: number | null = null;
    const parentKey = key.slice(0, Math.max(0, key.lastIndexOf(".")));
    for (let k = parentKey; k !== ""; k = k.slice(0, Math.max(0, k.lastIndexOf(".")))) {
      const found = byKey.get(k);
      if (found !== undefined) {
        parentIndex = found;
        break;
      }
    }
    if (parentKey !== "" && byKey.get(parentKey) === undefined) {
      issues.push(issue("warning", "orphan", at, null, { parent: parentKey }));
    }
    const first = byKey.get(key);
    if (first !== undefined) {
      issues.push(
        issue("error", "duplicate-code", at, null, { code: raw.code.written, firstRow: criteria[first].row }),
      );
    } else {
      byKey.set(key, index);
    }
    if (parentIndex !== null) placed[parentIndex].leaf = false;
    placed.push({ raw, key, level: path.length, parentIndex, leaf: true });
  });
  return placed;
}
