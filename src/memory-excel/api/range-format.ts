/**
 * Excel.RangeFormat and its fill, font and borders: read as the value all the range's cells share (null when they
 * differ, as Office.js reports a mixed format), written to every cell.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { Recalc } from "../formula/recalc";
import { textAt } from "../model/read-cells";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  normalizeColor,
  type Border,
  type StyleKey,
  type StylePatch,
} from "../model/style";
import type { SheetModel } from "../model/sheet";
import { ClientObject } from "../proxy/client-object";
import { defineExcelClass, type PropertyMember } from "../proxy/members";
import type { RangeApi } from "./range";
import { uniform, type RangeTarget } from "./range-target";

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
/** Autofit estimate: Calibri 11 is about 7 px a character, plus 5 px padding; 0.75 pt a pixel. */
const POINTS_PER_CHARACTER = 5.25;
const PADDING_POINTS = 3.75;

export function colorOrThrow(value: string): string {
  const color = normalizeColor(String(value));
  if (!color) throw excelError("InvalidArgument", `Invalid color '${value}'.`);
  return color;
}

function oneOf(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) throw excelError("InvalidArgument", `Invalid ${what} '${value}'.`);
  return value;
}

/** Base for the objects under range.format: they act on the range's cells. */
abstract class RangePart extends ClientObject {
  constructor(readonly range: RangeApi) {
    super(range.context);
  }

  /** @internal The value every cell of the range shares, or null. */
  uniformStyle<K extends StyleKey>(key: K) {
    const { sheet, rect } = this.range.target();
    return uniform(rect, (r, c) => sheet.styleValue(r, c, key));
  }

  /** @internal A style change on the whole range, at sync time. */
  patchStyle(patch: StylePatch): void {
    const target = this.range.editableTarget();
    target.sheet.patchStyle(target.rect, patch);
    this.range.formatChanged(target);
  }
}

/** A property that is one style of the range's cells: read as the value all share (or null), written to all. */
function styleProperty<K extends StyleKey, Part extends RangePart>(
  key: K,
  check: (value: any) => StylePatch[K],
): PropertyMember<Part> {
  return {
    since: "1.1",
    read: (part) => part.uniformStyle(key),
    write: (part, value) => part.patchStyle({ [key]: check(value) }),
  };
}

export class RangeFillApi extends RangePart {
  clear(): void {
    this.queue("clear", null, () => this.patchStyle({ fill: null }));
  }
}

defineExcelClass(RangeFillApi, {
  name: "RangeFill",
  since: "1.1",
  properties: {
    color: {
      since: "1.1",
      // Excel reports "no fill" as white (OfficeDev/office-js#4900, #6218), and null when the cells differ.
      read: ({ range }) => {
        const { sheet, rect } = range.target();
        return uniform(rect, (r, c) => sheet.styleValue(r, c, "fill") ?? "#FFFFFF");
      },
      write: (part, color: string) => part.patchStyle({ fill: colorOrThrow(color) }),
    },
  },
  methods: { clear: "1.1" },
});

export class RangeFontApi extends RangePart {}

defineExcelClass(RangeFontApi, {
  name: "RangeFont",
  since: "1.1",
  properties: {
    bold: styleProperty("bold", Boolean),
    italic: styleProperty("italic", Boolean),
    color: styleProperty("fontColor", colorOrThrow),
    size: styleProperty("fontSize", (size: number) => {
      if (!(size >= 1 && size <= 409)) throw excelError("InvalidArgument", `Invalid font size ${size}.`);
      return size;
    }),
    name: styleProperty("fontName", String),
  },
});

type EdgeKey = "borderTop" | "borderBottom" | "borderLeft" | "borderRight" | "borderDiagonalDown" | "borderDiagonalUp";

/** Which cells and which cell edge a BorderIndex means, for a rectangle. */
function edgeCells(index: string, rect: Rect): { rect: Rect; key: EdgeKey }[] {
  const row = (r: number) => ({ ...rect, top: r, bottom: r });
  const col = (c: number) => ({ ...rect, left: c, right: c });
  switch (index) {
    case "EdgeTop":
      return [{ rect: row(rect.top), key: "borderTop" }];
    case "EdgeBottom":
      return [{ rect: row(rect.bottom), key: "borderBottom" }];
    case "EdgeLeft":
      return [{ rect: col(rect.left), key: "borderLeft" }];
    case "EdgeRight":
      return [{ rect: col(rect.right), key: "borderRight" }];
    case "InsideHorizontal":
      return rect.bottom > rect.top
        ? [
            { rect: { ...rect, bottom: rect.bottom - 1 }, key: "borderBottom" },
            { rect: { ...rect, top: rect.top + 1 }, key: "borderTop" },
          ]
        : [];
    case "InsideVertical":
      return rect.right > rect.left
        ? [
            { rect: { ...rect, right: rect.right - 1 }, key: "borderRight" },
            { rect: { ...rect, left: rect.left + 1 }, key: "borderLeft" },
          ]
        : [];
    case "DiagonalDown":
      return [{ rect, key: "borderDiagonalDown" }];
    case "DiagonalUp":
      return [{ rect, key: "borderDiagonalUp" }];
    default:
      throw excelError("InvalidArgument", `Invalid BorderIndex '${index}'.`);
  }
}

export class RangeBorderApi extends RangePart {
  constructor(
    range: RangeApi,
    readonly index: string,
  ) {
    super(range);
  }
  /** @internal One field of the border's edges, shared by their cells (or null). */
  readField(field: keyof Border): string | null {
    const { sheet } = this.range.target();
    const edges = edgeCells(this.index, this.range.target().rect);
    if (edges.length === 0) return field === "style" ? "None" : null;
    const { rect, key } = edges[0];
    return uniform(rect, (r, c) => sheet.styleValue(r, c, key)[field]);
  }
  /** @internal */
  writeField(field: keyof Border, value: string): void {
    const target = this.range.editableTarget();
    const v = field === "color" ? colorOrThrow(value) : String(value);
    for (const edge of edgeCells(this.index, target.rect)) {
      target.sheet.patchStyle(edge.rect, (s) => ({ [edge.key]: { ...s[edge.key], [field]: v } }));
    }
    this.range.formatChanged(target);
  }
}

const borderField = (field: keyof Border): PropertyMember<RangeBorderApi> => ({
  since: "1.1",
  read: (border) => border.readField(field),
  write: (border, value: string) => border.writeField(field, value),
});

defineExcelClass(RangeBorderApi, {
  name: "RangeBorder",
  since: "1.1",
  properties: {
    sideIndex: { since: "1.1", read: (border) => border.index },
    style: borderField("style"),
    color: borderField("color"),
    weight: borderField("weight"),
  },
});

export class RangeBorderCollectionApi extends RangePart {
  getItem(index: string): RangeBorderApi {
    return new RangeBorderApi(this.range, index);
  }
}

defineExcelClass(RangeBorderCollectionApi, {
  name: "RangeBorderCollection",
  since: "1.1",
  methods: { getItem: "1.1" },
});

/** Estimated autofit width of one column, from the displayed text of its cells (merged cells are ignored, as in Excel). */
function autofitWidth(t: RangeTarget, column: number, rows: Rect, recalc: Recalc): number | null {
  let longest = 0;
  t.sheet.forEachCellIn({ ...rows, left: column, right: column }, (_cell, r) => {
    if (
      t.sheet.merges.some(
        (m) => m.left !== m.right && m.left <= column && m.right >= column && m.top <= r && m.bottom >= r,
      )
    )
      return;
    longest = Math.max(
      longest,
      ...textAt(recalc, t.sheet, r, column)
        .split("\n")
        .map((l) => l.length),
    );
  });
  return longest === 0 ? null : Math.round((longest * POINTS_PER_CHARACTER + PADDING_POINTS) * 100) / 100;
}

export class RangeFormatApi extends RangePart {
  readonly fill: RangeFillApi = new RangeFillApi(this.range);
  readonly font: RangeFontApi = new RangeFontApi(this.range);
  readonly borders: RangeBorderCollectionApi = new RangeBorderCollectionApi(this.range);

  autofitColumns(): void {
    this.queue("autofitColumns", null, () => {
      const t = this.range.editableTarget();
      const rows = { ...t.rect, left: 0, right: 0 };
      const recalc = this.context.model.recalc();
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const width = autofitWidth(t, c, rows, recalc);
        if (width !== null) t.sheet.columnWidths.set(c, width);
        else t.sheet.columnWidths.delete(c);
      }
    });
  }

  /** Rows grow to fit wrapped text: lines = characters / characters that fit the column width. */
  autofitRows(): void {
    this.queue("autofitRows", null, () => {
      const { sheet, rect } = this.range.editableTarget();
      const lines = new Map<number, number>();
      sheet.forEachCellIn({ ...rect, left: 0, right: MAX_COLUMNS - 1 }, (cell, r, c) => {
        const text = typeof cell.value === "string" ? cell.value : "";
        const perLine = Math.max(
          1,
          Math.floor(((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) - PADDING_POINTS) / POINTS_PER_CHARACTER),
        );
        const wrap = sheet.styleValue(r, c, "wrapText");
        const n = text.split("\n").reduce((sum, l) => sum + (wrap ? Math.max(1, Math.ceil(l.length / perLine)) : 1), 0);
        lines.set(r, Math.max(lines.get(r) ?? 1, n));
      });
      for (let r = rect.top; r <= Math.min(rect.bottom, MAX_ROWS - 1); r++) {
        const n = lines.get(r);
        if (n && n > 1) sheet.rowHeights.set(r, n * DEFAULT_ROW_HEIGHT);
        else sheet.rowHeights.delete(r);
      }
    });
  }
}

/** A size of whole columns or rows of the range, read as the one they share (or null). */
function sizeProperty(lines: "columns" | "rows"): PropertyMember<RangeFormatApi> {
  const [max, what] = lines === "columns" ? [Infinity, "column width"] : [409, "row height"];
  const sizes = (sheet: SheetModel) => (lines === "columns" ? sheet.columnWidths : sheet.rowHeights);
  const standard = lines === "columns" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
  const span = (rect: Rect): [number, number] =>
    lines === "columns" ? [rect.left, rect.right] : [rect.top, rect.bottom];
  return {
    since: "1.2",
    read: ({ range }) => {
      const { sheet, rect } = range.target();
      const [from, to] = span(rect);
      return uniform({ top: from, bottom: to, left: 0, right: 0 }, (i) => sizes(sheet).get(i) ?? standard);
    },
    write: ({ range }, size: number) => {
      const { sheet, rect } = range.editableTarget();
      if (!(size >= 0 && size <= max)) throw excelError("InvalidArgument", `Invalid ${what} ${size}.`);
      const [from, to] = span(rect);
      for (let i = from; i <= to; i++) sizes(sheet).set(i, size);
    },
  };
}

defineExcelClass(RangeFormatApi, {
  name: "RangeFormat",
  since: "1.1",
  properties: {
    wrapText: styleProperty("wrapText", Boolean),
    horizontalAlignment: styleProperty("horizontalAlignment", (a: string) =>
      oneOf(a, HORIZONTAL, "horizontal alignment"),
    ),
    verticalAlignment: styleProperty("verticalAlignment", (a: string) => oneOf(a, VERTICAL, "vertical alignment")),
    columnWidth: sizeProperty("columns"),
    rowHeight: sizeProperty("rows"),
  },
  navigations: { fill: "1.1", font: "1.1", borders: "1.1" },
  methods: { autofitColumns: "1.2", autofitRows: "1.2" },
});
