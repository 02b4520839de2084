import { readBody, TableBody } from "./body";
import { SheetCells, WorkbookCells } from "./cells";
import { Grid } from "./grid";
import { findHeader, HeaderMatch, yearIn } from "./header";
import {
  Columns,
  Criterion,
  Issue,
  PointField,
  Plan,
  Points,
  POINT_FIELDS,
  Role,
  TableLayout,
  Total,
  Unit,
} from "./model";
import { foldKey } from "./text";
import { round3 } from "./numbers";
import { compareStated, LeafSums, readRowPoints } from "./points";
import { issue, Placed, placeCriteria } from "./tree";
import { assignSheetNames, createUnitResolver, UnitOptions } from "./units";

export interface AnalyzeOptions {
  /** Analyse this sheet; otherwise the sheet whose table is recognised best. */
  readonly sheet?: string;
  /** The user's own choice of header row and columns ("Not right?"), overriding recognition. */
  readonly layout?: { readonly headerRow: number; readonly columns: Columns };
  readonly units?: UnitOptions;
  /** Sheet names the assignment sheets must not take (the user's own sheets). */
  readonly reservedSheetNames?: readonly string[];
}

export type AnalyzeFailure =
  | { readonly kind: "sheet-not-found"; readonly sheet: string; readonly available: readonly string[] }
  | { readonly kind: "no-table" };

export type AnalyzeResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly failure: AnalyzeFailure };

interface Candidate {
  readonly grid: Grid;
  readonly header: HeaderMatch;
  readonly body: TableBody;
}

function recognise(sheet: SheetCells, options: AnalyzeOptions): Candidate | null {
  const grid = new Grid(sheet);
  const header: HeaderMatch | null = options.layout ? chosenHeader(grid, options.layout) : findHeader(grid);
  if (!header) return null;
  return { grid, header, body: readBody(grid, header) };
}

/** Finds the plan table in a workbook and analyses it. */
export function analyzeWorkbook(sheets: WorkbookCells, options: AnalyzeOptions = {}): AnalyzeResult {
  if (options.sheet !== undefined) {
    const sheet = sheets.find((s) => s.name === options.sheet);
    if (!sheet)
      return {
        ok: false,
        failure: { kind: "sheet-not-found", sheet: options.sheet, available: sheets.map((s) => s.name) },
      };
    const found = recognise(sheet, options);
    return found ? { ok: true, plan: buildPlan(found, options) } : { ok: false, failure: { kind: "no-table" } };
  }
  let best: Candidate | null = null;
  for (const sheet of sheets) {
    const found = recognise(sheet, options);
    if (found && found.body.criteria.length > 0 && (!best || rank(found) > rank(best))) best = found;
  }
  return best ? { ok: true, plan: buildPlan(best, options) } : { ok: false, failure: { kind: "no-table" } };
}

/** The user's own header row and columns; their header texts still give the years. */
function chosenHeader(grid: Grid, layout: { readonly headerRow: number; readonly columns: Columns }): HeaderMatch {
  const headerText: Partial<Record<Role, string>> = {};
  for (const [role, column] of Object.entries(layout.columns) as [Role, number][]) {
    headerText[role] = foldKey(grid.text(layout.headerRow, column));
  }
  return { headerTop: layout.headerRow, headerRow: layout.headerRow, columns: layout.columns, headerText };
}

/** Analyses one sheet; null when it holds no plan table. */
export function analyzeSheet(sheet: SheetCells, options: Omit<AnalyzeOptions, "sheet"> = {}): Plan | null {
  const found = recognise(sheet, options);
  return found ? buildPlan(found, options) : null;
}

/** Better tables name more roles and hold more criteria. */
function rank(c: Candidate): number {
  return Object.keys(c.header.columns).length * 100_000 + c.body.criteria.length;
}

function buildPlan({ grid, header, body }: Candidate, options: AnalyzeOptions): Plan {
  const issues: Issue[] = [];
  const placed = placeCriteria(body.criteria, issues);
  const present = new Set(POINT_FIELDS.filter((f) => header.columns[f] !== undefined));

  const stated: Points[] = placed.map((p) => readRowPoints(p.raw.values, present, where(p), p.leaf, issues));
  const computed = sumLeaves(placed, stated);
  const total = buildTotal(body, present, stated, placed, issues);

  const criteriaUnits = resolveUnits(placed, options);
  const criteria: Criterion[] = placed.map((p, i) => {
    const s = stated[i];
    const c = computed[i];
    const max = s.max ?? c?.max ?? null;
    const score = s.score ?? c?.score ?? null;
    const belowMax = max !== null && score !== null && score < max;
    checkCriterion(p, s, c, issues);
    if (p.leaf && criteriaUnits[i].lead.length === 0 && header.columns.lead !== undefined) {
      issues.push(issue("warning", "missing-lead", where(p), null));
    }
    if (grid.isHiddenRow(p.raw.row)) issues.push(issue("info", "hidden-row", where(p), null, { row: p.raw.row }));
    return {
      row: p.raw.row,
      code: p.raw.code.written,
      name: p.raw.name,
      level: p.level,
      parentRow: p.parentIndex === null ? null : placed[p.parentIndex].raw.row,
      leaf: p.leaf,
      stated: s,
      computed: c,
      belowMax,
      pointsLost: belowMax ? round3(max! - score!) : 0,
      tasks: p.raw.tasks.join("\n"),
      continuationRows: p.raw.continuationRows,
      lead: criteriaUnits[i].lead,
      support: criteriaUnits[i].support,
    };
  });

  const layout: TableLayout = {
    sheet: grid.name,
    headerTop: header.headerTop,
    headerRow: header.headerRow,
    firstRow: body.firstRow,
    lastRow: body.lastRow,
    columns: header.columns,
    years: {
      score: yearIn(header.headerText.score ?? ""),
      target: yearIn(header.headerText.target ?? ""),
    },
  };
  const units = buildUnits(criteria, [grid.name, ...(options.reservedSheetNames ?? [])]);
  return { layout, criteria, total, units, issues: sortIssues(issues) };
}

function where(p: Placed) {
  return { row: p.raw.row, code: p.raw.code.written, level: p.level };
}

/** Each group's sums over its leaves; children always follow their parent, so one backward pass does it. */
function sumLeaves(placed: readonly Placed[], stated: readonly Points[]): (Points | null)[] {
  const sums = new LeafSums(placed.length);
  for (let i = placed.length - 1; i >= 0; i--) {
    if (placed[i].leaf) sums.add(i, stated[i]);
    const parent = placed[i].parentIndex;
    if (parent !== null) sums.addInto(parent, i);
  }
  return placed.map((p, i) => (p.leaf ? null : sums.points(i)));
}

function checkCriterion(p: Placed, s: Points, computed: Points | null, issues: Issue[]): void {
  const at = where(p);
  if (computed) {
    for (const f of POINT_FIELDS) {
      const st = s[f];
      const co = computed[f];
      if (st === null || co === null) continue;
      const agreement = compareStated(st, co);
      if (agreement === "mismatch")
        issues.push(issue("error", "subtotal-mismatch", at, f, { stated: st, computed: co }));
      if (agreement === "rounding")
        issues.push(issue("info", "subtotal-rounding", at, f, { stated: st, computed: co }));
    }
  }
  if (s.max !== null && s.score !== null && s.score > s.max) {
    issues.push(issue("error", "score-above-max", at, "score", { value: s.score, max: s.max }));
  }
  if (s.max !== null && s.target !== null && s.target > s.max) {
    issues.push(issue("error", "target-above-max", at, "target", { value: s.target, max: s.max }));
  }
  if (s.score !== null && s.target !== null && s.target < s.score) {
    issues.push(issue("warning", "target-below-score", at, "target", { value: s.target, score: s.score }));
  }
}

function buildTotal(
  body: TableBody,
  present: ReadonlySet<PointField>,
  stated: readonly Points[],
  placed: readonly Placed[],
  issues: Issue[],
): Total {
  const all = new LeafSums(1);
  placed.forEach((p, i) => p.leaf && all.add(0, stated[i]));
  const computed = all.points(0);
  if (body.total === null) {
    issues.push(issue("warning", "missing-total", null, null));
    return { row: null, stated: null, computed };
  }
  const { row } = body.total;
  const totalIssues: Issue[] = [];
  const totalStated = readRowPoints(body.total.values, present, null, false, totalIssues);
  for (const i of totalIssues) issues.push({ ...i, row });
  for (const f of POINT_FIELDS) {
    const st = totalStated[f];
    const co = computed[f];
    if (st === null || co === null) continue;
    const agreement = compareStated(st, co);
    const params = { stated: st, computed: co };
    if (agreement === "mismatch") issues.push({ ...issue("error", "total-mismatch", null, f, params), row });
    if (agreement === "rounding") issues.push({ ...issue("info", "total-rounding", null, f, params), row });
  }
  return { row, stated: totalStated, computed };
}

function resolveUnits(
  placed: readonly Placed[],
  options: AnalyzeOptions,
): { lead: readonly string[]; support: readonly string[] }[] {
  const cells = placed.flatMap((p) => [...p.raw.leadTexts, ...p.raw.supportTexts]);
  const resolver = createUnitResolver(cells, options.units);
  // One cell (the usual case) needs no merging: its resolved list is shared, read-only.
  const resolveAll = (texts: readonly string[]): readonly string[] =>
    texts.length === 1 ? resolver.resolve(texts[0]) : [...new Set(texts.flatMap((t) => resolver.resolve(t)))];
  return placed.map((p) => ({ lead: resolveAll(p.raw.leadTexts), support: resolveAll(p.raw.supportTexts) }));
}

/** One entry per unit, in order of first appearance, with the rows it leads and supports. */
function buildUnits(criteria: readonly Criterion[], reserved: readonly string[]): Unit[] {
  const byName = new Map<string, { lead: number[]; support: number[] }>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { lead: [], support: [] }));
    return e;
  };
  for (const c of criteria) {
    for (const u of c.lead) entry(u).lead.push(c.row);
    for (const u of c.support) entry(u).support.push(c.row);
  }
  const sheetNames = assignSheetNames([...byName.keys()], reserved);
  return [...byName].map(([name, rows]) => ({ name, sheetName: sheetNames.get(name)!, ...rows }));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** In sheet order, so a reviewer works down the table; whole-table issues last. (Array sort is stable: the issues
 * of one row and severity stay in the order they were found.) */
function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort(
    (a, b) => (a.row ?? Infinity) - (b.row ?? Infinity) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
