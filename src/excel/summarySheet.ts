/**
 * The summary sheets: *Yhteenveto* (the open workbook, "Sammanfattning" / "Summary") and *Kaupungin
 * yhteenveto* (several workbooks combined, "Stadens sammanställning" / "City summary"). A header block (sources,
 * time, schema version, validation status, linking to the report sheet), then the sections of the summary
 * plan shared with the command line (`summarySheetSections`, src/domain/summary/sections.ts) top-down: each a
 * heading, a titled Excel table and the native charts drawn from it, side by side under the table.
 *
 * Charts follow their `SummaryChart` spec: bar or column, stacked or clustered; one colour per meaning
 * (`FORECAST_COLOURS`, met / not met / missing / invalid) with an outline; the value axis's bounds, whole-number
 * step and number format; data labels with the spec's format (zeros left blank); the legend on or off; the
 * categories in the table's order (bars read top-down) and the chart as high as the spec says, so that long
 * theme and division names wrap instead of being cut. Every chart member used is in ExcelApi 1.9 or older
 * (1.7: `ChartSeries.setXAxisValues`, `hasDataLabels`, `gapWidth`, `ChartAxis.reversePlotOrder`; 1.8:
 * `ChartSeries.dataLabels`, `overlap`, `ChartDataLabels.numberFormat`, `ChartAxis.numberFormat`, `position`),
 * which the manifest requires, so there is nothing to detect (`node ../shared/tools/api-sets.js` lists none
 * above it); an Excel without them does not load the add-in at all.
 *
 * Printed for the board, as the command line's workbook: landscape, and each block the plan marks
 * (`pageBreakBefore`) starts a page, so that no chart is cut (`horizontalPageBreaks`, `pageLayout`: ExcelApi 1.9).
 *
 * Sitova owns each sheet (it carries Sitova's tag of its kind, see ownSheets.ts): a refresh deletes its charts,
 * tables and page breaks and rewrites it in place; a user's sheet of the same name is left alone (another name is picked).
 * Texts are written with number format `@` first, so nothing from another workbook becomes a formula. Nothing
 * else in the workbook is written. Syncs: two to find the sheet by its tag, one per write chunk (bounded by the
 * request limit, not by goals or files), one for the widths and charts: never one per goal, file or chart.
 */
import type {
  AtRiskGoal,
  Lang,
  SummaryChart,
  SummaryLabels,
  SummarySection,
  SummarySheetTable,
  SummaryValue,
  UnreadableSource,
  WorkbookSummary,
} from "../domain";
import {
  BAR_OUTLINE,
  SUMMARY_FORMATS,
  clipCellText,
  isAtRiskTable,
  sourceText,
  summaryFormat,
  summaryLabels,
  summarySheetSections,
} from "../domain";
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import { utf8Bytes } from "./chunks";
import type { OwnSheetKind } from "./ownSheets";
import { freeSheetName, queueOwnSheetTags, queueTagSheet } from "./ownSheets";
import { MAX_HYPERLINKS, sheetReference } from "./reportSheet";

const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export const SUMMARY_SHEET_NAMES = Object.fromEntries(
  LANGS.map((lang) => [lang, summaryLabels(lang).sheet]),
) as Record<Lang, string>;

export const CITY_SUMMARY_SHEET_NAMES = Object.fromEntries(
  LANGS.map((lang) => [lang, summaryLabels(lang).citySheet]),
) as Record<Lang, string>;

export interface SummarySheetOptions {
  lang: Lang;
  /** When the summary was made, as the user reads it (shown as text). */
  checkedAt: string;
  /** The report sheet: the validation status links to its first cell. No link without it. */
  reportSheetName?: string;
  /** Show the summary sheet when it is written (default true). */
  activate?: boolean;
  /** Files that could not be read: listed among the sources with their reason. */
  unreadable?: readonly UnreadableSource[];
  /**
   * Which goals at risk link to their source cell: only goals of the open workbook have one here (default:
   * all, the open workbook's own summary).
   */
  linksGoal?: (goal: AtRiskGoal) => boolean;
}

/** Rows of the header block; the sections start below a blank row. The header block stays frozen. */
const HEADER_ROWS = 5;
/** Column widths in points: labels, divisions and themes (chart categories), files and sheets, goals, comments, counts. */
const COLUMN_WIDTHS = [200, 110, 70, 170, 70, 200, 70, 70, 80, 70, 80, 80];
const DEFAULT_WIDTH = 70;
/** Excel's default row height in points: the blank rows under a row of charts have it. */
const ROW_POINTS = 15;
/** Points between two charts side by side, and above and below a row of charts. */
const CHART_GAP = 12;
/** The specs give sizes in pixels (96 per inch); Office.js takes points (72 per inch). */
const POINTS_PER_PIXEL = 0.75;
/** Request bytes per write sync, well under Excel's 5 MB limit (long comments are the bulk). */
const WRITE_CHUNK_BYTES = 2_000_000;
/** Cells per write sync. */
const WRITE_CHUNK_CELLS = 10_000;

/** Names of the Excel tables: one base per kind of sheet, numbered in order (and kept free of the workbook's). */
const TABLE_BASE: Record<OwnSheetKind, string> = {
  summary: "Sitova_Summary",
  citySummary: "Sitova_City",
  report: "Sitova_Report",
};

function columnWidth(column: number): number {
  return COLUMN_WIDTHS[column] ?? DEFAULT_WIDTH;
}

// ---- the plan: every block of cells, table and chart, computed before anything is written --------------

interface Link {
  column: number;
  hyperlink: Excel.RangeHyperlink;
}

/** Rows written from column A down; `finish` runs in the sync that writes the block's last row. */
interface Block {
  row: number;
  values: SummaryValue[][];
  formats: string[][];
  /** Per row: a link on one of its cells. */
  links?: (Link | null)[];
  finish?: (sheet: Excel.Worksheet) => void;
}

interface ChartPlan {
  spec: SummaryChart;
  /** The table's header row and width on the sheet (0-based). */
  headerRow: number;
  tableColumns: number;
  /** The chart's top row and its left edge in points. */
  anchorRow: number;
  left: number;
}

interface SheetPlan {
  blocks: Block[];
  charts: ChartPlan[];
  /** Rows (0-based) a printed page starts at. */
  pageBreaks: number[];
  /** Columns used, for the widths. */
  columns: number;
}

/** Picks free table names: the workbook's other tables keep theirs. */
class TableNamer {
  private readonly taken: Set<string>;
  private next = 1;

  constructor(
    taken: Iterable<string>,
    private readonly base: string,
  ) {
    this.taken = new Set([...taken].map((n) => n.toLowerCase()));
  }

  name(): string {
    let name = `${this.base}_${this.next++}`;
    while (this.taken.has(name.toLowerCase())) name = `${this.base}_${this.next++}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** A text fit for a cell: longer texts than a cell holds (32 767 characters) are cut with a note. */
function cellText(text: string, lang: Lang): string {
  return clipCellText(text, lang);
}

function textBlock(row: number, text: string, size: number | null, lang: Lang): Block {
  return {
    row,
    values: [[cellText(text, lang)]],
    formats: [[SUMMARY_FORMATS.text]],
    finish(sheet) {
      if (size === null) return;
      const font = sheet.getCell(row, 0).format.font;
      font.bold = true;
      font.size = size;
    },
  };
}

function statusText(summary: WorkbookSummary, labels: SummaryLabels): string {
  const { errors, warnings, infos } = summary.validation;
  const word = errors === 0 ? labels.valid : labels.invalid;
  return `${word} (${labels.statusCounts(errors, warnings, infos)})`;
}

function headerBlock(summary: WorkbookSummary, labels: SummaryLabels, options: SummarySheetOptions): Block {
  const status = statusText(summary, labels);
  const files = summary.files.map((f) => f.file ?? "").join(", ");
  const values: SummaryValue[][] = [
    [labels.title, ""],
    [labels.file, cellText(files, options.lang)],
    [labels.created, options.checkedAt],
    [labels.schemaVersion, summary.schemaVersion],
    [labels.validationStatus, status],
  ];
  const report = options.reportSheetName;
  return {
    row: 0,
    values,
    formats: values.map((r) => r.map(() => SUMMARY_FORMATS.text)),
    links: values.map((_, i) =>
      i === 4 && report
        ? {
            column: 1,
            hyperlink: {
              documentReference: sheetReference(report, "A1"),
              textToDisplay: status,
              screenTip: labels.openReport,
            },
          }
        : null,
    ),
    finish(sheet) {
      const title = sheet.getRange("A1").format.font;
      title.bold = true;
      title.size = 14;
      sheet.getRange(`A2:A${HEADER_ROWS}`).format.font.bold = true;
    },
  };
}

/** An Excel table: header row and rows, number formats by column, wrapped long texts, top-aligned. */
function tableBlock(
  row: number,
  table: SummarySheetTable,
  name: string,
  lang: Lang,
  links?: (Link | null)[],
): Block {
  const width = table.columns.length;
  const formats = table.columns.map((c) => summaryFormat(c.kind));
  return {
    row,
    values: [
      table.columns.map((c) => c.header),
      // Every row as wide as the header: Excel takes only rectangular values (a short row, e.g. an unreadable
      // file's, is padded with empty cells).
      ...table.rows.map((r) =>
        Array.from({ length: width }, (_, c) =>
          typeof r[c] === "string" ? cellText(r[c], lang) : (r[c] ?? null),
        ),
      ),
    ],
    formats: [table.columns.map(() => SUMMARY_FORMATS.text), ...table.rows.map(() => formats)],
    links: links && [null, ...links],
    finish(sheet) {
      const range = sheet.getRangeByIndexes(row, 0, table.rows.length + 1, width);
      const added = sheet.tables.add(range, true);
      added.name = name;
      range.format.verticalAlignment = "Top";
      sheet.getRangeByIndexes(row, 0, 1, width).format.wrapText = true;
      table.columns.forEach((column, c) => {
        if (column.wrap) sheet.getRangeByIndexes(row + 1, c, table.rows.length, 1).format.wrapText = true;
      });
    },
  };
}

/** The links of the goals-at-risk list: each goal's title to its source cell, where it is in this workbook. */
function goalLinks(
  section: SummarySection,
  options: SummarySheetOptions,
  budget: { left: number },
): (Link | null)[] | undefined {
  const { table } = section;
  if (!isAtRiskTable(table)) return undefined;
  const links = options.linksGoal ?? (() => true);
  return table.goals.map((goal): Link | null => {
    // Excel allows 65 530 hyperlinks per worksheet (Excel specifications and limits, support.microsoft.com).
    if (goal.goal === "" || !links(goal) || budget.left <= 0) return null;
    budget.left--;
    return {
      column: table.goalColumn,
      hyperlink: {
        documentReference: sheetReference(goal.sheet, goal.cell),
        textToDisplay: cellText(goal.goal, options.lang),
        screenTip: sourceText(goal),
      },
    };
  });
}

/** The rows a row of charts covers, with a gap above and below. */
function chartRows(charts: readonly SummaryChart[]): number {
  const height = Math.max(...charts.map((c) => c.height * POINTS_PER_PIXEL));
  return Math.ceil((height + 2 * CHART_GAP) / ROW_POINTS);
}

/** Lays the sheet out from the top: the header block, then every section of the shared plan. */
function planSheet(
  summary: WorkbookSummary,
  sections: readonly SummarySection[],
  labels: SummaryLabels,
  options: SummarySheetOptions,
  namer: TableNamer,
): SheetPlan {
  const { lang } = options;
  const blocks: Block[] = [headerBlock(summary, labels, options)];
  const charts: ChartPlan[] = [];
  const pageBreaks: number[] = [];
  const linkBudget = { left: MAX_HYPERLINKS - 1 }; // the status line's link
  let columns = 2;
  let row = HEADER_ROWS + 1;

  if (summary.groups.length === 0) blocks.push(textBlock(row++, labels.noTables, null, lang));
  for (const section of sections) {
    const { table } = section;
    // A table without rows and without a word for it says nothing: it is left out, as before.
    if (table.rows.length === 0 && section.emptyText === undefined) continue;
    if (section.pageBreakBefore) pageBreaks.push(row);
    if (section.heading) blocks.push(textBlock(row++, section.heading, 13, lang));
    blocks.push(textBlock(row++, table.title, 12, lang));
    if (table.rows.length === 0) {
      blocks.push(textBlock(row, section.emptyText!, null, lang));
      row += 2;
      continue;
    }
    const headerRow = row;
    blocks.push(tableBlock(headerRow, table, namer.name(), lang, goalLinks(section, options, linkBudget)));
    columns = Math.max(columns, table.columns.length);
    row = headerRow + table.rows.length + 1;
    const drawn = section.charts.filter((chart) => chart.rows > 0);
    let left = 0;
    for (const spec of drawn) {
      charts.push({ spec, headerRow, tableColumns: table.columns.length, anchorRow: row, left });
      left += spec.width * POINTS_PER_PIXEL + CHART_GAP;
    }
    row += (drawn.length > 0 ? chartRows(drawn) : 0) + 1;
  }
  return { blocks, charts, pageBreaks, columns };
}

// ---- writing in chunks ----------------------------------------------------------------------------------

interface Segment {
  block: number;
  from: number;
  count: number;
}

function rowBytes(block: Block, index: number): number {
  const link = block.links?.[index];
  return (
    utf8Bytes(JSON.stringify(block.values[index])) +
    utf8Bytes(JSON.stringify(block.formats[index])) +
    (link ? utf8Bytes(JSON.stringify(link.hyperlink)) + 100 : 0)
  );
}

/**
 * Groups the blocks' rows into syncs of at most `maxCells` cells and `maxBytes` request bytes (a row that
 * alone is larger still gets a sync of its own). Pure.
 */
function packRows(
  blocks: readonly Block[],
  maxCells = WRITE_CHUNK_CELLS,
  maxBytes = WRITE_CHUNK_BYTES,
): Segment[][] {
  const syncs: Segment[][] = [[]];
  let cells = 0;
  let bytes = 0;
  blocks.forEach((block, b) => {
    block.values.forEach((values, r) => {
      const size = rowBytes(block, r);
      if (cells > 0 && (cells + values.length > maxCells || bytes + size > maxBytes)) {
        syncs.push([]);
        cells = 0;
        bytes = 0;
      }
      const current = syncs[syncs.length - 1];
      const last = current[current.length - 1];
      if (last && last.block === b) last.count++;
      else current.push({ block: b, from: r, count: 1 });
      cells += values.length;
      bytes += size;
    });
  });
  return syncs;
}

/** Queues one segment: number formats first (so that texts stay texts), then values and links. */
function queueSegment(sheet: Excel.Worksheet, block: Block, segment: Segment): void {
  const rows = block.values.slice(segment.from, segment.from + segment.count);
  const width = rows[0].length;
  const range = sheet.getRangeByIndexes(block.row + segment.from, 0, segment.count, width);
  range.numberFormat = block.formats.slice(segment.from, segment.from + segment.count);
  range.values = rows.map((r) => r.map((v) => (v === null ? "" : v)));
  block.links?.slice(segment.from, segment.from + segment.count).forEach((link, i) => {
    if (link) sheet.getCell(block.row + segment.from + i, link.column).hyperlink = link.hyperlink;
  });
  if (segment.from + segment.count === block.values.length) block.finish?.(sheet);
}

// ---- charts -------------------------------------------------------------------------------------------

type SummaryChartType = "BarStacked" | "BarClustered" | "ColumnStacked" | "ColumnClustered";

function chartType(spec: SummaryChart): SummaryChartType {
  const direction = spec.direction === "bar" ? "Bar" : "Column";
  return `${direction}${spec.grouping === "stacked" ? "Stacked" : "Clustered"}`;
}

const hex = (rrggbb: string): string => `#${rrggbb}`;

/**
 * The range a chart is drawn from. Series in columns: the header row and the chart's rows of the series'
 * columns (adjacent in every spec), the categories set from the table's first column (`setXAxisValues`), so
 * that a count column between (e.g. "goals") or a total row is not drawn. Series in rows: the table's header
 * row and the chart's rows, all columns (categories are the header cells right of the first column).
 */
function chartSource(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
): { source: Excel.Range; categories?: Excel.Range } {
  const { spec, headerRow } = plan;
  if (spec.seriesBy === "rows")
    return { source: sheet.getRangeByIndexes(headerRow, 0, spec.rows + 1, plan.tableColumns) };
  const indexes = spec.series.map((s) => s.index);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  if (last - first + 1 !== indexes.length)
    throw new Error(`Sitova: chart ${spec.id} draws columns that are not adjacent (${indexes.join(", ")})`);
  return {
    source: sheet.getRangeByIndexes(headerRow, first, spec.rows + 1, indexes.length),
    categories: sheet.getRangeByIndexes(headerRow + 1, 0, spec.rows, 1),
  };
}

/** Queues one chart from its spec; nothing is read back, so any number of charts share the last sync. */
function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const { spec } = plan;
  const { source, categories } = chartSource(sheet, plan);
  const chart = sheet.charts.add(chartType(spec), source, spec.seriesBy === "rows" ? "Rows" : "Columns");
  chart.name = `Sitova ${spec.id}`;
  chart.title.text = spec.title;
  // The top follows the anchor row whatever the rows' heights; the left is counted from the column widths.
  chart.setPosition(sheet.getCell(plan.anchorRow, 0));
  chart.left = plan.left + CHART_GAP;
  chart.width = spec.width * POINTS_PER_PIXEL;
  chart.height = spec.height * POINTS_PER_PIXEL;
  chart.legend.visible = spec.legend;
  if (spec.legend) chart.legend.position = "Bottom";

  const stacked = spec.grouping === "stacked";
  spec.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    if (categories) series.setXAxisValues(categories);
    series.format.fill.setSolidColor(hex(s.colour.fill));
    // The outline keeps the light grey of "missing" visible on white paper.
    series.format.line.color = hex(BAR_OUTLINE);
    series.gapWidth = stacked ? 50 : 80;
    series.overlap = stacked ? 100 : -10;
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.numberFormat = spec.labelFormat;
    // Inside a stacked segment the label takes the segment's text colour; beside a clustered bar, black.
    series.dataLabels.position = stacked ? "Center" : "OutsideEnd";
    series.dataLabels.format.font.color = hex(stacked ? s.colour.label : "000000");
  });

  const value = chart.axes.valueAxis;
  value.minimum = spec.valueAxis.min;
  if (spec.valueAxis.max !== undefined) value.maximum = spec.valueAxis.max;
  value.majorUnit = spec.valueAxis.majorUnit;
  value.numberFormat = spec.valueAxis.format;
  if (spec.direction === "bar") {
    // Bars list the first category at the top, as the table does; the value axis then crosses at the last
    // category, to stay at the bottom.
    const category = chart.axes.categoryAxis;
    category.reversePlotOrder = true;
    category.position = "Maximum";
  }
}

// ---- the run ------------------------------------------------------------------------------------------

async function writeSummarySheet(
  host: ExcelHost,
  kind: "summary" | "citySummary",
  summary: WorkbookSummary,
  options: SummarySheetOptions,
): Promise<string> {
  const labels = summaryLabels(options.lang);
  const sections = summarySheetSections(summary, labels, options.lang, { unreadable: options.unreadable });
  const baseName =
    kind === "summary" ? SUMMARY_SHEET_NAMES[options.lang] : CITY_SUMMARY_SHEET_NAMES[options.lang];
  return host.run(async (context) => {
    const workbookTables = context.workbook.tables;
    workbookTables.load("items/name");
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/protection/protected");
    const protection = context.workbook.protection;
    protection.load("protected");
    await context.sync();
    // Every sheet's tags, and the tables and charts of each (only the tagged sheet's are deleted).
    const candidates = worksheets.items.map((sheet) => {
      const tags = queueOwnSheetTags(sheet);
      sheet.tables.load("items/name");
      sheet.charts.load("items/name");
      return { sheet, tags };
    });
    await context.sync();
    const existing = candidates.find((c) => !c.tags[kind].isNullObject)?.sheet;
    if (existing?.protection.protected) throw new SitovaExcelError("protected-sheet", [existing.name]);
    if (!existing && protection.protected) throw new SitovaExcelError("protected-workbook", []);

    // Our own tables are about to go; every other table in the workbook keeps its name.
    const own = new Set(existing ? existing.tables.items.map((t) => t.name) : []);
    const namer = new TableNamer(
      workbookTables.items.map((t) => t.name).filter((n) => !own.has(n)),
      TABLE_BASE[kind],
    );
    const plan = planSheet(summary, sections, labels, options, namer);

    // Adding and activating come first: they are what fails when another workbook has focus
    // (InactiveWorkbook, excel/excel-add-ins-troubleshooting), and then nothing has been written.
    const taken = new Set(worksheets.items.map((s) => s.name));
    const sheet = existing ?? worksheets.add(freeSheetName(baseName, taken));
    if (options.activate ?? true) sheet.activate();
    if (existing) {
      sheet.charts.items.forEach((chart) => chart.delete());
      sheet.tables.items.forEach((table) => table.delete());
      sheet.getRange().clear();
      // Clearing the cells leaves the page breaks (excel.pagebreakcollection): the old layout's go too.
      sheet.horizontalPageBreaks.removePageBreaks();
    } else {
      sheet.freezePanes.freezeRows(HEADER_ROWS);
      queueTagSheet(sheet, kind);
    }
    for (const segments of packRows(plan.blocks)) {
      for (const segment of segments) queueSegment(sheet, plan.blocks[segment.block], segment);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per write chunk, bounded by the payload limit
      await context.sync();
    }

    for (let c = 0; c < plan.columns; c++)
      sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = columnWidth(c);
    for (const chart of plan.charts) queueChart(sheet, chart);
    sheet.pageLayout.orientation = "Landscape";
    for (const row of plan.pageBreaks) sheet.horizontalPageBreaks.add(sheet.getCell(row, 0));
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

/**
 * Writes (or refreshes) the open workbook's summary sheet and returns its name. Throws `SitovaExcelError`
 * before writing anything when the sheet is protected, or when the workbook structure is protected and the
 * sheet must be added. Events stay on: live validation ignores Sitova's own (tagged) sheets.
 */
export function insertSummarySheet(
  host: ExcelHost,
  summary: WorkbookSummary,
  options: SummarySheetOptions,
): Promise<string> {
  return writeSummarySheet(host, "summary", summary, options);
}

/**
 * Writes (or refreshes) the city summary of several workbooks (Kokoa työkirjoista) into the open workbook,
 * as its own sheet beside the workbook's summary; returns its name. Same guarantees as `insertSummarySheet`.
 */
export function insertCitySummarySheet(
  host: ExcelHost,
  summary: WorkbookSummary,
  options: SummarySheetOptions,
): Promise<string> {
  return writeSummarySheet(host, "citySummary", summary, options);
}
