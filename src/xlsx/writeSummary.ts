/**
 * Writes the summary model into a new workbook with ExcelJS: one summary sheet ("Yhteenveto" /
 * "Sammanfattning" / "Summary") with a header block (sources, time, schema version, validation status)
 * and four tables: latest forecasts per table, per theme, changes previous → latest round, goals at risk.
 *
 * What each table holds and every label come from the summary layout shared with the add-in
 * (`src/domain/summary/layout.ts`); this file only places them and styles them with ExcelJS.
 *
 * Every text is written as a plain string value, never as `{ formula }`: a goal or comment that starts
 * with `=`, `+`, `-` or `@` stays text. Texts come from other people's workbooks and file names, so each is
 * made fit for a cell first (`summaryCellText`). ExcelJS cannot write charts; the charts come from the add-in.
 */
import ExcelJS from "exceljs";
import type {
  Lang,
  SummaryColumn,
  SummaryLabels,
  SummarySheetTable,
  SummaryValue,
  UnreadableSource,
  WorkbookSummary,
} from "../domain";
import {
  SUMMARY_FORMATS,
  atRiskTable,
  changesTable,
  clipCellText,
  encodeXstring,
  latestTable,
  replaceXmlForbidden,
  sourcesTable,
  summaryFormat,
  summaryLabels,
  themeTable,
} from "../domain";

export type { UnreadableSource } from "../domain";
export { summarySheetName } from "../domain";

export interface SummaryWorkbookOptions {
  lang: Lang;
  /** The time shown in the header block; default now. */
  created?: Date;
  unreadable?: readonly UnreadableSource[];
}

type Value = SummaryValue | Date;

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

const COLUMN_WIDTHS = [14, 22, 16, 40, 14, 40, 16, 14, 14, 14, 14, 16];

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

  table(table: SummarySheetTable): void {
    this.title(table.title);
    const header = this.sheet.getRow(this.row++);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = this.text(column.header);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE7F0" } };
      cell.border = { bottom: { style: "thin" } };
    });
    const styles = table.columns.map(cellStyle);
    for (const values of table.rows) this.put(values, styles);
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
  out.table(sourcesTable(summary, labels, options.unreadable));
}

/** Builds the summary workbook; the caller writes it (`workbook.xlsx.writeBuffer()`). */
export function summaryWorkbook(summary: WorkbookSummary, options: SummaryWorkbookOptions): ExcelJS.Workbook {
  const labels = summaryLabels(options.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sitova";
  workbook.created = options.created ?? new Date();
  // Frozen header: the title, time and schema version stay in view while scrolling the tables.
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 3 }] });
  COLUMN_WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const out = new SheetWriter(sheet, options.lang);
  writeHeader(out, summary, labels, options);
  out.table(latestTable(summary, labels));
  out.table(themeTable(summary, labels));
  out.table(changesTable(summary, labels));
  const atRisk = atRiskTable(summary, labels);
  out.table(atRisk);
  if (atRisk.rows.length === 0) out.put([labels.none]);
  return workbook;
}

export async function summaryWorkbookBuffer(
  summary: WorkbookSummary,
  options: SummaryWorkbookOptions,
): Promise<Buffer> {
  return Buffer.from(await summaryWorkbook(summary, options).xlsx.writeBuffer());
}
