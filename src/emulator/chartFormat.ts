/**
 * A chart's series, axes, legend and data labels (`Chart.series`, `Chart.axes`, `Chart.legend`): what an
 * add-in sets to make a chart readable (series colours, axis bounds and steps, number formats, data labels,
 * category labels from another range). Each member checks its requirement set at `sync`, as the
 * `[Api set: ExcelApi 1.N]` of @types/office-js gives it (learn.microsoft.com/javascript/api/excel/
 * excel.chartseries, excel.chartaxis, excel.chartdatalabels, excel.chartlegend, excel.chartfill): a newer
 * member on an older Excel fails the batch with `ApiNotFound` (apiSets.ts), so a writer that uses one without
 * feature detection fails here as on Excel 2019.
 *
 * What is set is kept in the chart's model as a flat record, `format["axes.valueAxis.majorUnit"] = 1`, and
 * `series(0).xAxisValues` as a source area; `chartViews` shows both and the playground draws them. Only what
 * was set is known: Excel's automatic values (bounds, colours) are not computed, they read as null.
 */
import { requireApiSet, supportsApi } from "./apiSets";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET, queueResult } from "./clientObject";
import { normalizeColor } from "./colors";
import type { EmRequestContext } from "./context";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { ChartFormatValue, ChartModel, SheetModel, WorkbookModel } from "./model";
import type { EmRange } from "./range";

/** How a property's value is checked before Excel takes it; a bad one fails the batch with `InvalidArgument`. */
type Check = (value: unknown, name: string) => ChartFormatValue;

const isBoolean: Check = (value, name) => {
  if (typeof value !== "boolean") throw officeError(ErrorCode.invalidArgument, `${name} ${String(value)}`);
  return value;
};

const isText: Check = (value, name) => {
  if (typeof value !== "string") throw officeError(ErrorCode.invalidArgument, `${name} ${String(value)}`);
  return value;
};

const isNumber: Check = (value, name) => {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw officeError(ErrorCode.invalidArgument, `${name} ${String(value)}`);
  return value;
};

/** "Represents the interval between two major tick marks": a positive number (excel.chartaxis#majorUnit). */
const isPositive: Check = (value, name) => {
  const n = isNumber(value, name) as number;
  if (n <= 0) throw officeError(ErrorCode.invalidArgument, `${name} ${n}`);
  return n;
};

const inRange =
  (min: number, max: number): Check =>
  (value, name) => {
    const n = isNumber(value, name) as number;
    if (n < min || n > max || !Number.isInteger(n))
      throw officeError(ErrorCode.invalidArgument, `${name} ${n}`);
    return n;
  };

const oneOf =
  (...values: string[]): Check =>
  (value, name) => {
    if (typeof value !== "string" || !values.includes(value))
      throw officeError(ErrorCode.invalidArgument, `${name} ${String(value)}`);
    return value;
  };

const isColour: Check = (value) => normalizeColor(value);

interface PropertySpec {
  /** The ExcelApi set that introduced the property. */
  set: string;
  check: Check;
}

interface PartSpec {
  type: string;
  properties: Record<string, PropertySpec>;
  /** Navigation properties: the part's set and the child's spec. */
  children?: Record<string, { set: string; spec: () => PartSpec }>;
}

const FONT: PartSpec = {
  type: "ChartFont",
  properties: {
    bold: { set: "1.1", check: isBoolean },
    color: { set: "1.1", check: isColour },
    size: { set: "1.1", check: isPositive },
    name: { set: "1.1", check: isText },
  },
};

const LINE: PartSpec = {
  type: "ChartLineFormat",
  properties: { color: { set: "1.1", check: isColour } },
};

const FILL: PartSpec = { type: "ChartFill", properties: {} };

const DATA_LABELS: PartSpec = {
  type: "ChartDataLabels",
  properties: {
    showValue: { set: "1.1", check: isBoolean },
    showSeriesName: { set: "1.1", check: isBoolean },
    showCategoryName: { set: "1.1", check: isBoolean },
    showLegendKey: { set: "1.1", check: isBoolean },
    numberFormat: { set: "1.8", check: isText },
    position: {
      set: "1.1",
      check: oneOf(
        "None",
        "Center",
        "InsideEnd",
        "InsideBase",
        "OutsideEnd",
        "Left",
        "Right",
        "Top",
        "Bottom",
        "BestFit",
        "Callout",
      ),
    },
  },
  children: {
    format: {
      set: "1.1",
      spec: () => ({
        type: "ChartDataLabelFormat",
        properties: {},
        children: { font: { set: "1.1", spec: () => FONT }, fill: { set: "1.1", spec: () => FILL } },
      }),
    },
  },
};

const SERIES_FORMAT: PartSpec = {
  type: "ChartSeriesFormat",
  properties: {},
  children: { fill: { set: "1.1", spec: () => FILL }, line: { set: "1.1", spec: () => LINE } },
};

const AXIS: PartSpec = {
  type: "ChartAxis",
  properties: {
    minimum: { set: "1.1", check: isNumber },
    maximum: { set: "1.1", check: isNumber },
    majorUnit: { set: "1.1", check: isPositive },
    numberFormat: { set: "1.8", check: isText },
    reversePlotOrder: { set: "1.7", check: isBoolean },
    position: { set: "1.8", check: oneOf("Automatic", "Maximum", "Minimum", "Custom") },
    visible: { set: "1.7", check: isBoolean },
  },
  children: {
    format: {
      set: "1.1",
      spec: () => ({
        type: "ChartAxisFormat",
        properties: {},
        children: { font: { set: "1.1", spec: () => FONT }, line: { set: "1.1", spec: () => LINE } },
      }),
    },
  },
};

const LEGEND: PartSpec = {
  type: "ChartLegend",
  properties: {
    visible: { set: "1.1", check: isBoolean },
    position: { set: "1.1", check: oneOf("Top", "Bottom", "Corner", "Left", "Right", "Custom") },
    overlay: { set: "1.1", check: isBoolean },
  },
  children: {
    format: {
      set: "1.1",
      spec: () => ({
        type: "ChartLegendFormat",
        properties: {},
        children: { font: { set: "1.1", spec: () => FONT } },
      }),
    },
  },
};

const SERIES: PartSpec = {
  type: "ChartSeries",
  properties: {
    gapWidth: { set: "1.7", check: inRange(0, 500) },
    overlap: { set: "1.8", check: inRange(-100, 100) },
    hasDataLabels: { set: "1.7", check: isBoolean },
  },
  children: {
    format: { set: "1.1", spec: () => SERIES_FORMAT },
    dataLabels: { set: "1.8", spec: () => DATA_LABELS },
  },
};

function chartOf(model: WorkbookModel, id: string): { sheet: SheetModel; chart: ChartModel } {
  for (const sheet of model.sheets) {
    const chart = sheet.charts.find((c) => c.id === id);
    if (chart) return { sheet, chart };
  }
  throw officeError(ErrorCode.itemNotFound, "the chart no longer exists");
}

function assertEditable(sheet: SheetModel): void {
  if (sheet.protection.protected && !sheet.protection.options.allowEditObjects)
    throw officeError(ErrorCode.accessDenied, `worksheet "${sheet.name}" is protected`);
}

const newer = (a: string, b: string): string => (supportsApi(a, b) ? a : b);

/**
 * A part of a chart (series format, axis, legend, data labels, font …) by its spec: its properties are real
 * accessors, so that reading one the spec lacks is an `EmulatorGapError`, as for every emulated object.
 */
export class EmChartPart extends EmClientObject<string> {
  private readonly _children = new Map<string, EmChartPart>();

  constructor(
    ctx: EmRequestContext,
    path: string,
    resolver: (exec: ExecState) => Resolved<string>,
    private readonly _spec: PartSpec,
    /** The key of this part in the chart's format record, e.g. `axes.valueAxis`. */
    readonly _key: string,
    /** The newest requirement set on the way here (a child of a 1.8 member needs 1.8). */
    private readonly _set: string,
    /** Extra check at sync (a series index that must exist). */
    private readonly _check?: (chart: ChartModel, exec: ExecState) => void,
  ) {
    super(ctx, path, resolver);
    for (const [name, spec] of Object.entries(_spec.properties)) {
      Object.defineProperty(this, name, {
        get: () => this._get(name),
        set: (value: unknown) => {
          this._write(name, spec, value);
        },
        enumerable: true,
      });
    }
    for (const [name, child] of Object.entries(_spec.children ?? {})) {
      Object.defineProperty(this, name, { get: () => this._childPart(name, child), enumerable: true });
    }
  }

  get _typeName(): string {
    return this._spec.type;
  }

  private _childPart(name: string, child: { set: string; spec: () => PartSpec }): EmChartPart {
    let part = this._children.get(name);
    if (!part) {
      part = new EmChartPart(
        this._ctx,
        `${this._path}.${name}`,
        (exec) => this._resolve(exec),
        child.spec(),
        `${this._key}.${name}`,
        newer(this._set, child.set),
        this._check,
      );
      this._children.set(name, part);
    }
    return part;
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    const child = this._spec.children?.[name];
    return child ? this._childPart(name, child) : undefined;
  }

  protected _scalarNames(): readonly string[] {
    return Object.keys(this._spec.properties);
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const { chart } = chartOf(exec.model, target);
    this._check?.(chart, exec);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      requireApiSet(exec, newer(this._set, this._spec.properties[name].set), `${this._typeName}.${name}`);
      values[name] = chart.format?.[`${this._key}.${name}`] ?? null;
    }
    return values;
  }

  /** Applies at sync: the set, the sheet's protection, the value's check, then the record. */
  _apply(
    member: string,
    set: string,
    change: (chart: ChartModel, exec: ExecState) => void,
  ): (target: string, exec: ExecState) => void {
    return (target, exec) => {
      requireApiSet(exec, newer(this._set, set), `${this._typeName}.${member}`);
      const { sheet, chart } = chartOf(exec.model, target);
      assertEditable(sheet);
      this._check?.(chart, exec);
      change(chart, exec);
    };
  }

  private _write(name: string, spec: PropertySpec, value: unknown): void {
    this._queueSet(
      name,
      value,
      this._apply(name, spec.set, (chart) => {
        chart.format = {
          ...chart.format,
          [`${this._key}.${name}`]: spec.check(value, `${this._typeName}.${name}`),
        };
      }),
    );
  }

  // ChartFill's methods (excel.chartfill): the only part with methods besides the series.

  /** `ChartFill.setSolidColor`: "#RRGGBB" or an HTML colour name. */
  setSolidColor(color: string): void {
    if (this._spec !== FILL) throw officeError(ErrorCode.invalidArgument, `${this._typeName}.setSolidColor`);
    this._queueCall(
      "setSolidColor",
      [color],
      this._apply("setSolidColor", "1.1", (chart) => {
        chart.format = { ...chart.format, [`${this._key}.color`]: normalizeColor(color) };
      }),
    );
  }

  /** `ChartFill.clear`: back to Excel's automatic fill. */
  clear(): void {
    if (this._spec !== FILL) throw officeError(ErrorCode.invalidArgument, `${this._typeName}.clear`);
    this._queueCall(
      "clear",
      [],
      this._apply("clear", "1.1", (chart) => {
        const format = { ...chart.format };
        delete format[`${this._key}.color`];
        chart.format = format;
      }),
    );
  }

  load(spec?: unknown): this {
    return this._load(spec);
  }
}

/** One series of a chart, by its index; the index must exist at sync (`ItemNotFound` otherwise). */
export class EmChartSeries extends EmChartPart {
  constructor(
    ctx: EmRequestContext,
    path: string,
    resolver: (exec: ExecState) => Resolved<string>,
    private readonly _index: number,
    count: (model: WorkbookModel, chart: ChartModel) => number,
  ) {
    super(ctx, path, resolver, SERIES, `series(${_index})`, "1.1", (chart, exec) => {
      if (!Number.isInteger(_index) || _index < 0 || _index >= count(exec.model, chart))
        throw officeError(ErrorCode.itemNotFound, path);
    });
  }

  /**
   * `ChartSeries.setXAxisValues` (ExcelApi 1.7): the category labels from a range of the workbook, e.g. a
   * table's first column when the chart is drawn from its count columns only.
   */
  setXAxisValues(sourceData: Excel.Range): void {
    assertSameContext(this._ctx, sourceData);
    this._queueCall(
      "setXAxisValues",
      ["range"],
      this._apply("setXAxisValues", "1.7", (chart, exec) => {
        const source = (sourceData as unknown as EmRange)._require(exec);
        chart.seriesCategories = {
          ...chart.seriesCategories,
          [this._index]: { sheetId: source.sheetId, area: { ...source.area } },
        };
      }),
    );
  }
}

/** `Chart.series`: `getItemAt`, `count`, `getCount`. */
export class EmChartSeriesCollection extends EmClientObject<string> {
  constructor(
    ctx: EmRequestContext,
    path: string,
    resolver: (exec: ExecState) => Resolved<string>,
    private readonly _count: (model: WorkbookModel, chart: ChartModel) => number,
  ) {
    super(ctx, path, resolver);
  }

  get _typeName(): string {
    return "ChartSeriesCollection";
  }

  protected _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    return { count: this._count(exec.model, chartOf(exec.model, target).chart) };
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this, "getCount", (exec) => {
      requireApiSet(exec, "1.4", "ChartSeriesCollection.getCount");
      const target = this._resolve(exec);
      return target === NULL_TARGET
        ? NULL_TARGET
        : this._count(exec.model, chartOf(exec.model, target).chart);
    });
  }

  getItemAt(index: number): Excel.ChartSeries {
    return new EmChartSeries(
      this._ctx,
      `${this._path}.getItemAt(${index})`,
      (exec) => this._resolve(exec),
      index,
      this._count,
    ) as unknown as Excel.ChartSeries;
  }

  load(spec?: unknown): this {
    return this._load(spec);
  }
}

/** `Chart.axes`: the value and category axes. */
export function chartAxes(
  ctx: EmRequestContext,
  path: string,
  resolver: (exec: ExecState) => Resolved<string>,
): EmChartPart {
  return new EmChartPart(
    ctx,
    path,
    resolver,
    {
      type: "ChartAxes",
      properties: {},
      children: {
        valueAxis: { set: "1.1", spec: () => AXIS },
        categoryAxis: { set: "1.1", spec: () => AXIS },
      },
    },
    "axes",
    "1.1",
  );
}

/** `Chart.legend`. */
export function chartLegend(
  ctx: EmRequestContext,
  path: string,
  resolver: (exec: ExecState) => Resolved<string>,
): EmChartPart {
  return new EmChartPart(ctx, path, resolver, LEGEND, "legend", "1.1");
}
