import { Language } from "../i18n";
import { columnLetters } from "./cells";
import { issueMessage } from "./issue-text";
import { Plan, Points, Role } from "./model";
import { totalPointsLost } from "./plan-totals";

/** The JSON of `par-index inspect --json`: a stable contract (docs/cli-contract.md). Extend, never break. */
export interface InspectJson {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<Role, string>>;
  years: { score: number | null; target: number | null };
  criteria: {
    row: number;
    code: string;
    name: string;
    level: number;
    parentRow: number | null;
    leaf: boolean;
    max: number | null;
    score: number | null;
    target: number | null;
    computed: Points | null;
    belowMax: boolean;
    pointsLost: number;
    lead: string[];
    support: string[];
  }[];
  total: { row: number | null; stated: Points | null; computed: Points; pointsLost: number };
  units: { name: string; sheetName: string; lead: number[]; support: number[] }[];
  issues: {
    severity: string;
    kind: string;
    row: number | null;
    code: string | null;
    field: string | null;
    message: string;
  }[];
}

export function toInspectJson(plan: Plan, language: Language = "vi"): InspectJson {
  const { layout } = plan;
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, column] of Object.entries(layout.columns) as [Role, number][])
    columns[role] = columnLetters(column);
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    firstRow: layout.firstRow,
    lastRow: layout.lastRow,
    columns,
    years: { ...layout.years },
    criteria: plan.criteria.map((c) => ({
      row: c.row,
      code: c.code,
      name: c.name,
      level: c.level,
      parentRow: c.parentRow,
      leaf: c.leaf,
      ...c.stated,
      computed: c.computed,
      belowMax: c.belowMax,
      pointsLost: c.pointsLost,
      lead: [...c.lead],
      support: [...c.support],
    })),
    total: { ...plan.total, pointsLost: totalPointsLost(plan) },
    units: plan.units.map((u) => ({
      name: u.name,
      sheetName: u.sheetName,
      lead: [...u.lead],
      support: [...u.support],
    })),
    issues: plan.issues.map((i) => ({
      severity: i.severity,
      kind: i.kind,
      row: i.row,
      code: i.code,
      field: i.field,
      message: issueMessage(i, layout.years, language),
    })),
  };
}
