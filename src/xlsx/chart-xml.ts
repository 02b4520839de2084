/**
 * The parts of a clustered column chart as Excel stores it (DrawingML): the chart, and the drawing that places it
 * on its sheet. What the Office.js adapter asks Excel for with `charts.add("ColumnClustered", source, "Columns")`.
 */
import { CellArea, columnLetters } from "../core/cells";
import { ChartDraft, Content, quoteSheet } from "../core/edits";
import { DECLARATION, escapeXml, escapeXstring } from "./package-xml";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/** `'Tổng hợp'!$D$6:$D$13`: absolute, as Excel writes a series' references. */
function reference(sheet: string, top: number, bottom: number, column: number): string {
  const col = `$${columnLetters(column)}$`;
  return `${quoteSheet(sheet)}!${col}${top}${bottom === top ? "" : `:${col}${bottom}`}`;
}

/** Text references carry the texts the draft gives, so that a reader shows them before computing anything. */
function strRef(sheet: string, top: number, bottom: number, column: number, cell: (row: number) => Content): string {
  const points: string[] = [];
  for (let row = top; row <= bottom; row++) {
    const content = cell(row);
    if (content.kind === "text")
      points.push(`<c:pt idx="${row - top}"><c:v>${escapeXml(escapeXstring(content.text))}</c:v></c:pt>`);
  }
  const cache = `<c:strCache><c:ptCount val="${bottom - top + 1}"/>${points.join("")}</c:strCache>`;
  return `<c:strRef><c:f>${escapeXml(reference(sheet, top, bottom, column))}</c:f>${cache}</c:strRef>`;
}

/**
 * The chart part. `cell` gives the draft's content of a sheet cell (1-based). Values are formulas the workbook
 * computes on opening, so value references carry no cache.
 */
export function chartXml(sheet: string, chart: ChartDraft, cell: (row: number, column: number) => Content): string {
  const { top, bottom, left, right } = chart.source;
  const labels = chart.categories;
  const series: string[] = [];
  for (let column = left + 1; column <= right; column++) {
    const i = column - left - 1;
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(sheet, top, top, column, (r) => cell(r, column))}</c:tx>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat>${strRef(sheet, labels.top, labels.bottom, labels.left, (r) => cell(r, labels.left))}</c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(reference(sheet, top + 1, bottom, column))}</c:f></c:numRef></c:val>` +
        "</c:ser>",
    );
  }
  const axis = (id: number, cross: number, position: "b" | "l") =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${position === "l" ? "<c:majorGridlines/>" : ""}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>`;
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series.join("") +
    `<c:gapWidth val="150"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx>${axis(CATEGORY_AXIS, VALUE_AXIS, "b")}` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx>${axis(VALUE_AXIS, CATEGORY_AXIS, "l")}<c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>' +
    '<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** A cell corner as DrawingML counts it: 0-based column and row. */
function marker(tag: "from" | "to", column: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing part: the chart related as `chartId`, covering `anchor` from its top-left corner to its bottom-right. */
export function drawingXml(anchor: CellArea, chartId: string, name: string): string {
  return (
    DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor>` +
    // The corner after the area's last cell is the start of the next column and row.
    marker("from", anchor.left - 1, anchor.top - 1) +
    marker("to", anchor.right, anchor.bottom) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
