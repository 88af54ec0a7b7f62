/**
 * A chart of the emulated workbook drawn as SVG, from the emulator's chart model as Excel would read its
 * source range (`chartSeries`): columns and bars (clustered, stacked, 100 %), lines, pies and doughnuts,
 * with a title, a value axis, category labels and a legend. Other types are drawn as columns, and say so.
 * The data are also in a visually hidden table for screen readers.
 */
import type { CSSProperties, ReactElement } from "react";
import { parseAddress } from "../emulator/address";
import { chartSeries } from "../emulator/charts";
import { readValue } from "../emulator/cellInput";
import type { ChartModel, WorkbookModel } from "../emulator/model";
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

function Legend({ items, x, y }: { items: string[]; x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`}>
      {items.map((item, i) => (
        <g key={i} transform={`translate(0,${i * 18})`}>
          <rect width={10} height={10} y={-9} fill={PALETTE[i % PALETTE.length]} />
          <text x={14} fontSize={12} fontFamily={FONT} fill="#404040">
            {item.length > 20 ? `${item.slice(0, 19)}…` : item}
          </text>
        </g>
      ))}
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
      <Legend items={data.categories} x={cx + r + 20} y={cy - (data.categories.length * 18) / 2 + 9} />
    </>
  );
}

function AxisChart({
  data,
  width,
  height,
  shape,
  grouping,
}: {
  data: ChartData;
  width: number;
  height: number;
  shape: "column" | "bar" | "line";
  grouping: Grouping;
}) {
  const n = data.categories.length;
  const legendWidth = data.series.length > 1 || shape !== "line" ? 130 : 0;
  const labelSpace = shape === "bar" ? Math.min(140, width * 0.3) : 0;
  const plot = {
    left: 36 + labelSpace,
    top: 40,
    right: width - legendWidth - 10,
    bottom: height - (shape === "bar" ? 22 : 34),
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
  const step = grouping === "stacked100" ? 20 : niceStep(max);
  const top = grouping === "stacked100" ? 100 : Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const horizontal = shape === "bar";
  const along = horizontal ? plot.bottom - plot.top : plot.right - plot.left; // category axis length
  const across = horizontal ? plot.right - plot.left : plot.bottom - plot.top; // value axis length
  const band = n > 0 ? along / n : along;
  const scale = (v: number) => (v / top) * across;
  const label = (v: number) => (grouping === "stacked100" ? `${v} %` : String(Math.round(v * 100) / 100));
  const elements: ReactElement[] = [];

  ticks.forEach((t) => {
    const at = scale(t);
    elements.push(
      horizontal ? (
        <g key={`t${t}`}>
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
        <g key={`t${t}`}>
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
    const start = (horizontal ? plot.top : plot.left) + ci * band;
    const text = category.length > 20 ? `${category.slice(0, 19)}…` : category;
    elements.push(
      horizontal ? (
        <text
          key={`c${ci}`}
          x={plot.left - 4}
          y={start + band / 2 + 3}
          fontSize={11}
          textAnchor="end"
          fontFamily={FONT}
          fill="#595959"
        >
          {text}
        </text>
      ) : (
        <text
          key={`c${ci}`}
          x={start + band / 2}
          y={plot.bottom + 14}
          fontSize={11}
          textAnchor="middle"
          fontFamily={FONT}
          fill="#595959"
        >
          {text}
        </text>
      ),
    );
    if (shape === "line") return;
    const gap = band * 0.2;
    const stacked = grouping !== "clustered";
    const thickness = stacked ? band - 2 * gap : (band - 2 * gap) / Math.max(1, data.series.length);
    let offset = 0;
    data.series.forEach((_, si) => {
      const length = scale(value(si, ci));
      const base = stacked ? offset : 0;
      const pos = start + gap + (stacked ? 0 : si * thickness);
      offset += length;
      if (length <= 0) return;
      elements.push(
        <rect
          key={`b${ci}-${si}`}
          x={horizontal ? plot.left + base : pos}
          y={horizontal ? pos : plot.bottom - base - length}
          width={horizontal ? length : thickness}
          height={horizontal ? thickness : length}
          fill={PALETTE[si % PALETTE.length]}
        />,
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
        const x = plot.left + ci * band + band / 2;
        const y = plot.bottom - scale(running[ci] + value(si, ci));
        return `${x},${y}`;
      });
      elements.push(
        <polyline
          key={`l${si}`}
          points={points.join(" ")}
          fill="none"
          stroke={PALETTE[si % PALETTE.length]}
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
  return (
    <>
      {elements}
      {legendWidth > 0 && (
        <Legend items={data.series.map((s) => s.name)} x={plot.right + 14} y={plot.top + 12} />
      )}
    </>
  );
}

export function ChartView({
  model,
  chart,
  strings,
  style,
  anchor,
}: {
  model: WorkbookModel;
  chart: ChartModel;
  strings: PlaygroundStrings;
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
          <AxisChart data={data} width={width} height={height} shape={shape} grouping={grouping} />
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
