/**
 * `Excel.ChartCollection`, `Chart` and `ChartTitle`: enough for an add-in that draws charts from its own
 * tables (add, name, type, title, position and size, delete). A chart is plain data in the model (a source
 * range, how series run, a title and a rectangle in points); `chartViews` and `chartSeries` let tests see it as
 * Excel would draw it. Series (colours, data labels, categories from another range), axes and the legend are
 * in chartFormat.ts.
 */
import type { CellArea } from "./address";
import { chartAxes, chartLegend, EmChartSeriesCollection } from "./chartFormat";
import type { EmChartPart } from "./chartFormat";
import { isInsideSheet, parseAddress, qualifiedAddress } from "./address";
import { readValue } from "./cellInput";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import type { EmRequestContext } from "./context";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./format";
import type { ChartModel, SheetModel, WorkbookModel } from "./model";
import type { EmRange } from "./range";
import { sheetOf } from "./sheetOps";

/** The chart types `ChartCollection.add` takes, as Excel names them (every one but `Invalid`). */
type ChartTypeName = Exclude<Excel.Chart["chartType"], Excel.ChartType | "Invalid">;

const CHART_TYPE_LIST = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
] as const satisfies readonly ChartTypeName[];

/** Compile-time check that the list has every type of @types/office-js. */
type MissingChartType = Exclude<ChartTypeName, (typeof CHART_TYPE_LIST)[number]>;
const allChartTypesListed: MissingChartType extends never ? true : MissingChartType = true;
void allChartTypesListed;

const CHART_TYPES: ReadonlySet<string> = new Set(CHART_TYPE_LIST);
const SERIES_BY: ReadonlySet<string> = new Set(["Auto", "Columns", "Rows"]);

/** Where Excel puts a chart before the add-in moves it: this emulator's choice is the top-left, 5 × 3 inches. */
export const DEFAULT_CHART_RECT = { top: 0, left: 0, width: 360, height: 216 } as const;

// ---- geometry ------------------------------------------------------------------------------------------

/** Points from the sheet's edge to the start of `index` (1-based), given sizes that differ from `fallback`. */
function offset(
  index: number,
  sizes: ReadonlyMap<number, number>,
  hidden: ReadonlySet<number>,
  fallback: number,
) {
  let points = (index - 1) * fallback;
  for (const [i, size] of sizes) if (i < index) points += size - fallback;
  for (const i of hidden) if (i < index) points -= sizes.get(i) ?? fallback;
  return points;
}

/** The rectangle of an area in points (hidden rows and columns take no room), as charts are placed. */
export function cellRect(
  sheet: SheetModel,
  area: CellArea,
): { top: number; left: number; width: number; height: number } {
  const left = offset(area.left, sheet.columnWidths, sheet.hiddenColumns, DEFAULT_COLUMN_WIDTH);
  const top = offset(area.top, sheet.rowHeights, sheet.hiddenRows, DEFAULT_ROW_HEIGHT);
  const right = offset(area.right + 1, sheet.columnWidths, sheet.hiddenColumns, DEFAULT_COLUMN_WIDTH);
  const bottom = offset(area.bottom + 1, sheet.rowHeights, sheet.hiddenRows, DEFAULT_ROW_HEIGHT);
  return { top, left, width: right - left, height: bottom - top };
}

// ---- the model -----------------------------------------------------------------------------------------

function chartById(model: WorkbookModel, id: string): { sheet: SheetModel; chart: ChartModel } {
  for (const sheet of model.sheets) {
    const chart = sheet.charts.find((c) => c.id === id);
    if (chart) return { sheet, chart };
  }
  throw officeError(ErrorCode.itemNotFound, "the chart no longer exists");
}

function findByName(sheet: SheetModel, name: string): ChartModel | undefined {
  const wanted = name.toLocaleUpperCase();
  return sheet.charts.find((c) => c.name.toLocaleUpperCase() === wanted);
}

/** Charts are objects: a protected sheet refuses adding, moving, changing and deleting them unless allowed. */
function assertObjectsEditable(sheet: SheetModel): void {
  if (sheet.protection.protected && !sheet.protection.options.allowEditObjects)
    throw officeError(ErrorCode.accessDenied, `worksheet "${sheet.name}" is protected`);
}

function assertChartType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPES.has(type))
    throw officeError(ErrorCode.invalidArgument, `chart type ${JSON.stringify(type)}`);
  return type;
}

function assertPoints(value: unknown, what: string, positive: boolean): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (positive && value === 0))
    throw officeError(ErrorCode.invalidArgument, `${what} ${String(value)}`);
  return value;
}

// ---- what tests inspect ---------------------------------------------------------------------------------

/** One series as Excel draws it from the source range. */
export interface ChartSeriesView {
  /** The header text naming the series, or null (Excel then says `Series1`, …). */
  name: string | null;
  /** Address of the values, with the sheet. */
  values: string;
  /** Address of the category labels, or null when the source has none. */
  categories: string | null;
}

export interface ChartView {
  name: string;
  chartType: string;
  title: string;
  /** The source range's address, with the sheet. */
  source: string;
  seriesBy: ChartModel["seriesBy"];
  top: number;
  left: number;
  width: number;
  height: number;
  series: ChartSeriesView[];
  /** What the add-in set on series, axes, legend and data labels (chartFormat.ts), by path. */
  format: Record<string, string | number | boolean>;
}

const isLabel = (value: string | number | boolean): boolean => typeof value === "string" && value !== "";

/**
 * The series of a chart, by Excel's reading of its source: series run down the columns (`Columns`, or `Auto`
 * when the range has at least as many rows as columns) or along the rows. A first row of texts (after its
 * corner cell) names the series and a first column of texts labels the categories (or the other way round
 * for series in rows).
 */
export function chartSeries(model: WorkbookModel, chart: ChartModel): ChartSeriesView[] {
  const sheet = model.sheetById(chart.source.sheetId);
  if (!sheet) return [];
  const { top, left, bottom, right } = chart.source.area;
  const byColumns =
    chart.seriesBy === "Columns" || (chart.seriesBy === "Auto" && bottom - top >= right - left);
  const at = (row: number, column: number) => readValue(sheet.cell(row, column));
  const address = (area: CellArea) => qualifiedAddress(sheet.name, area);
  const run = (from: number, to: number, read: (i: number) => string | number | boolean) =>
    to > from && Array.from({ length: to - from }, (_, i) => read(from + 1 + i)).every(isLabel);
  const headerRow = run(left, right, (c) => at(top, c));
  const labelColumn = run(top, bottom, (r) => at(r, left));
  // Without labels on the other side, a first row (or column) of texts over numbers still names the series,
  // the corner cell included: one column with its header is one named series ("Select data for a chart",
  // support.microsoft.com: Excel takes series names from the row or column of text headings).
  const wholeHeaderRow = bottom > top && run(left - 1, right, (c) => at(top, c));
  const wholeLabelColumn = right > left && run(top - 1, bottom, (r) => at(r, left));
  const [names, labels] = byColumns
    ? [headerRow || (!labelColumn && wholeHeaderRow), labelColumn]
    : [labelColumn || (!headerRow && wholeLabelColumn), headerRow];
  const series: ChartSeriesView[] = [];
  const categoriesOf = (index: number, fromSource: string | null): string | null => {
    const set = chart.seriesCategories?.[index];
    const other = set && model.sheetById(set.sheetId);
    return other ? qualifiedAddress(other.name, set.area) : fromSource;
  };
  if (byColumns) {
    const first = top + (names ? 1 : 0);
    for (let c = left + (labels ? 1 : 0); c <= right; c++) {
      series.push({
        name: names ? String(at(top, c)) : null,
        values: address({ top: first, left: c, bottom, right: c }),
        categories: categoriesOf(
          series.length,
          labels ? address({ top: first, left, bottom, right: left }) : null,
        ),
      });
    }
  } else {
    const first = left + (names ? 1 : 0);
    for (let r = top + (labels ? 1 : 0); r <= bottom; r++) {
      series.push({
        name: names ? String(at(r, left)) : null,
        values: address({ top: r, left: first, bottom: r, right }),
        categories: categoriesOf(
          series.length,
          labels ? address({ top, left: first, bottom: top, right }) : null,
        ),
      });
    }
  }
  return series;
}

/** The charts of a sheet as plain data, in the order they were added. */
export function chartViews(model: WorkbookModel, sheet: SheetModel): ChartView[] {
  return sheet.charts.map((chart) => {
    const source = model.sheetById(chart.source.sheetId);
    return {
      name: chart.name,
      chartType: chart.chartType,
      title: chart.title,
      source: source ? qualifiedAddress(source.name, chart.source.area) : "#REF!",
      seriesBy: chart.seriesBy,
      top: chart.top,
      left: chart.left,
      width: chart.width,
      height: chart.height,
      series: chartSeries(model, chart),
      format: { ...chart.format },
    };
  });
}

// ---- ChartCollection ------------------------------------------------------------------------------------

type ChartCollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "count"
  | "add"
  | "getCount"
  | "getItem"
  | "getItemAt"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

/** One sheet's charts; the target is the sheet's id. */
export class EmChartCollection
  extends EmCollection<string, EmChart>
  implements Pick<Excel.ChartCollection, ChartCollectionMembers>
{
  get _typeName(): string {
    return "ChartCollection";
  }

  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected override _readScalars(target: string, names: readonly string[], exec: ExecState) {
    void names;
    return { count: this._itemKeys(target, exec).length };
  }

  protected _itemKeys(target: string, exec: ExecState): string[] {
    return sheetOf(exec.model, target).charts.map((c) => c.id);
  }

  protected _makeItem(key: string): EmChart {
    return new EmChart(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => key);
  }

  get items(): Excel.Chart[] {
    return this._get("items");
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  private _lookup(
    call: string,
    find: (sheet: SheetModel) => ChartModel | undefined,
    orNull: boolean,
  ): Excel.Chart {
    const chart = new EmChart(this._ctx, `${this._path}.${call}`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const found = find(sheetOf(exec.model, target));
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
    return chart._queueLookup() as unknown as Excel.Chart;
  }

  /** By name, case-insensitively. */
  getItem(name: string): Excel.Chart {
    return this._lookup(`getItem(${JSON.stringify(name)})`, (s) => findByName(s, name), false);
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return this._lookup(`getItemOrNullObject(${JSON.stringify(name)})`, (s) => findByName(s, name), true);
  }

  getItemAt(index: number): Excel.Chart {
    return this._lookup(`getItemAt(${index})`, (s) => s.charts[index], false);
  }

  /**
   * Adds a chart drawn from `sourceData` (a range of this workbook, possibly on another sheet), named
   * `Chart <n>`, at `DEFAULT_CHART_RECT`. A bad type or `seriesBy` fails the batch with `InvalidArgument`.
   */
  add(
    type: Excel.ChartType | ChartTypeName | "Invalid",
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): Excel.Chart {
    assertSameContext(this._ctx, sourceData);
    let created: string | undefined;
    const chart = new EmChart(this._ctx, `${this._path}.add(${JSON.stringify(type)}, range)`, (exec) => {
      if (created) return created;
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const sheet = sheetOf(exec.model, target);
      assertObjectsEditable(sheet);
      const chartType = assertChartType(type);
      const by = seriesBy ?? "Auto";
      if (!SERIES_BY.has(by)) throw officeError(ErrorCode.invalidArgument, `seriesBy ${String(seriesBy)}`);
      const source = (sourceData as unknown as EmRange)._require(exec);
      let n = sheet.charts.length + 1;
      while (findByName(sheet, `Chart ${n}`)) n++;
      const id = exec.model.newId();
      sheet.charts.push({
        id,
        name: `Chart ${n}`,
        chartType,
        source: { sheetId: source.sheetId, area: { ...source.area } },
        seriesBy: by as ChartModel["seriesBy"],
        title: "",
        ...DEFAULT_CHART_RECT,
      });
      created = id;
      return id;
    });
    return chart._queueLookup(true) as unknown as Excel.Chart;
  }

  load(
    options?: Excel.Interfaces.ChartCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.ChartCollection;
  load(propertyNames?: string | string[]): Excel.ChartCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.ChartCollection;
  load(spec?: unknown): Excel.ChartCollection {
    return this._load(spec) as unknown as Excel.ChartCollection;
  }

  override toJSON(): Excel.Interfaces.ChartCollectionData {
    return this._json() as unknown as Excel.Interfaces.ChartCollectionData;
  }
}

// ---- Chart ----------------------------------------------------------------------------------------------

type ChartMembers =
  | "context"
  | "isNullObject"
  | "id"
  | "name"
  | "chartType"
  | "top"
  | "left"
  | "width"
  | "height"
  | "title"
  | "series"
  | "axes"
  | "legend"
  | "setPosition"
  | "delete"
  | "set"
  | "load"
  | "toJSON";

const RECT_NAMES = ["top", "left", "width", "height"] as const;

/** One chart; the target is the chart's id. */
export class EmChart extends EmClientObject<string> implements Pick<Excel.Chart, ChartMembers> {
  private readonly _title: EmChartTitle;
  private readonly _series: EmChartSeriesCollection;
  private readonly _axes: EmChartPart;
  private readonly _legend: EmChartPart;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<string>) {
    super(ctx, path, resolver);
    const chart = (exec: ExecState) => this._resolve(exec);
    this._title = new EmChartTitle(ctx, `${path}.title`, chart);
    this._series = new EmChartSeriesCollection(
      ctx,
      `${path}.series`,
      chart,
      (model, c) => chartSeries(model, c).length,
    );
    this._axes = chartAxes(ctx, `${path}.axes`, chart);
    this._legend = chartLegend(ctx, `${path}.legend`, chart);
  }

  get _typeName(): string {
    return "Chart";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    const children: Record<string, EmClientObject<unknown>> = {
      title: this._title,
      series: this._series,
      axes: this._axes,
      legend: this._legend,
    };
    return children[name];
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "chartType", ...RECT_NAMES];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const { chart } = chartById(exec.model, target);
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = chart[name as keyof ChartModel];
    return values;
  }

  /** Queues a change of the chart, which its sheet's protection must allow. */
  private _change(property: string, value: unknown, apply: (chart: ChartModel, sheet: SheetModel) => void) {
    this._queueSet(property, value, (target, exec) => {
      const { sheet, chart } = chartById(exec.model, target);
      assertObjectsEditable(sheet);
      apply(chart, sheet);
    });
  }

  get title(): Excel.ChartTitle {
    return this._title as unknown as Excel.ChartTitle;
  }

  get series(): Excel.ChartSeriesCollection {
    return this._series as unknown as Excel.ChartSeriesCollection;
  }

  get axes(): Excel.ChartAxes {
    return this._axes as unknown as Excel.ChartAxes;
  }

  get legend(): Excel.ChartLegend {
    return this._legend as unknown as Excel.ChartLegend;
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._change("name", name, (chart) => {
      if (typeof name !== "string" || name.trim() === "")
        throw officeError(ErrorCode.invalidArgument, `chart name ${JSON.stringify(name)}`);
      chart.name = name;
    });
  }

  get chartType(): Excel.Chart["chartType"] {
    return this._get("chartType");
  }
  set chartType(type: Excel.Chart["chartType"]) {
    this._change("chartType", type, (chart) => (chart.chartType = assertChartType(type)));
  }

  get top(): number {
    return this._get("top");
  }
  set top(points: number) {
    this._change("top", points, (chart) => (chart.top = assertPoints(points, "top", false)));
  }

  get left(): number {
    return this._get("left");
  }
  set left(points: number) {
    this._change("left", points, (chart) => (chart.left = assertPoints(points, "left", false)));
  }

  get width(): number {
    return this._get("width");
  }
  set width(points: number) {
    this._change("width", points, (chart) => (chart.width = assertPoints(points, "width", true)));
  }

  get height(): number {
    return this._get("height");
  }
  set height(points: number) {
    this._change("height", points, (chart) => (chart.height = assertPoints(points, "height", true)));
  }

  set(
    properties: Excel.Interfaces.ChartUpdateData | Excel.Chart,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  /**
   * Moves the chart's top-left corner to `startCell`'s; with `endCell` the chart is resized to end where
   * that cell (or range) ends. Both must be on the chart's sheet.
   */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    assertSameContext(this._ctx, startCell);
    if (endCell !== undefined) assertSameContext(this._ctx, endCell);
    this._queueCall("setPosition", [cellArgument(startCell), cellArgument(endCell)], (target, exec) => {
      const { sheet, chart } = chartById(exec.model, target);
      assertObjectsEditable(sheet);
      const start = cellRect(sheet, areaOnSheet(sheet, startCell, exec));
      const end = endCell === undefined ? undefined : cellRect(sheet, areaOnSheet(sheet, endCell, exec));
      if (end && (end.left + end.width <= start.left || end.top + end.height <= start.top))
        throw officeError(ErrorCode.invalidArgument, "endCell is before startCell");
      chart.top = start.top;
      chart.left = start.left;
      if (end) {
        chart.width = end.left + end.width - start.left;
        chart.height = end.top + end.height - start.top;
      }
    });
  }

  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) => {
      const { sheet } = chartById(exec.model, target);
      assertObjectsEditable(sheet);
      sheet.charts = sheet.charts.filter((c) => c.id !== target);
    });
  }

  load(options?: Excel.Interfaces.ChartLoadOptions): Excel.Chart;
  load(propertyNames?: string | string[]): Excel.Chart;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Chart;
  load(spec?: unknown): Excel.Chart {
    return this._load(spec) as unknown as Excel.Chart;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const title = this._title._json();
    if (Object.keys(title).length > 0) json.title = title;
    return json;
  }

  override toJSON(): Excel.Interfaces.ChartData {
    return this._json() as unknown as Excel.Interfaces.ChartData;
  }
}

function cellArgument(cell: Excel.Range | string | undefined): string | undefined {
  return typeof cell === "string" || cell === undefined ? cell : "range";
}

/** A `setPosition` argument as an area of the chart's sheet. */
function areaOnSheet(sheet: SheetModel, cell: Excel.Range | string, exec: ExecState): CellArea {
  if (typeof cell !== "string") {
    const range = (cell as unknown as EmRange)._require(exec);
    if (range.sheetId !== sheet.id)
      throw officeError(ErrorCode.invalidArgument, "the cell is on another sheet");
    return range.area;
  }
  const parsed = parseAddress(cell);
  const otherSheet =
    parsed?.sheet !== undefined && parsed.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase();
  if (!parsed || otherSheet || !isInsideSheet(parsed.area))
    throw officeError(ErrorCode.invalidArgument, `cell ${JSON.stringify(cell)}`);
  return parsed.area;
}

// ---- ChartTitle -----------------------------------------------------------------------------------------

type ChartTitleMembers = "context" | "isNullObject" | "text" | "set" | "load" | "toJSON";

/** A chart's title; the target is the chart's id. */
export class EmChartTitle
  extends EmClientObject<string>
  implements Pick<Excel.ChartTitle, ChartTitleMembers>
{
  get _typeName(): string {
    return "ChartTitle";
  }

  protected _scalarNames(): readonly string[] {
    return ["text"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    return { text: chartById(exec.model, target).chart.title };
  }

  get text(): string {
    return this._get("text");
  }
  set text(text: string) {
    this._queueSet("text", text, (target, exec) => {
      const { sheet, chart } = chartById(exec.model, target);
      assertObjectsEditable(sheet);
      if (typeof text !== "string") throw officeError(ErrorCode.invalidArgument, "title text");
      chart.title = text;
    });
  }

  set(
    properties: Excel.Interfaces.ChartTitleUpdateData | Excel.ChartTitle,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.ChartTitleLoadOptions): Excel.ChartTitle;
  load(propertyNames?: string | string[]): Excel.ChartTitle;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ChartTitle;
  load(spec?: unknown): Excel.ChartTitle {
    return this._load(spec) as unknown as Excel.ChartTitle;
  }

  override toJSON(): Excel.Interfaces.ChartTitleData {
    return this._json() as unknown as Excel.Interfaces.ChartTitleData;
  }
}
