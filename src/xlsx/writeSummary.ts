/**
 * Writes the summary model into a new workbook with ExcelJS: one summary sheet ("Yhteenveto" /
 * "Sammanfattning" / "Summary") with a header block (title, time, schema version), then the sections of
 * the summary sheet's plan shared with the add-in (`summarySheetSections`, src/domain/summary/sections.ts):
 * what each block holds, in which order, with which charts and labels is decided there; this file only
 * places the blocks top-down and styles them with ExcelJS.
 *
 * Every text is written as a plain string value, never as `{ formula }`: a goal or comment that starts
 * with `=`, `+`, `-` or `@` stays text. Texts come from other people's workbooks and file names, so each is
 * made fit for a cell first (`summaryCellText`).
 *
 * A section's charts go beside one another in blank rows under its table. ExcelJS cannot write charts, so
 * they are added to the package it writes (`chartParts.ts`).
 */
import ExcelJS from "exceljs";
import type {
  Lang,
  SummaryColumn,
  SummaryLabels,
  SummarySection,
  SummarySheetTable,
  SummaryValue,
  UnreadableSource,
  WorkbookSummary,
} from "../domain";
import {
  SUMMARY_FORMATS,
  clipCellText,
  encodeXstring,
  replaceXmlForbidden,
  summaryFormat,
  summaryLabels,
  summarySheetName,
  summarySheetSections,
} from "../domain";
import type { PlacedChart } from "./chartParts";
import { addCharts, cornerAt } from "./chartParts";

export type { UnreadableSource } from "../domain";
export { summarySheetName } from "../domain";

export interface SummaryWorkbookOptions {
  lang: Lang;
  /** The time shown in the header block; default now. */
  created?: Date;
  unreadable?: readonly UnreadableSource[];
}

type Value = SummaryValue | Date;
type SummarySheetChart = PlacedChart["chart"];

/**
 * A text as a summary cell holds it: characters XML 1.0 forbids (U+FFFE, lone surrogates, control
 * characters decoded from another workbook's `_x001B_`) become a visible U+FFFD instead of a part that is
 * not well-formed; a text longer than a cell holds is cut with a note; and the rest is escaped as Excel does
 * (ExcelJS escapes `&`, `<`, `>` but drops control characters silently and leaves `_xHHHH_` as it is, which
 * Excel would decode).
 */
export function summaryCellText(text: string, lang: Lang): string {
  return encodeXstring(clipCellText(replaceXmlForbidden(text), lang));
}

interface CellStyle {
  format?: string;
  wrap?: boolean;
}

/** Text cells get no number format: ExcelJS keeps a string a string (`@` would change nothing but the file). */
function cellStyle(column: SummaryColumn): CellStyle {
  return { format: column.kind === "text" ? undefined : summaryFormat(column.kind), wrap: column.wrap };
}

/**
 * Column A holds divisions and the charts' categories (themes, wrapped); B sources; D and F goals and
 * comments; H the board's list's file names.
 */
const COLUMN_WIDTHS = [40, 24, 16, 40, 14, 40, 16, 24, 14, 14, 14, 16];
/** Points per line of wrapped Calibri 11: a row is made tall enough for its wrapped texts. */
const LINE_POINTS = 15;
/** The tallest row Excel allows (Excel specifications and limits: row height 409 points). */
const MAX_ROW_POINTS = 409;
/** Excel's default column width in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Lines a text takes wrapped in a column `width` characters wide: each paragraph wraps on its own. The width
 * counts digits; an average letter of Calibri is narrower, so a line holds about 15 % more.
 */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return text
    .split("\n")
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}
/** ExcelJS's default row height, 15 points (20 pixels): the rows under the charts hold nothing to make them taller. */
const ROW_PIXELS = 20;
/** Pixels between two charts side by side, and above and below a row of charts. */
const CHART_GAP = 16;

/**
 * A column's width in pixels, as Excel draws a stored width in characters of Calibri 11 (maximum digit width
 * 7 pixels): ECMA-376 Part 1, §18.3.1.13 (`col` width).
 */
function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}
const COLUMN_PIXELS = COLUMN_WIDTHS.map(columnPixels);
/** ExcelJS leaves other columns at Excel's default width of 8.43 characters (64 pixels). */
const DEFAULT_COLUMN_PIXELS = 64;

/** Writes rows from the top down; every value lands as a plain value, strings as strings. */
class SheetWriter {
  row = 1;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly lang: Lang,
  ) {}

  private text(text: string): string {
    return summaryCellText(text, this.lang);
  }

  put(values: readonly Value[], columns: readonly (CellStyle | undefined)[] = [], bold = false): void {
    const row = this.sheet.getRow(this.row++);
    values.forEach((value, index) => {
      if (value === null) return;
      const cell = row.getCell(index + 1);
      // A string stays a string value: ExcelJS writes a formula only for `{ formula }` objects.
      cell.value = typeof value === "string" ? this.text(value) : value;
      const style = columns[index];
      if (style?.format) cell.numFmt = style.format;
      if (bold) cell.font = { bold: true };
      if (typeof value === "string" && (style?.wrap || value.includes("\n")))
        cell.alignment = { wrapText: true, vertical: "top" };
      else cell.alignment = { vertical: "top" };
    });
  }

  title(text: string): void {
    this.row++;
    const cell = this.sheet.getRow(this.row++).getCell(1);
    cell.value = this.text(text);
    cell.font = { bold: true, size: 12 };
  }

  /** Writes a title and a table; returns the table's header row (1-based). */
  table(table: SummarySheetTable): number {
    this.title(table.title);
    const headerRow = this.row;
    const header = this.sheet.getRow(this.row++);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = this.text(column.header);
      cell.font = { bold: true };
      // A number's header sits over it: numbers are right-aligned.
      cell.alignment = {
        wrapText: true,
        vertical: "top",
        ...(column.kind === "text" ? {} : { horizontal: "right" }),
      };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE7F0" } };
      cell.border = { bottom: { style: "thin" } };
    });
    const styles = table.columns.map(cellStyle);
    for (const values of table.rows) this.put(values, styles);
    return headerRow;
  }

  /** Leaves blank rows for a row of charts side by side, left to right from column A, and places them. */
  charts(
    placed: PlacedChart[],
    headerRow: number,
    table: SummarySheetTable,
    charts: SummarySheetChart[],
  ): void {
    // Rows are counted in default heights from row 1: only the row index matters for the anchor, and the
    // rows the charts cover are blank (the next free row is `this.row`, 0-based `this.row - 1`).
    const top = (this.row - 1) * ROW_PIXELS + CHART_GAP;
    let left = 0;
    for (const chart of charts) {
      const from = {
        x: cornerAt(left, COLUMN_PIXELS, DEFAULT_COLUMN_PIXELS),
        y: cornerAt(top, [], ROW_PIXELS),
      };
      const to = {
        x: cornerAt(left + chart.width, COLUMN_PIXELS, DEFAULT_COLUMN_PIXELS),
        y: cornerAt(top + chart.height, [], ROW_PIXELS),
      };
      placed.push({
        chart,
        headerRow,
        header: table.columns.map((c) => c.header),
        rows: table.rows,
        from: { col: from.x.index, colOff: from.x.offset, row: from.y.index, rowOff: from.y.offset },
        to: { col: to.x.index, colOff: to.x.offset, row: to.y.index, rowOff: to.y.offset },
      });
      left += chart.width + CHART_GAP;
    }
    const height = Math.max(...charts.map((c) => c.height));
    this.row += Math.ceil((height + 2 * CHART_GAP) / ROW_PIXELS);
  }

  /**
   * A manual page break under the last row written, across every column: `max` 16383 as Excel writes it
   * (ExcelJS's default is 16838).
   */
  pageBreak(): void {
    this.sheet.getRow(this.row - 1).addPageBreak(0, 16384);
  }

  /**
   * Gives the table's rows (header included) room for their wrapped texts. A program that does not fit rows
   * on opening (LibreOffice keeps the stored height) would otherwise draw the lines over the next row. An
   * estimate: a line holds about as many characters as the column is wide; line breaks start new lines.
   */
  fitRows(headerRow: number, table: SummarySheetTable): void {
    const wrapped = table.columns.map((c) => c.wrap === true);
    const fit = (row: number, values: readonly SummaryValue[], allWrap: boolean) => {
      const lines = Math.max(
        1,
        ...values.map((value, i) =>
          typeof value === "string" && (allWrap || wrapped[i] || value.includes("\n"))
            ? wrappedLines(value, COLUMN_WIDTHS[i] ?? DEFAULT_COLUMN_WIDTH)
            : 1,
        ),
      );
      if (lines > 1) this.sheet.getRow(row).height = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
    };
    fit(
      headerRow,
      table.columns.map((c) => c.header),
      true,
    );
    table.rows.forEach((values, i) => fit(headerRow + 1 + i, values, false));
  }
}

function writeHeader(
  out: SheetWriter,
  summary: WorkbookSummary,
  labels: SummaryLabels,
  options: SummaryWorkbookOptions,
): void {
  out.put([labels.title], [], true);
  out.put([labels.created, options.created ?? new Date()], [undefined, { format: SUMMARY_FORMATS.time }]);
  out.put([labels.schemaVersion, summary.schemaVersion]);
}

/** The shared sections top-down: heading, table, the charts under it; returns the charts to add. */
function writeSections(out: SheetWriter, sections: readonly SummarySection[]): PlacedChart[] {
  const placed: PlacedChart[] = [];
  for (const section of sections) {
    if (section.pageBreakBefore) out.pageBreak();
    if (section.heading !== undefined) out.title(section.heading);
    const headerRow = out.table(section.table);
    if (section.table.rows.length === 0 && section.emptyText !== undefined) out.put([section.emptyText]);
    out.fitRows(headerRow, section.table);
    if (section.charts.length === 0) continue;
    out.charts(placed, headerRow, section.table, section.charts);
  }
  return placed;
}

/** The summary workbook as ExcelJS builds it, and the charts to add to its package. */
export function summaryWorkbook(
  summary: WorkbookSummary,
  options: SummaryWorkbookOptions,
): { workbook: ExcelJS.Workbook; charts: PlacedChart[] } {
  const labels = summaryLabels(options.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sitova";
  workbook.created = options.created ?? new Date();
  // Frozen header: the title, time and schema version stay in view while scrolling the tables.
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 3 }] });
  COLUMN_WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  // Printed for the board: landscape, as wide as one page, so the charts are not cut between pages.
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const out = new SheetWriter(sheet, options.lang);
  writeHeader(out, summary, labels, options);
  const sections = summarySheetSections(summary, labels, options.lang, { unreadable: options.unreadable });
  return { workbook, charts: writeSections(out, sections) };
}

export async function summaryWorkbookBuffer(
  summary: WorkbookSummary,
  options: SummaryWorkbookOptions,
): Promise<Buffer> {
  const { workbook, charts } = summaryWorkbook(summary, options);
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  return Buffer.from(addCharts(xlsx, summarySheetName(options.lang), charts, options.lang));
}
