/**
 * The report sheet ("Tarkistus" / "Granskning" / "Check"): every finding with its severity, rule, sheet, a
 * link to its cell and the message. Sitova owns the sheet (it carries Sitova's tag, see ownSheets.ts) and
 * refreshes it in place.
 */
import type { Lang, ValidationReport } from "../domain";
import { findingMessage, severityName, statsPhrase } from "../domain";
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import { WriteBatch, utf8Bytes } from "./chunks";
import { freeSheetName, queueTagSheet } from "./ownSheets";
import type { SheetEntry, WorkbookLayout } from "./workbookRead";
import { loadLayout } from "./workbookRead";

export const REPORT_SHEET_NAMES: Record<Lang, string> = { fi: "Tarkistus", sv: "Granskning", en: "Check" };

const HEADINGS: Record<Lang, string[]> = {
  fi: ["Vakavuus", "Sääntö", "Välilehti", "Solu", "Viesti"],
  sv: ["Allvarlighetsgrad", "Regel", "Blad", "Cell", "Meddelande"],
  en: ["Severity", "Rule", "Sheet", "Cell", "Message"],
};

const TITLES: Record<Lang, (r: ValidationReport, at: string) => string[]> = {
  fi: (r, at) => ["Sitova: tarkistuksen tulokset", `Tarkistettu ${at}: ${statsPhrase(r.stats, "fi")}`],
  sv: (r, at) => ["Sitova: granskningens resultat", `Granskad ${at}: ${statsPhrase(r.stats, "sv")}`],
  en: (r, at) => ["Sitova: check results", `Checked ${at}: ${statsPhrase(r.stats, "en")}`],
};

/** Rows of the report table: every value text, so that nothing a user typed can become a formula. */
export function reportRows(report: ValidationReport, lang: Lang): string[][] {
  return report.findings.map((f) => [
    severityName(f.severity, lang),
    f.rule,
    f.sheet ?? "",
    f.cell ?? (f.row !== null ? String(f.row) : ""),
    findingMessage(f, lang),
  ]);
}

/** `'Enn 2'!G5` for a link into another sheet. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const HEADER_ROW = 4;
const COLUMNS = 5;
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
): string {
  const name = target.existing?.name ?? freeSheetName(REPORT_SHEET_NAMES[lang], new Set(target.sheetNames));
  let sheet = target.existing?.sheet;
  const rows = reportRows(report, lang);
  const title = TITLES[lang](report, checkedAt);
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
    const linked = block.map(([, , linkSheet, cell]) => {
      const link = links < maxLinks && linkSheet !== "" && /^[A-Z]+\d+$/.test(cell);
      if (link) links++;
      return link;
    });
    const bytes = block.reduce(
      (sum, row, i) =>
        sum + utf8Bytes(JSON.stringify(row)) + 30 + (linked[i] ? 2 * utf8Bytes(row[2]) + 150 : 0),
      0,
    );
    batch.add(bytes, () => {
      const range = sheet!.getRangeByIndexes(HEADER_ROW + start, 0, block.length, COLUMNS);
      range.numberFormat = block.map((row) => row.map(() => "@"));
      range.values = block;
      block.forEach(([, , linkSheet, cell], i) => {
        if (!linked[i]) return;
        sheet!.getCell(HEADER_ROW + start + i, 3).hyperlink = {
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
    sheet!.getRange("A:D").format.columnWidth = 90;
    sheet!.getRange("E:E").format.columnWidth = 520;
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
): Promise<string> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: false });
    const target = reportTarget(layout);
    assertReportWritable(layout, target);
    const batch = new WriteBatch();
    const name = queueReportSheet(context, batch, target, report, lang, checkedAt, maxLinks);
    await batch.send(context);
    return name;
  });
}

/** Throws before anything is written when the report sheet is protected or cannot be added. */
export function assertReportWritable(layout: WorkbookLayout, target: ReportTarget): void {
  if (target.existing?.protected) throw new SitovaExcelError("protected-sheet", [target.existing.name]);
  if (!target.existing && layout.workbookProtected) throw new SitovaExcelError("protected-workbook", []);
}
