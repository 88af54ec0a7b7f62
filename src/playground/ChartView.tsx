/**
 * A chart of the emulated workbook drawn as SVG, from the emulator's chart model as Excel would read its
 * source range (`chartSeries`): columns and bars (clustered, stacked, 100 %), lines, pies and doughnuts,
 * with a title, a value axis, category labels and a legend. Other types are drawn as columns, and say so.
 * What an add-in set on the chart (src/emulator/chartFormat.ts) is drawn as Excel would: series fills and
 * outlines, the value axis's bounds, step and number format, data labels in their format and colour, the
 * legend hidden or at the bottom, bars in reversed category order; category names wrap instead of being cut.
 * The data are also in a visually hidden table for screen readers.
 */
import type { CSSProperties, ReactElement } from "react";
import { parseAddress } from "../emulator/address";
import { chartSeries } from "../emulator/charts";
import { readValue } from "../emulator/cellInput";
import type { ChartModel, WorkbookModel } from "../emulator/model";
import { displayValue } from "./numberFormat";
import type { PlaygroundStrings } from "./strings";

/** Office's default palette. */
export const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];
export const PX_PER_POINT = 4 / 3;

export interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
}

function cellsOf(model: WorkbookModel, address: string | null): (string | number | boolean)[] {
  if (!address) return [];
  const parsed = parseAddress(address);
  const sheet = parsed?.sheet ? model.sheetByName(parsed.sheet) : undefined;
  if (!parsed || !sheet) return [];
  const values: (string | number | boolean)[] = [];
  for (let r = parsed.area.top; r <= parsed.area.bottom; r++)
    for (let c = parsed.area.left; c <= parsed.area.right; c++) values.push(readValue(sheet.cell(r, c)));
  return values;
}

export function chartData(model: WorkbookModel, chart: ChartModel, strings: PlaygroundStrings): ChartData {
  const series = chartSeries(model, chart);
  const first = series[0];
  const count = first ? cellsOf(model, first.values).length : 0;
  const categories = first?.categories
    ? cellsOf(model, first.categories).map(String)
    : Array.from({ length: count }, (_, i) => String(i + 1));
  return {
    categories,
    series: series.map((s, i) => ({
      name: s.name ?? strings.series(i + 1),
      values: cellsOf(model, s.values).map((v) => (typeof v === "number" ? v : 0)),
    })),
  };
}

type Shape = "column" | "bar" | "line" | "pie" | "doughnut";
type Grouping = "clustered" | "stacked" | "stacked100";

export function shapeOf(chartType: string): { shape: Shape; grouping: Grouping; drawn: boolean } {
  const t = chartType.toLowerCase();
  const grouping: Grouping = t.includes("stacked100")
    ? "stacked100"
    : t.includes("stacked")
      ? "stacked"
      : "clustered";
  if (t.includes("doughnut")) return { shape: "doughnut", grouping, drawn: true };
  if (t.includes("pie")) return { shape: "pie", grouping, drawn: true };
  if (t.includes("line")) return { shape: "line", grouping, drawn: true };
  if (t.includes("bar") && !t.includes("col")) return { shape: "bar", grouping, drawn: true };
  if (t.includes("col") || t === "3dcolumn") return { shape: "column", grouping, drawn: true };
  return { shape: "column", grouping, drawn: false };
}

/** Round axis steps: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 5): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}

const FONT = "Segoe UI, Calibri, Arial, sans-serif";

type ChartFormat = Readonly<Record<string, string | number | boolean>>;

/** A series' fill: what the add-in set, else Office's default palette. */
function seriesFill(format: ChartFormat, index: number): string {
  const set = format[`series(${index}).format.fill.color`];
  return typeof set === "string" ? set : PALETTE[index % PALETTE.length];
}

/** A number as a chart shows it in `numberFormat`; an empty section (e.g. zero in `0;-0;;@`) shows nothing. */
export function chartNumber(value: number, numberFormat: string | undefined, locale: string): string {
  const sections = (numberFormat ?? "General").split(";");
  if (value === 0 && sections.length >= 3 && sections[2] === "") return "";
  return displayValue(value, numberFormat, locale);
}

/** Splits a name into lines of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function Legend({
  items,
  x,
  y,
  colours,
  across,
}: {
  items: string[];
  x: number;
  y: number;
  colours: string[];
  /** Side by side (a legend at the bottom) instead of one under another. */
  across?: boolean;
}) {
  let offset = 0;
  return (
    <g transform={`translate(${x},${y})`} data-legend={across ? "bottom" : "right"}>
      {items.map((item, i) => {
        const at = offset;
        offset += across ? 24 + item.length * 6.5 : 18;
        return (
          <g key={i} transform={across ? `translate(${at},0)` : `translate(0,${at})`}>
            <rect width={10} height={10} y={-9} fill={colours[i]} stroke="#595959" strokeWidth={0.5} />
            <text x={14} fontSize={12} fontFamily={FONT} fill="#404040">
              {!across && item.length > 20 ? `${item.slice(0, 19)}…` : item}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function PieChart({
  data,
  width,
  height,
  hole,
}: {
  data: ChartData;
  width: number;
  height: number;
  hole: boolean;
}) {
  const values = data.series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  const legendWidth = 150;
  const r = Math.max(10, Math.min((width - legendWidth - 20) / 2, (height - 56) / 2));
  const cx = 10 + r;
  const cy = 40 + r;
  let angle = -Math.PI / 2;
  const slices = values.map((value, i) => {
    const sweep = total > 0 ? (Math.max(0, value) / total) * Math.PI * 2 : 0;
    const start = angle;
    angle += sweep;
    if (sweep <= 0) return null;
    if (sweep >= Math.PI * 2 - 1e-9)
      return <circle key={i} cx={cx} cy={cy} r={r} fill={PALETTE[i % PALETTE.length]} />;
    const large = sweep > Math.PI ? 1 : 0;
    const [x1, y1] = [cx + r * Math.cos(start), cy + r * Math.sin(start)];
    const [x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    return (
      <path
        key={i}
        d={`M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z`}
        fill={PALETTE[i % PALETTE.length]}
        stroke="#fff"
      />
    );
  });
  return (
    <>
      {slices}
      {hole && <circle cx={cx} cy={cy} r={r * 0.5} fill="#fff" />}
      <Legend
        items={data.categories}
        x={cx + r + 20}
        y={cy - (data.categories.length * 18) / 2 + 9}
        colours={data.categories.map((_, i) => PALETTE[i % PALETTE.length])}
      />
    </>
  );
}

function AxisChart({
  data,
  width,
  height,
  shape,
  grouping,
  format,
  locale,
}: {
  data: ChartData;
  width: number;
  height: number;
  shape: "column" | "bar" | "line";
  grouping: Grouping;
  format: ChartFormat;
  locale: string;
}) {
  const n = data.categories.length;
  const legendShown = format["legend.visible"] ?? (data.series.length > 1 || shape !== "line");
  const legendBottom = legendShown && format["legend.position"] === "Bottom";
  const legendWidth = legendShown && !legendBottom ? 130 : 0;
  const labelSpace = shape === "bar" ? Math.min(200, width * 0.32) : 0;
  const plot = {
    left: 36 + labelSpace,
    top: 40,
    right: width - legendWidth - 16,
    bottom: height - (shape === "bar" ? 22 : 34) - (legendBottom ? 24 : 0),
  };
  const stackedTotals = data.categories.map((_, i) =>
    data.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0),
  );
  const value = (si: number, ci: number) => {
    const v = Math.max(0, data.series[si].values[ci] ?? 0);
    return grouping === "stacked100" ? (stackedTotals[ci] > 0 ? (v / stackedTotals[ci]) * 100 : 0) : v;
  };
  const max =
    grouping === "stacked100"
      ? 100
      : grouping === "stacked"
        ? Math.max(0, ...stackedTotals)
        : Math.max(0, ...data.series.flatMap((s) => s.values));
  const setMin = format["axes.valueAxis.minimum"];
  const setMax = format["axes.valueAxis.maximum"];
  const setStep = format["axes.valueAxis.majorUnit"];
  const axisFormat = format["axes.valueAxis.numberFormat"];
  const bottom = typeof setMin === "number" ? setMin : 0;
  const step = typeof setStep === "number" ? setStep : grouping === "stacked100" ? 20 : niceStep(max);
  const top =
    typeof setMax === "number"
      ? setMax
      : grouping === "stacked100"
        ? 100
        : Math.max(bottom + step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round((top - bottom) / step) + 1 }, (_, i) => bottom + i * step);
  const horizontal = shape === "bar";
  // Excel draws a bar chart's first category at the bottom unless the category axis is reversed.
  const reversed = format["axes.categoryAxis.reversePlotOrder"] === true;
  const slot = (ci: number) => (horizontal && !reversed ? n - 1 - ci : ci);
  const along = horizontal ? plot.bottom - plot.top : plot.right - plot.left; // category axis length
  const across = horizontal ? plot.right - plot.left : plot.bottom - plot.top; // value axis length
  const band = n > 0 ? along / n : along;
  const scale = (v: number) => ((v - bottom) / (top - bottom)) * across;
  const label = (v: number) =>
    typeof axisFormat === "string"
      ? chartNumber(v, axisFormat, locale)
      : grouping === "stacked100"
        ? `${v} %`
        : String(Math.round(v * 100) / 100);
  const colours = data.series.map((_, si) => seriesFill(format, si));
  const elements: ReactElement[] = [];

  ticks.forEach((t) => {
    const at = scale(t);
    elements.push(
      horizontal ? (
        <g key={`t${t}`} data-tick={label(t)}>
          <line x1={plot.left + at} x2={plot.left + at} y1={plot.top} y2={plot.bottom} stroke="#D9D9D9" />
          <text
            x={plot.left + at}
            y={plot.bottom + 14}
            fontSize={11}
            textAnchor="middle"
            fontFamily={FONT}
            fill="#595959"
          >
            {label(t)}
          </text>
        </g>
      ) : (
        <g key={`t${t}`} data-tick={label(t)}>
          <line x1={plot.left} x2={plot.right} y1={plot.bottom - at} y2={plot.bottom - at} stroke="#D9D9D9" />
          <text
            x={plot.left - 4}
            y={plot.bottom - at + 3}
            fontSize={11}
            textAnchor="end"
            fontFamily={FONT}
            fill="#595959"
          >
            {label(t)}
          </text>
        </g>
      ),
    );
  });

  data.categories.forEach((category, ci) => {
    const start = (horizontal ? plot.top : plot.left) + slot(ci) * band;
    if (horizontal) {
      // Full names, wrapped to the room left of the plot (about 6 pixels a character at 11 px).
      const lines = wrapText(category, Math.max(8, Math.floor(labelSpace / 6)));
      elements.push(
        <text
          key={`c${ci}`}
          x={plot.left - 6}
          y={start + band / 2 + 4 - ((lines.length - 1) * 13) / 2}
          fontSize={11}
          textAnchor="end"
          fontFamily={FONT}
          fill="#404040"
          data-category={category}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={plot.left - 6} dy={i === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>,
      );
    } else {
      const lines = wrapText(category, Math.max(6, Math.floor(band / 6.5)));
      elements.push(
        <text
          key={`c${ci}`}
          x={start + band / 2}
          y={plot.bottom + 14}
          fontSize={11}
          textAnchor="middle"
          fontFamily={FONT}
          fill="#404040"
          data-category={category}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={start + band / 2} dy={i === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>,
      );
    }
    if (shape === "line") return;
    const gap = band * 0.2;
    const stacked = grouping !== "clustered";
    const thickness = stacked ? band - 2 * gap : (band - 2 * gap) / Math.max(1, data.series.length);
    let offset = 0;
    data.series.forEach((series, si) => {
      const length = scale(bottom + value(si, ci));
      const base = stacked ? offset : 0;
      const pos = start + gap + (stacked ? 0 : si * thickness);
      offset += length;
      if (length <= 0) return;
      const outline = format[`series(${si}).format.line.color`];
      elements.push(
        <rect
          key={`b${ci}-${si}`}
          x={horizontal ? plot.left + base : pos}
          y={horizontal ? pos : plot.bottom - base - length}
          width={horizontal ? length : thickness}
          height={horizontal ? thickness : length}
          fill={colours[si]}
          stroke={typeof outline === "string" ? outline : undefined}
          strokeWidth={0.75}
          data-series={series.name}
        />,
      );
      if (format[`series(${si}).dataLabels.showValue`] !== true) return;
      const labelFormat = format[`series(${si}).dataLabels.numberFormat`];
      const text = chartNumber(
        series.values[ci] ?? 0,
        typeof labelFormat === "string" ? labelFormat : undefined,
        locale,
      );
      if (!text) return;
      const colour = format[`series(${si}).dataLabels.format.font.color`];
      const centre = format[`series(${si}).dataLabels.position`] !== "OutsideEnd";
      const mid = pos + thickness / 2;
      const end = base + (centre ? length / 2 : length + 4);
      elements.push(
        <text
          key={`l${ci}-${si}`}
          x={horizontal ? plot.left + end : mid}
          y={horizontal ? mid + 4 : plot.bottom - end + (centre ? 4 : 0)}
          fontSize={11}
          fontWeight="bold"
          textAnchor={horizontal && !centre ? "start" : "middle"}
          fontFamily={FONT}
          fill={typeof colour === "string" ? colour : "#404040"}
          data-label={text}
        >
          {text}
        </text>,
      );
    });
  });

  if (shape === "line") {
    data.series.forEach((_, si) => {
      let running = new Array<number>(n).fill(0);
      if (grouping !== "clustered")
        running = data.categories.map((__, ci) =>
          data.series.slice(0, si).reduce((a, ___, k) => a + value(k, ci), 0),
        );
      const points = data.categories.map((__, ci) => {
        const x = plot.left + slot(ci) * band + band / 2;
        const y = plot.bottom - scale(running[ci] + value(si, ci));
        return `${x},${y}`;
      });
      elements.push(
        <polyline
          key={`l${si}`}
          points={points.join(" ")}
          fill="none"
          stroke={colours[si]}
          strokeWidth={2}
        />,
      );
    });
  }

  elements.push(
    <line
      key="axis"
      x1={plot.left}
      y1={plot.bottom}
      x2={horizontal ? plot.left : plot.right}
      y2={horizontal ? plot.top : plot.bottom}
      stroke="#BFBFBF"
    />,
  );
  const names = data.series.map((s) => s.name);
  return (
    <>
      {elements}
      {legendShown &&
        (legendBottom ? (
          <Legend
            items={names}
            colours={colours}
            across
            x={Math.max(8, (width - names.reduce((a, name) => a + 24 + name.length * 6.5, 0)) / 2)}
            y={height - 10}
          />
        ) : (
          <Legend items={names} colours={colours} x={plot.right + 14} y={plot.top + 12} />
        ))}
    </>
  );
}

export function ChartView({
  model,
  chart,
  strings,
  style,
  anchor,
  locale = "fi-FI",
}: {
  model: WorkbookModel;
  chart: ChartModel;
  strings: PlaygroundStrings;
  /** The display language's locale, for numbers on the axis and the labels. */
  locale?: string;
  style?: CSSProperties;
  /** The row the chart's top is in, and the points below that row's top (see SpreadsheetView). */
  anchor?: { row: number; offset: number };
}) {
  const width = Math.max(120, chart.width * PX_PER_POINT);
  const height = Math.max(90, chart.height * PX_PER_POINT);
  const data = chartData(model, chart, strings);
  const { shape, grouping, drawn } = shapeOf(chart.chartType);
  const title = chart.title || chart.name;
  return (
    <figure
      className="pg-chart"
      style={{ width, height, ...style }}
      aria-label={strings.chart(title)}
      data-chart-type={chart.chartType}
      data-chart-name={chart.name}
      data-anchor-row={anchor?.row}
      data-anchor-offset={anchor?.offset}
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={strings.chart(title)}
      >
        <rect width={width} height={height} fill="#fff" stroke="#D9D9D9" />
        <text x={width / 2} y={22} fontSize={15} textAnchor="middle" fontFamily={FONT} fill="#404040">
          {title}
        </text>
        {shape === "pie" || shape === "doughnut" ? (
          <PieChart data={data} width={width} height={height} hole={shape === "doughnut"} />
        ) : (
          <AxisChart
            data={data}
            width={width}
            height={height}
            shape={shape}
            grouping={grouping}
            format={chart.format ?? {}}
            locale={locale}
          />
        )}
        {!drawn && (
          <text x={8} y={height - 6} fontSize={11} fontFamily={FONT} fill="#A80000">
            {strings.chartTypeNotDrawn(chart.chartType)}
          </text>
        )}
      </svg>
      <table className="pg-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {data.series.map((s, i) => (
              <th key={i} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((category, ci) => (
            <tr key={ci}>
              <th scope="row">{category}</th>
              {data.series.map((s, si) => (
                <td key={si}>{s.values[ci]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
