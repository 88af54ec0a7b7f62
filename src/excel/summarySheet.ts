/**
 * The summary sheet ("Yhteenveto" / "Sammanfattning" / "Summary"): a header block (source, time, schema
 * version, validation status linking to the report sheet), the latest round's overview (forecast
 * distribution, forecasts per theme, changes from the previous round), each an Excel table with a native
 * chart beside it, then the per-table tables, the goals at risk (titles link to their source cells) and the
 * validation counts, all as Excel tables. What the tables hold and their labels come from the summary layout
 * shared with the command line (`src/domain/summary/layout.ts`).
 *
 * Sitova owns the sheet (it carries Sitova's tag, see ownSheets.ts): a refresh deletes its charts and tables
 * and rewrites it; a user's sheet of the same name is left alone (another name is picked). Texts are written with number format `@` first, so nothing a
 * user typed becomes a formula. Nothing else in the workbook is written. Syncs: two to find the sheet by its
 * tag, one per write chunk, one for the charts: never one per goal.
 *
 * Everything used is in ExcelApi 1.9 or older (the manifest's minimum), so there is nothing to detect.
 */
import type {
  Lang,
  LatestRoundSummary,
  SummaryLabels,
  SummarySheetTable,
  SummaryValue,
  WorkbookSummary,
} from "../domain";
import {
  AT_RISK_GOAL_COLUMN,
  SUMMARY_FORMATS,
  atRiskTable,
  changesTable,
  distributionTable,
  latestTable,
  previousRoundOf,
  roundChangesTable,
  roundCompareTable,
  roundName,
  roundThemeTable,
  sourceText,
  summaryFormat,
  summaryLabels,
  summarySheetName,
  themeTable,
  validationTable,
} from "../domain";
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import { utf8Bytes } from "./chunks";
import { freeSheetName, queueOwnSheetTags, queueTagSheet } from "./ownSheets";
import { sheetReference } from "./reportSheet";

export const SUMMARY_SHEET_NAMES: Record<Lang, string> = {
  fi: summarySheetName("fi"),
  sv: summarySheetName("sv"),
  en: summarySheetName("en"),
};

export interface SummarySheetOptions {
  lang: Lang;
  /** When the summary was made, as the user reads it (shown as text). */
  checkedAt: string;
  /** The report sheet: the validation status links to its first cell. No link without it. */
  reportSheetName?: string;
  /** Show the summary sheet when it is written (default true). */
  activate?: boolean;
}

/** Rows of the header block; the tables start below a blank row. The header block stays frozen. */
const HEADER_ROWS = 5;
/** Column widths in points: labels and divisions, files and sheets, themes and goals, comments, counts. */
const COLUMN_WIDTHS = [180, 110, 70, 170, 70, 200, 70, 70, 80, 70, 80, 80];
const DEFAULT_WIDTH = 70;
/** Chart size in points and the room it takes below its title row (rows are at least 15 points high). */
const CHART_SIZE = { width: 420, height: 255 };
const CHART_ROWS = Math.ceil(CHART_SIZE.height / 15) + 1;
/** Points between a table's right edge and its chart. */
const CHART_GAP = 12;
/** Request bytes per write sync, well under Excel's 5 MB limit (long comments are the bulk). */
const WRITE_CHUNK_BYTES = 2_000_000;
/** Cells per write sync. */
const WRITE_CHUNK_CELLS = 10_000;

/** Names of the Excel tables (a number is added when the workbook already has the name). */
const TABLE_NAMES = {
  distribution: "Sitova_Distribution",
  themes: "Sitova_Themes",
  compare: "Sitova_Rounds",
  changes: "Sitova_Changes",
  latest: "Sitova_Tables",
  tableThemes: "Sitova_TableThemes",
  tableChanges: "Sitova_TableChanges",
  atRisk: "Sitova_AtRisk",
  validation: "Sitova_Validation",
} as const;

const CHART_NAMES = {
  distribution: "Sitova distribution",
  themes: "Sitova themes",
  compare: "Sitova rounds",
} as const;

type ChartType = "Doughnut" | "BarStacked" | "ColumnClustered";

function columnWidth(column: number): number {
  return COLUMN_WIDTHS[column] ?? DEFAULT_WIDTH;
}

/** Points from column A to the start of `column` (0-based), by the widths this sheet sets. */
function columnOffset(column: number): number {
  let points = 0;
  for (let c = 0; c < column; c++) points += columnWidth(c);
  return points;
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
  type: ChartType;
  name: string;
  title: string;
  /** The source: the table's header row and rows, its first `columns` columns. */
  row: number;
  rows: number;
  columns: number;
  /** The table's title row (the chart's top) and the column right of the table. */
  anchorRow: number;
  anchorColumn: number;
}

interface SheetPlan {
  blocks: Block[];
  charts: ChartPlan[];
  /** Columns used, for the widths. */
  columns: number;
}

/** Picks free table names: the workbook's other tables keep theirs. */
class TableNamer {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string>) {
    this.taken = new Set([...taken].map((n) => n.toLowerCase()));
  }

  name(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

function textBlock(row: number, text: string, size: number | null): Block {
  return {
    row,
    values: [[text]],
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
    [labels.file, files],
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
function tableBlock(row: number, table: SummarySheetTable, name: string, links?: (Link | null)[]): Block {
  const width = table.columns.length;
  const formats = table.columns.map((c) => summaryFormat(c.kind));
  return {
    row,
    values: [table.columns.map((c) => c.header), ...table.rows],
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

/** Lays the sheet out from the top: header, overview (tables with charts beside them), details. */
function planSheet(
  summary: WorkbookSummary,
  labels: SummaryLabels,
  options: SummarySheetOptions,
  namer: TableNamer,
): SheetPlan {
  const blocks: Block[] = [headerBlock(summary, labels, options)];
  const charts: ChartPlan[] = [];
  let columns = 2;
  let row = HEADER_ROWS + 1;

  /** A title and its table, with a chart beside it; moves `row` past them. Empty tables are left out. */
  const place = (
    table: SummarySheetTable,
    tableName: string,
    chart?: { type: ChartType; name: string; title: string; columns: number },
    links?: (Link | null)[],
  ): void => {
    if (table.rows.length === 0) return;
    blocks.push(textBlock(row, table.title, 12));
    blocks.push(tableBlock(row + 1, table, namer.name(tableName), links));
    columns = Math.max(columns, table.columns.length);
    let end = row + 1 + table.rows.length;
    if (chart) {
      charts.push({
        ...chart,
        row: row + 1,
        rows: table.rows.length,
        anchorRow: row,
        anchorColumn: table.columns.length,
      });
      end = Math.max(end, row + CHART_ROWS - 1);
    }
    row = end + 2;
  };

  if (summary.groups.length === 0) {
    blocks.push(textBlock(row, labels.noTables, null));
    return { blocks, charts, columns };
  }

  summary.latestRound.forEach((round: LatestRoundSummary) => {
    const name = roundName(round);
    blocks.push(textBlock(row, labels.roundHeading(name), 13));
    row += 1;
    const themes = roundThemeTable(round, labels);
    place(distributionTable(round, labels), TABLE_NAMES.distribution, {
      type: "Doughnut",
      name: CHART_NAMES.distribution,
      title: labels.distributionChart(name),
      columns: 2,
    });
    place(themes, TABLE_NAMES.themes, {
      type: "BarStacked",
      name: CHART_NAMES.themes,
      title: labels.themeChart(name),
      columns: themes.columns.length,
    });
    const compare = roundCompareTable(round, labels);
    if (compare) {
      place(compare, TABLE_NAMES.compare, {
        type: "ColumnClustered",
        name: CHART_NAMES.compare,
        title: labels.changesChart(previousRoundOf(round), round.round),
        columns: compare.columns.length,
      });
    }
    place(roundChangesTable(round, labels), TABLE_NAMES.changes);
  });

  place(latestTable(summary, labels), TABLE_NAMES.latest);
  place(themeTable(summary, labels), TABLE_NAMES.tableThemes);
  place(changesTable(summary, labels), TABLE_NAMES.tableChanges);
  const atRisk = atRiskTable(summary, labels);
  if (atRisk.rows.length === 0) {
    blocks.push(textBlock(row, atRisk.title, 12), textBlock(row + 1, labels.none, null));
    row += 3;
  }
  const goalLinks = atRisk.goals.map((goal): Link | null =>
    goal.goal === ""
      ? null
      : {
          column: AT_RISK_GOAL_COLUMN,
          hyperlink: {
            documentReference: sheetReference(goal.sheet, goal.cell),
            textToDisplay: goal.goal,
            screenTip: sourceText(goal),
          },
        },
  );
  place(atRisk, TABLE_NAMES.atRisk, undefined, goalLinks);
  place(validationTable(summary, labels), TABLE_NAMES.validation);
  return { blocks, charts, columns };
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
  blocks: readonly Pick<Block, "values" | "formats" | "links">[],
  maxCells = WRITE_CHUNK_CELLS,
  maxBytes = WRITE_CHUNK_BYTES,
): Segment[][] {
  const syncs: Segment[][] = [[]];
  let cells = 0;
  let bytes = 0;
  blocks.forEach((block, b) => {
    block.values.forEach((values, r) => {
      const size = rowBytes(block as Block, r);
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

function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const source = sheet.getRangeByIndexes(plan.row, 0, plan.rows + 1, plan.columns);
  const chart = sheet.charts.add(plan.type, source, "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  // The top follows the title row whatever the rows' heights; the left keeps a gap from the table's edge.
  chart.setPosition(sheet.getCell(plan.anchorRow, plan.anchorColumn));
  chart.left = columnOffset(plan.anchorColumn) + CHART_GAP;
  chart.width = CHART_SIZE.width;
  chart.height = CHART_SIZE.height;
}

/**
 * Writes (or refreshes) the summary sheet and returns its name. Throws `SitovaExcelError` before writing
 * anything when the sheet is protected, or when the workbook structure is protected and the sheet must be
 * added. Events stay on: live validation ignores Sitova's own (tagged) sheets.
 */
export async function insertSummarySheet(
  host: ExcelHost,
  summary: WorkbookSummary,
  options: SummarySheetOptions,
): Promise<string> {
  const labels = summaryLabels(options.lang);
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
    const existing = candidates.find((c) => !c.tags.summary.isNullObject)?.sheet;
    if (existing?.protection.protected) throw new SitovaExcelError("protected-sheet", [existing.name]);
    if (!existing && protection.protected) throw new SitovaExcelError("protected-workbook", []);

    // Our own tables are about to go; every other table in the workbook keeps its name.
    const own = new Set(existing ? existing.tables.items.map((t) => t.name) : []);
    const namer = new TableNamer(workbookTables.items.map((t) => t.name).filter((n) => !own.has(n)));
    const plan = planSheet(summary, labels, options, namer);

    // Adding and activating come first: they are what fails when another workbook has focus
    // (InactiveWorkbook, excel/excel-add-ins-troubleshooting), and then nothing has been written.
    const taken = new Set(worksheets.items.map((s) => s.name));
    const sheet = existing ?? worksheets.add(freeSheetName(SUMMARY_SHEET_NAMES[options.lang], taken));
    if (options.activate ?? true) sheet.activate();
    if (existing) {
      sheet.charts.items.forEach((chart) => chart.delete());
      sheet.tables.items.forEach((table) => table.delete());
      sheet.getRange().clear();
    } else {
      sheet.freezePanes.freezeRows(HEADER_ROWS);
      queueTagSheet(sheet, "summary");
    }
    for (const segments of packRows(plan.blocks)) {
      for (const segment of segments) queueSegment(sheet, plan.blocks[segment.block], segment);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per write chunk, bounded by the payload limit
      await context.sync();
    }

    for (let c = 0; c < plan.columns; c++)
      sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = columnWidth(c);
    for (const chart of plan.charts) queueChart(sheet, chart);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
