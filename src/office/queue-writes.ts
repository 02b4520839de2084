import { areaAddress, CellArea, DateSystem } from "../core/cells";
import {
  CellRef,
  chartSeriesCount,
  Content,
  EARLIEST_DEADLINE,
  encodeState,
  HIGHLIGHT_COLORS,
  HighlightKind,
  HighlightRule,
  Highlights,
  LEGEND_KINDS,
  PROGRESS_COLORS,
  ruleShape,
  SheetDraft,
  Reconciled,
  TableEdit,
  text,
  Validation,
  WorkbookState,
} from "../core/edits";
import { areaOfAddress } from "./area-address";
import { inWorkbookDates } from "./date-system";
import { cellInput } from "./text-prefix";
import { Capabilities } from "./requirements";
import { mergeCalls } from "./merge-runs";
import { applyHighlightLook, applyLook, applyStyle } from "./styles";

/** Excel's column width unit is points; a character of Calibri 11 is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

export function rangeOf(ws: Excel.Worksheet, area: CellArea): Excel.Range {
  return ws.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1);
}

/** What goes into `formulas` for a content: text that stays text, a date in the workbook's date system. */
const written = (content: Content, dates: DateSystem) => cellInput(inWorkbookDates(content, dates));

/**
 * Rows `top` to `top + count - 1` (0-based) of a new sheet's cells as written, as wide as its widest row; the cells
 * left for when every generated sheet has its final name (SheetDraft.linkedCells) stay blank.
 */
export function draftRowsAsWritten(
  draft: SheetDraft,
  top: number,
  count: number,
  dates: DateSystem,
): (string | number | boolean)[][] {
  const width = draftWidth(draft);
  const linked = draft.linkedCells;
  const later = (r: number, c: number) =>
    linked !== null && r >= linked.top && r <= linked.bottom && c >= linked.left && c <= linked.right;
  return draft.cells
    .slice(top, top + count)
    .map((line, i) =>
      Array.from({ length: width }, (_, c) => (line[c] && !later(top + i + 1, c + 1) ? written(line[c], dates) : "")),
    );
}

export function queueDraftCells(ws: Excel.Worksheet, rows: (string | number | boolean)[][], top: number): void {
  if (rows.length)
    rangeOf(ws, { top: top + 1, left: 1, bottom: top + rows.length, right: rows[0].length }).formulas = rows;
}

export function draftWidth(draft: SheetDraft): number {
  return Math.max(1, ...draft.cells.map((r) => r.length));
}

/** A new sheet's looks: styles, widths, merges, frozen titles, page layout, validations, rules and chart. */
export function queueDraftLooks(ws: Excel.Worksheet, draft: SheetDraft, caps: Capabilities): void {
  for (const { area, style } of draft.styles) {
    applyStyle(rangeOf(ws, area), style, area.bottom - area.top + 1, area.right - area.left + 1);
  }
  // After the styles: a number format a unit gave a cell it typed into wins over the column's.
  draft.cells.forEach((line, r) =>
    line.forEach((content, c) => hasKeptLook(content) && queueKeptLook(ws.getRangeByIndexes(r, c, 1, 1), content)),
  );
  draft.columnWidths.forEach((chars, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  for (const { area, across } of mergeCalls(draft.merges)) rangeOf(ws, area).merge(across);
  if (draft.titleRows) {
    ws.freezePanes.freezeRows(draft.titleRows.last);
    if (caps.pageLayout) ws.pageLayout.setPrintTitleRows(`$${draft.titleRows.first}:$${draft.titleRows.last}`);
  }
  if (caps.pageLayout) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
  }
  if (caps.dataValidation) for (const v of draft.validations) queueValidation(rangeOf(ws, v.area), v);
  for (const rule of draft.rules) {
    const cf = rangeOf(ws, rule.area).conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    applyLook(cf.custom.format, PROGRESS_COLORS[rule.mark]);
  }
  if (draft.chart) {
    const chart = ws.charts.add("ColumnClustered", rangeOf(ws, draft.chart.source), "Columns");
    chart.title.text = draft.chart.title;
    chart.setPosition(rangeOf(ws, draft.chart.anchor));
    const labels = rangeOf(ws, draft.chart.categories);
    for (let i = 0; i < chartSeriesCount(draft.chart); i++) chart.series.getItemAt(i).setXAxisValues(labels);
  }
}

function queueValidation(range: Excel.Range, v: Validation): void {
  range.dataValidation.rule =
    v.kind === "date"
      ? { date: { formula1: EARLIEST_DEADLINE, operator: "GreaterThanOrEqualTo" } }
      : { list: { inCellDropDown: true, source: v.items.join(",") } };
  range.dataValidation.errorAlert = { message: v.message, showAlert: true, style: "Stop", title: v.title };
}

/** The cells of a draft left for when every generated sheet has its final name (SheetDraft.linkedCells). */
export function queueLinkedCells(ws: Excel.Worksheet, draft: SheetDraft, dates: DateSystem): void {
  if (draft.linkedCells) rangeOf(ws, draft.linkedCells).formulas = linkedCellsAsWritten(draft, dates);
}

export function linkedCellsAsWritten(draft: SheetDraft, dates: DateSystem): (string | number | boolean)[][] {
  const area = draft.linkedCells;
  if (area === null) return [];
  const rows = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line = [];
    for (let c = area.left; c <= area.right; c++) {
      const content = draft.cells[r - 1]?.[c - 1];
      line.push(content ? written(content, dates) : "");
    }
    rows.push(line);
  }
  return rows;
}

/** Table cells, one command each (and one more for a look to put back): their number is the table's groups. */
export function queueTableEdits(ws: Excel.Worksheet, edits: readonly TableEdit[], dates: DateSystem): void {
  for (const e of edits) {
    const cell = ws.getRangeByIndexes(e.row - 1, e.column - 1, 1, 1);
    cell.formulas = [[written(e.content, dates)]];
    if (hasKeptLook(e.content)) queueKeptLook(cell, e.content);
  }
}

/**
 * Takes the hyperlinks off cells about to be written, content and formatting left: Excel keeps a cell's hyperlink
 * when only its value changes, and a collected cell, or one put back, must not keep a link it no longer has.
 */
export function queueClearLinks(ws: Excel.Worksheet, cells: readonly { row: number; column: number }[]): void {
  for (const c of cells) ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1).clear("Hyperlinks");
}

const hasKeptLook = (content: Content) =>
  ((content.kind === "number" || content.kind === "formula") && content.format !== undefined) ||
  (content.kind === "text" && content.link !== undefined);

/** What a content kept of a cell beyond its value: its number format (a date's), its hyperlink. */
function queueKeptLook(cell: Excel.Range, content: Content): void {
  if ((content.kind === "number" || content.kind === "formula") && content.format !== undefined)
    cell.numberFormat = [[content.format]];
  if (content.kind === "text" && content.link !== undefined)
    cell.hyperlink = content.link.startsWith("#")
      ? { documentReference: content.link.slice(1), textToDisplay: content.text }
      : { address: content.link, textToDisplay: content.text };
}

/** Our conditional formats, and the legend's colours. */
export function queueHighlights(ws: Excel.Worksheet, highlights: Highlights): void {
  queueRules(ws, highlights.rules);
  const { legend } = highlights;
  ws.getRangeByIndexes(legend.top - 1, legend.left - 1, 1, 1).format.font.bold = true;
  LEGEND_KINDS.forEach((kind, i) =>
    applyHighlightLook(ws.getRangeByIndexes(legend.top + i, legend.left - 1, 1, 1).format, kind),
  );
}

/** Our conditional formats, each in four operations: added, its formula, its fill, its font. */
export function queueRules(ws: Excel.Worksheet, rules: readonly (HighlightRule | FoundRule)[]): void {
  for (const rule of rules) {
    const more = "moreAreas" in rule ? rule.moreAreas : [];
    const cells =
      more.length > 0 ? ws.getRanges([rule.area, ...more].map(areaAddress).join(",")) : rangeOf(ws, rule.area);
    const cf = cells.conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    applyHighlightLook(cf.custom.format, rule.kind);
  }
}

/** Every conditional format of a sheet, loaded to find ours among the user's. */
export type LoadedRules = Excel.ConditionalFormatCollection;

export function queueRulesRead(ws: Excel.Worksheet): LoadedRules {
  const rules = ws.getRange().conditionalFormats;
  rules.load(
    "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color," +
      "items/customOrNullObject/format/font/color",
  );
  return rules;
}

/** Where a loaded rule applies now: each of its areas (ExcelApi 1.9), or its one range, a null object for several. */
type RuleCells =
  | { readonly kind: "areas"; readonly areas: Excel.RangeAreas }
  | { readonly kind: "range"; readonly range: Excel.Range };

/** Where the loaded rules in our colours apply now, each loaded with the next sync. */
export type RuleRanges = ReadonlyMap<Excel.ConditionalFormat, RuleCells>;

/**
 * Excel moves a rule's range, and rewrites its formula, when the user inserts or deletes rows or columns: the areas
 * the state recorded may no longer be where our rules are. Only rules in our colours are asked about. A rule the
 * user's edits split into several areas (a paste over part of it) has no one range: getRange would throw and
 * getRangeOrNullObject gives a null object (ExcelApi 1.6); getRanges gives them all (ExcelApi 1.9).
 */
export function queueRuleRanges(loaded: LoadedRules, withAreas: boolean): RuleRanges {
  const ranges = new Map<Excel.ConditionalFormat, RuleCells>();
  for (const cf of loaded.items) {
    if (!HIGHLIGHT_KINDS.some((kind) => hasColors(cf, kind))) continue;
    if (withAreas) {
      const areas = cf.getRanges();
      areas.load("areas/items/address");
      ranges.set(cf, { kind: "areas", areas });
    } else {
      const range = cf.getRangeOrNullObject();
      range.load("address");
      ranges.set(cf, { kind: "range", range });
    }
  }
  return ranges;
}

/** A rule of ours as found on the sheet: `area` the one its formula is written for, then any others it applies to. */
export interface FoundRule extends HighlightRule {
  readonly moreAreas: readonly CellArea[];
}

/**
 * These rules of ours as they stand on the sheet (isOurRule), in priority order: each with its formula and its
 * areas as Excel moved them; before ExcelApi 1.9, the area the state recorded where Excel split it into several.
 */
export function rulesAsFound(loaded: LoadedRules, ranges: RuleRanges, rules: readonly HighlightRule[]): FoundRule[] {
  return loaded.items.flatMap((cf) => {
    const rule = ourRuleOf(cf, rules);
    if (!rule) return [];
    const [area, ...moreAreas] = areasOf(ranges.get(cf)) ?? [rule.area];
    return [{ kind: rule.kind, area, moreAreas, formula: cf.customOrNullObject.rule.formula }];
  });
}

/** The areas as loaded; null where Excel gave a null object. */
function areasOf(cells: RuleCells | undefined): CellArea[] | null {
  if (cells?.kind === "areas") return cells.areas.areas.items.map((a) => areaOfAddress(a.address));
  return cells && !cells.range.isNullObject ? [areaOfAddress(cells.range.address)] : null;
}

const HIGHLIGHT_KINDS = Object.keys(HIGHLIGHT_COLORS) as HighlightKind[];

const sameColor = (a: string | null | undefined, b: string) => (a ?? "").toUpperCase() === b.toUpperCase();

/** Whether a loaded conditional format is custom and has the colours of a kind of ours. */
function hasColors(cf: Excel.ConditionalFormat, kind: HighlightKind): boolean {
  const custom = cf.customOrNullObject;
  if (cf.type !== "Custom" || custom.isNullObject) return false;
  const colors = HIGHLIGHT_COLORS[kind];
  return sameColor(custom.format.fill.color, colors.fill) && sameColor(custom.format.font.color, colors.font);
}

/**
 * Which of these rules of ours a loaded conditional format is: a custom rule with the shape of its formula
 * (ruleShape: what survives rows and columns inserted or deleted since) and its colours.
 */
function ourRuleOf(cf: Excel.ConditionalFormat, rules: readonly HighlightRule[]): HighlightRule | undefined {
  return rules.find(
    (r) => hasColors(cf, r.kind) && ruleShape(r.formula) === ruleShape(cf.customOrNullObject.rule.formula),
  );
}

export function isOurRule(cf: Excel.ConditionalFormat, rules: readonly HighlightRule[]): boolean {
  return ourRuleOf(cf, rules) !== undefined;
}

/**
 * Whether a loaded conditional format is one of these rules, finished or not: a batch that failed after adding a rule
 * can leave it without its formula, or with its formula and not yet both its colours.
 */
export function isOurRuleMaybeUnfinished(cf: Excel.ConditionalFormat, rules: readonly HighlightRule[]): boolean {
  const custom = cf.customOrNullObject;
  if (cf.type !== "Custom" || custom.isNullObject) return false;
  const { formula } = custom.rule;
  if (formula === "") return true;
  const unsetOr = (color: string | null | undefined, ours: string) => !color || sameColor(color, ours);
  return rules.some((r) => {
    const colors = HIGHLIGHT_COLORS[r.kind];
    return (
      ruleShape(r.formula) === ruleShape(formula) &&
      unsetOr(custom.format.fill.color, colors.fill) &&
      unsetOr(custom.format.font.color, colors.font)
    );
  });
}

/** Deletes the conditional formats that are ours (isOurRule) and leaves the user's. */
export function queueRemoveOurRules(loaded: LoadedRules, rules: readonly HighlightRule[]): void {
  for (const cf of loaded.items) if (isOurRule(cf, rules)) cf.delete();
}

/** Takes our colours off the legend's cells (those still ours: PreparedUndo.legendCells) and cells filled one by one. */
export function queueRemoveLooks(
  ws: Excel.Worksheet,
  legendCells: readonly CellRef[],
  fills: readonly CellRef[],
): void {
  for (const c of legendCells) {
    const format = ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1).format;
    format.fill.clear();
    format.font.bold = false;
    format.font.color = "#000000";
  }
  queueRemoveFills(ws, fills);
}

/** A filled cell got our fill and font colour (see applyHighlightLook); both go. */
export function queueRemoveFills(ws: Excel.Worksheet, fills: readonly CellRef[]): void {
  for (const f of fills) {
    const format = ws.getRangeByIndexes(f.row - 1, f.column - 1, 1, 1).format;
    format.fill.clear();
    format.font.color = "#000000";
  }
}

/** Writes the state into its very hidden sheet, creating it the first time. */
export function queueStateWrite(
  worksheets: Excel.WorksheetCollection,
  stateSheet: Reconciled["stateSheet"],
  previousRows: number,
  state: WorkbookState,
): void {
  const { name, exists } = stateSheet;
  const sheet = exists ? worksheets.getItem(name) : worksheets.add(name);
  if (!exists) sheet.visibility = "VeryHidden";
  const chunks = encodeState(state);
  const rows = Math.max(chunks.length, previousRows);
  const values = Array.from({ length: rows }, (_, i) => [i < chunks.length ? cellInput(text(chunks[i])) : ""]);
  sheet.getRangeByIndexes(0, 0, rows, 1).formulas = values;
}
