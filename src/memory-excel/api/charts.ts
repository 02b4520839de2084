/**
 * Excel.ChartCollection, Chart, ChartTitle, ChartSeriesCollection and ChartSeries: stored, not drawn, so tests can
 * see which charts exist and what they plot.
 */
import { rectToA1, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { ChartModel, ChartSeriesModel, SheetModel } from "../model/sheet";
import { ClientObject, CollectionObject, TargetObject, type ClientResult } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { RangeApi } from "./range";
import { assertEditable, rectOnSheet } from "./range-target";
import type { WorksheetApi } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

export class ChartTitleApi extends ClientObject {
  constructor(readonly chart: ChartApi) {
    super(chart.context);
  }
}

defineExcelClass(ChartTitleApi, {
  name: "ChartTitle",
  since: "1.1",
  properties: {
    text: {
      since: "1.1",
      read: (title) => title.chart.target().chart.title,
      write: (title, text: string) => {
        title.chart.target().chart.title = String(text);
      },
    },
  },
});

/** The series a chart's source makes, as the playground reads it: labels in the first line, a series per further one. */
function seriesCount(rect: Rect, seriesBy: string): number {
  const lines = seriesBy === "Rows" ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
  return Math.max(1, lines - 1);
}

interface SeriesTarget extends ChartTarget {
  readonly series: ChartSeriesModel;
}

export class ChartSeriesApi extends TargetObject<SeriesTarget> {
  /**
   * The category labels of the series: on a column chart too, not only a scatter chart as the reference once said
   * (OfficeDev/office-js-docs-reference#1493). Stricter than Excel, which may also take labels from another sheet
   * or several columns: one row or one column of the chart's own sheet, with one label per point.
   */
  setXAxisValues(sourceData: RangeApi): void {
    this.queue("setXAxisValues", [sourceData], () => {
      const { sheet, chart, series } = this.target();
      const { sheet: from, rect } = sourceData.target();
      const points = pointsOf(chart);
      const [rows, columns] = [rect.bottom - rect.top + 1, rect.right - rect.left + 1];
      if (from !== sheet || Math.min(rows, columns) !== 1 || Math.max(rows, columns) !== points)
        throw excelError(
          "InvalidArgument",
          "The category labels must be one row or column of as many cells as points.",
        );
      series.xAxisValues = { sheet: from, rect };
    });
  }
}

/** Points per series: the source's lines across the series, less the one holding their names. */
function pointsOf(chart: ChartModel): number {
  const { rect } = chart.source;
  return chart.seriesBy === "Rows" ? rect.right - rect.left : rect.bottom - rect.top;
}

defineExcelClass(ChartSeriesApi, {
  name: "ChartSeries",
  since: "1.1",
  methods: { setXAxisValues: "1.7" },
});

export class ChartSeriesCollectionApi extends ClientObject {
  constructor(readonly chart: ChartApi) {
    super(chart.context);
  }

  getItemAt(index: number): ChartSeriesApi {
    return new ChartSeriesApi(
      this.context,
      this.since("getItemAt", () => {
        const { sheet, chart } = this.chart.target();
        const series = chart.series[index];
        if (!series) throw excelError("InvalidArgument", `No series at index ${index}.`);
        return { sheet, chart, series };
      }),
    );
  }
}

defineExcelClass(ChartSeriesCollectionApi, {
  name: "ChartSeriesCollection",
  since: "1.1",
  properties: { count: { since: "1.1", read: (c) => c.chart.target().chart.series.length } },
  methods: { getItemAt: "1.1" },
});

export class ChartApi extends TargetObject<ChartTarget> {
  readonly title: ChartTitleApi = new ChartTitleApi(this);
  readonly series: ChartSeriesCollectionApi = new ChartSeriesCollectionApi(this);

  protected override exists(t: ChartTarget): boolean {
    return this.context.model.sheets.includes(t.sheet) && t.sheet.charts.includes(t.chart);
  }
  /** Places the chart over cells, e.g. setPosition("H2", "P20"). */
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    this.queue("setPosition", [startCell, endCell ?? null], () => {
      const { sheet, chart } = this.target();
      const at = (cell: RangeApi | string) =>
        rectToA1(typeof cell === "string" ? rectOnSheet(sheet, cell) : cell.target().rect);
      chart.position = { start: at(startCell), end: endCell === undefined ? undefined : at(endCell) };
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      const { sheet, chart } = this.target();
      assertEditable(sheet);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

defineExcelClass(ChartApi, {
  name: "Chart",
  since: "1.1",
  properties: {
    id: { since: "1.7", read: (chart) => chart.target().chart.id },
    name: {
      since: "1.1",
      read: (chart) => chart.target().chart.name,
      write: (chart, name: string) => {
        chart.target().chart.name = String(name);
      },
    },
    chartType: { since: "1.7", read: (chart) => chart.target().chart.type },
  },
  navigations: { title: "1.1", series: "1.1" },
  methods: { setPosition: "1.1", delete: "1.1" },
});

export class ChartCollectionApi extends CollectionObject<ChartModel, ChartApi> {
  constructor(private readonly worksheet: WorksheetApi) {
    super(worksheet.context);
  }
  protected currentItems(): ChartModel[] {
    return [...this.worksheet.target().charts];
  }
  protected itemProxy(chart: ChartModel): ChartApi {
    const sheet = this.worksheet.target();
    return new ChartApi(this.context, () => ({ sheet, chart }));
  }

  add(type: string, sourceData: RangeApi, seriesBy: string = "Auto"): ChartApi {
    let created: ChartTarget | null = null;
    this.queue("add", [type, sourceData, seriesBy], () => {
      const sheet = this.worksheet.target();
      assertEditable(sheet);
      if (!type || !SERIES_BY.includes(seriesBy))
        throw excelError("InvalidArgument", "Invalid chart type or seriesBy.");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const source = sourceData.target();
      const chart: ChartModel = {
        id: this.context.model.nextObjectId(),
        name: `Chart ${n}`,
        type,
        source,
        seriesBy,
        title: "",
        position: null,
        series: Array.from({ length: seriesCount(source.rect, seriesBy) }, () => ({ xAxisValues: null })),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartApi(this.context, () => created);
  }

  getCount(): ClientResult<number> {
    return this.result("getCount", null, () => this.worksheet.target().charts.length);
  }

  private byName(name: string, nullable: boolean): ChartApi {
    return new ChartApi(
      this.context,
      this.since(nullable ? "getItemOrNullObject" : "getItem", () => {
        const sheet = this.worksheet.target();
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      }),
      nullable,
    );
  }

  getItem(name: string): ChartApi {
    return this.byName(name, false);
  }

  getItemOrNullObject(name: string): ChartApi {
    return this.byName(name, true);
  }
}

defineExcelClass(ChartCollectionApi, {
  name: "ChartCollection",
  since: "1.1",
  methods: { add: "1.1", getCount: "1.4", getItem: "1.1", getItemOrNullObject: "1.4" },
});
