import { CellArea } from "../cells";
import { AssignmentContext, criterionColumns, criterionHeaders, yearText } from "./assignment";
import { Content, EMPTY, formula, num, SheetDraft, StyledArea, text } from "./types";
import { pointsAtStake } from "../plan-totals";

const WIDTHS = [7, 12, 48, 11, 11, 11, 11, 11, 36];
const COLUMNS = 9;

/** Per domain, per lead unit, and the criteria ranked by points lost, with a chart of score against max. */
export function summarySheet(ctx: AssignmentContext, name: string): SheetDraft {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  const cells: Content[][] = [
    [text(m.sheets.summaryTitle(yearText(plan.layout.years.target, m)))],
    [text(m.sheets.summarySubtitle(plan.layout.sheet))],
    [],
  ];
  const styles: StyledArea[] = [
    { area: line(1, COLUMNS), style: "title" },
    { area: line(2, COLUMNS), style: "subtitle" },
  ];
  const push = (row: Content[]) => {
    cells.push(row);
    return cells.length;
  };
  const headerRow = (labels: string[]) => {
    const r = push(labels.map(text));
    styles.push({ area: { top: r, bottom: r, left: 1, right: labels.length }, style: "header" });
    return r;
  };
  const section = (title: string) => styles.push({ area: line(push([text(title)]), COLUMNS), style: "section" });

  // I. Domains: max, score, points lost, target and the share achieved; the chart reads columns C..E.
  section(m.sheets.domainsSection);
  const domainHeader = headerRow([...criterionHeaders(plan, m, cols.number, cols.domain), cols.percent]);
  const percent = (r: number) => formula(`=IF(AND(ISNUMBER(D${r}),N(D${r})>0),E${r}/D${r},"")`);
  plan.criteria
    .filter((c) => c.parentRow === null)
    .forEach((d, i) => {
      const r = cells.length + 1;
      push([...criterionColumns(ctx, d, i + 1, r), percent(r)]);
    });
  const first = domainHeader + 1;
  const last = cells.length;
  const totalRow = push([
    EMPTY,
    EMPTY,
    text(m.sheets.total),
    ...["D", "E", "F", "G"].map((c) => formula(`=SUM(${c}${first}:${c}${last})`)),
    percent(last + 1),
  ]);
  styles.push({ area: { top: first, bottom: last, left: 1, right: 3 }, style: "cell" });
  styles.push({ area: { top: first, bottom: totalRow, left: 4, right: 7 }, style: "number" });
  styles.push({ area: { top: first, bottom: totalRow, left: 8, right: 8 }, style: "percent" });
  styles.push({ area: { top: totalRow, bottom: totalRow, left: 1, right: 8 }, style: "total" });
  push([]);

  // II. Units: criteria led and supported, and the points lost in the criteria they lead.
  section(m.sheets.unitsSection);
  const unitHeader = headerRow([cols.number, cols.unit, "", cols.leadCount, cols.supportCount, cols.atStake]);
  plan.units.forEach((u, i) => {
    push([num(i + 1), text(u.name), EMPTY, num(u.lead.length), num(u.support.length), num(pointsAtStake(plan, u))]);
  });
  styles.push({ area: { top: unitHeader + 1, bottom: cells.length, left: 1, right: 3 }, style: "cell" });
  styles.push({ area: { top: unitHeader + 1, bottom: cells.length, left: 4, right: 6 }, style: "number" });
  const unitMerges: CellArea[] = [{ top: unitHeader, bottom: unitHeader, left: 2, right: 3 }];
  for (let r = unitHeader + 1; r <= cells.length; r++) unitMerges.push({ top: r, bottom: r, left: 2, right: 3 });
  push([]);

  // III. Criteria that lost points, most first.
  section(m.sheets.rankingSection);
  const rankHeader = headerRow([...criterionHeaders(plan, m, cols.rank, cols.criterion), "", cols.lead]);
  const ranked = plan.criteria
    .filter((c) => c.leaf && c.pointsLost > 0)
    .sort((a, b) => b.pointsLost - a.pointsLost || a.row - b.row);
  ranked.forEach((c, i) =>
    push([...criterionColumns(ctx, c, i + 1, cells.length + 1), EMPTY, text(c.lead.join("\n"))]),
  );
  styles.push({
    area: { top: rankHeader + 1, bottom: Math.max(rankHeader + 1, cells.length), left: 1, right: 3 },
    style: "cell",
  });
  styles.push({
    area: { top: rankHeader + 1, bottom: Math.max(rankHeader + 1, cells.length), left: 4, right: 7 },
    style: "number",
  });
  styles.push({
    area: { top: rankHeader + 1, bottom: Math.max(rankHeader + 1, cells.length), left: 9, right: 9 },
    style: "cell",
  });

  return {
    kind: "summary",
    name,
    unit: null,
    cells,
    styles,
    columnWidths: WIDTHS,
    titleRows: null,
    merges: [line(1, COLUMNS), line(2, COLUMNS), ...unitMerges],
    chart: {
      title: m.sheets.chartTitle,
      source: { top: domainHeader, bottom: last, left: 3, right: 5 },
      anchor: { top: 4, bottom: 22, left: 11, right: 19 },
    },
    validations: [],
    rules: [],
  };
}

function line(r: number, right: number): CellArea {
  return { top: r, bottom: r, left: 1, right };
}
