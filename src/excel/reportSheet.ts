/**
 * The report sheet ("Tarkistus" / "Granskning" / "Check"): every finding with its severity, the rule's name
 * in the reader's language (its id in a narrow column), sheet, a link to its cell and the message; then the
 * findings reviewers ignored, with their reasons. Written only when the user asks (a check with the
 * setting on, or the pane's action), never for a workbook without goal tables. Sitova owns the sheet (it carries Sitova's tag, see ownSheets.ts) and
 * refreshes it in place.
 */
import type { Finding, IgnoredFinding, Lang, ValidationReport } from "../domain";
import { countPhrase, findingMessage, ruleById, severityName, statsPhrase } from "../domain";
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import { WriteBatch, utf8Bytes } from "./chunks";
import { freeSheetName, queueTagSheet } from "./ownSheets";
import type { SheetEntry, WorkbookLayout } from "./workbookRead";
import { loadLayout } from "./workbookRead";

export const REPORT_SHEET_NAMES: Record<Lang, string> = { fi: "Tarkistus", sv: "Granskning", en: "Check" };

const HEADINGS: Record<Lang, string[]> = {
  fi: ["Vakavuus", "Sääntö", "Tunniste", "Välilehti", "Solu", "Viesti", "Ohitettu"],
  sv: ["Allvarlighetsgrad", "Regel", "Id", "Blad", "Cell", "Meddelande", "Ignorerat"],
  en: ["Severity", "Rule", "Id", "Sheet", "Cell", "Message", "Ignored"],
};

/** "2 löydöstä ohitettu": the ignored findings, with the count's plural from `countPhrase`. */
const IGNORED_PHRASE: Record<Lang, (n: number) => string> = {
  fi: (n) => `${countPhrase(n, "findings", "fi")} ohitettu`,
  sv: (n) => `${countPhrase(n, "findings", "sv")} ${n === 1 ? "ignorerat" : "ignorerade"}`,
  en: (n) => `${countPhrase(n, "findings", "en")} ignored`,
};

/** What the "ignored" column says: the reason, or that no reason was given. */
const IGNORED_CELL: Record<Lang, (reason: string) => string> = {
  fi: (reason) => (reason ? `Ohitettu: ${reason}` : "Ohitettu"),
  sv: (reason) => (reason ? `Ignorerat: ${reason}` : "Ignorerat"),
  en: (reason) => (reason ? `Ignored: ${reason}` : "Ignored"),
};

const TITLES: Record<Lang, (stats: string, at: string) => string[]> = {
  fi: (stats, at) => ["Sitova: tarkistuksen tulokset", `Tarkistettu ${at}: ${stats}`],
  sv: (stats, at) => ["Sitova: granskningens resultat", `Granskad ${at}: ${stats}`],
  en: (stats, at) => ["Sitova: check results", `Checked ${at}: ${stats}`],
};

function titleLines(report: ValidationReport, ignored: number, lang: Lang, at: string): string[] {
  const stats = statsPhrase(report.stats, lang) + (ignored ? `; ${IGNORED_PHRASE[lang](ignored)}` : "");
  return TITLES[lang](stats, at);
}

function reportRow(f: Finding, lang: Lang, ignored: string): string[] {
  return [
    severityName(f.severity, lang),
    ruleById(f.rule)?.docs[lang].title ?? f.rule,
    f.rule,
    f.sheet ?? "",
    f.cell ?? (f.row !== null ? String(f.row) : ""),
    findingMessage(f, lang),
    ignored,
  ];
}

/**
 * Rows of the report table, the ignored findings last: every value text, so that nothing a user typed can
 * become a formula.
 */
export function reportRows(
  report: ValidationReport,
  lang: Lang,
  ignored: readonly IgnoredFinding[] = [],
): string[][] {
  return [
    ...report.findings.map((f) => reportRow(f, lang, "")),
    ...ignored.map(({ finding, record }) => reportRow(finding, lang, IGNORED_CELL[lang](record.reason))),
  ];
}

/** `'Enn 2'!G5` for a link into another sheet. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const HEADER_ROW = 4;
const COLUMNS = 7;
/** The columns of the sheet name and of the linked cell (0-based). */
const SHEET_COLUMN = 3;
const CELL_COLUMN = 4;
/** Excel allows 65 530 hyperlinks per worksheet (Excel specifications and limits, support.microsoft.com). */
export const MAX_HYPERLINKS = 65_530;
/** Report rows per range write. */
const ROWS_PER_WRITE = 500;

/** Where the report goes: Sitova's tagged report sheet, or a new one beside these sheet names. */
export interface ReportTarget {
  existing: SheetEntry | null;
  sheetNames: readonly string[];
  /** The sheet written, once the writes are queued (a new sheet's `id` is loaded with them). */
  written?: Excel.Worksheet;
}

/** The tagged report sheet of a workbook's layout: the first in tab order (a copy may carry the tag too). */
export function reportTarget(layout: WorkbookLayout): ReportTarget {
  return {
    existing: layout.sheets.find((s) => s.own === "report") ?? null,
    sheetNames: layout.sheets.map((s) => s.name),
  };
}

/**
 * Queues the report sheet's writes into `batch` and returns the sheet's name. A new sheet is added, tagged
 * and frozen first: `worksheets.add` and `freezeRows` are what fails when another workbook has focus
 * (`InactiveWorkbook`, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting), and
 * then nothing else has been written. Values go in as text (number format `@` before the values); links
 * point at the findings' cells. Events stay on: live validation ignores Sitova's own sheets.
 */
export function queueReportSheet(
  context: Excel.RequestContext,
  batch: WriteBatch,
  target: ReportTarget,
  report: ValidationReport,
  lang: Lang,
  checkedAt: string,
  maxLinks = MAX_HYPERLINKS,
  ignored: readonly IgnoredFinding[] = [],
): string {
  const name = target.existing?.name ?? freeSheetName(REPORT_SHEET_NAMES[lang], new Set(target.sheetNames));
  let sheet = target.existing?.sheet;
  const rows = reportRows(report, lang, ignored);
  const title = titleLines(report, ignored.length, lang, checkedAt);
  batch.add(500, () => {
    if (sheet) {
      sheet.getRange().clear();
    } else {
      sheet = context.workbook.worksheets.add(name);
      sheet.freezePanes.freezeRows(HEADER_ROW);
      queueTagSheet(sheet, "report");
      sheet.load("id");
    }
    target.written = sheet;
    const head = sheet.getRange("A1:A2");
    head.numberFormat = [["@"], ["@"]];
    head.values = title.map((t) => [t]);
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 14;
    const header = sheet.getRangeByIndexes(HEADER_ROW - 1, 0, 1, COLUMNS);
    header.values = [HEADINGS[lang]];
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
  });
  // Rows go in blocks (one range write each); a block's links are set cell by cell.
  let links = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const block = rows.slice(start, start + ROWS_PER_WRITE);
    const linked = block.map((row) => {
      const linkSheet = row[SHEET_COLUMN];
      const cell = row[CELL_COLUMN];
      const link = links < maxLinks && linkSheet !== "" && /^[A-Z]+\d+$/.test(cell);
      if (link) links++;
      return link;
    });
    const bytes = block.reduce(
      (sum, row, i) =>
        sum + utf8Bytes(JSON.stringify(row)) + 30 + (linked[i] ? 2 * utf8Bytes(row[SHEET_COLUMN]) + 150 : 0),
      0,
    );
    batch.add(bytes, () => {
      const range = sheet!.getRangeByIndexes(HEADER_ROW + start, 0, block.length, COLUMNS);
      range.numberFormat = block.map((row) => row.map(() => "@"));
      range.values = block;
      block.forEach((row, i) => {
        if (!linked[i]) return;
        const linkSheet = row[SHEET_COLUMN];
        const cell = row[CELL_COLUMN];
        sheet!.getCell(HEADER_ROW + start + i, CELL_COLUMN).hyperlink = {
          documentReference: sheetReference(linkSheet, cell),
          textToDisplay: cell,
          screenTip: `${linkSheet}!${cell}`,
        };
      });
    });
  }
  batch.add(300, () => {
    const used = sheet!.getRangeByIndexes(HEADER_ROW - 1, 0, rows.length + 1, COLUMNS);
    used.format.wrapText = true;
    used.format.verticalAlignment = "Top";
    sheet!.getRange("A:A").format.columnWidth = 90;
    sheet!.getRange("B:B").format.columnWidth = 170;
    // The id is for support and the command line: narrow, the name beside it is what people read.
    sheet!.getRange("C:C").format.columnWidth = 60;
    sheet!.getRange("D:E").format.columnWidth = 80;
    sheet!.getRange("F:F").format.columnWidth = 420;
    sheet!.getRange("G:G").format.columnWidth = 160;
  });
  return name;
}

/** Writes the report sheet on its own (the check writes it with its highlights, see check.ts). */
export async function writeReportSheet(
  host: ExcelHost,
  report: ValidationReport,
  lang: Lang,
  checkedAt: string,
  maxLinks = MAX_HYPERLINKS,
  ignored: readonly IgnoredFinding[] = [],
): Promise<string> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: false });
    const target = reportTarget(layout);
    assertReportWritable(layout, target);
    const batch = new WriteBatch();
    const name = queueReportSheet(context, batch, target, report, lang, checkedAt, maxLinks, ignored);
    await batch.send(context);
    return name;
  });
}

/** Throws before anything is written when the report sheet is protected or cannot be added. */
export function assertReportWritable(layout: WorkbookLayout, target: ReportTarget): void {
  if (target.existing?.protected) throw new SitovaExcelError("protected-sheet", [target.existing.name]);
  if (!target.existing && layout.workbookProtected) throw new SitovaExcelError("protected-workbook", []);
}
