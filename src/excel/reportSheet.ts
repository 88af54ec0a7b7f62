/**
 * The report sheet ("Tarkistus" / "Granskning" / "Check"): every finding with its severity, rule, sheet, a
 * link to its cell and the message. Sitova owns the sheet and refreshes it in place.
 */
import type { Lang, ValidationReport } from "../domain";
import { findingMessage, severityName, statsPhrase } from "../domain";
import type { ExcelHost } from "./host";
import { WRITE_CHUNK_CELLS, rowBlocks } from "./chunks";
import { queueSaveState } from "./state";
import { openOwnSheet } from "./ownSheets";

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

/**
 * Writes the report sheet and returns its name. Values go in as text (number format `@` is set before
 * the values), links point at the findings' cells. One sync per chunk of rows.
 */
export async function writeReportSheet(
  host: ExcelHost,
  report: ValidationReport,
  lang: Lang,
  checkedAt: string,
): Promise<string> {
  return host.run(async (context) => {
    const { sheet, created, stored } = await openOwnSheet(context, "report", REPORT_SHEET_NAMES[lang]);

    context.runtime.enableEvents = false;
    if (!created) sheet.getRange().clear();
    const rows = reportRows(report, lang);
    const title = TITLES[lang](report, checkedAt);
    const head = sheet.getRange(`A1:A2`);
    head.numberFormat = [["@"], ["@"]];
    head.values = title.map((t) => [t]);
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 14;
    const header = sheet.getRangeByIndexes(HEADER_ROW - 1, 0, 1, COLUMNS);
    header.values = [HEADINGS[lang]];
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    sheet.freezePanes.freezeRows(HEADER_ROW);
    stored.state.ownSheets.report = sheet.id;
    queueSaveState(context, stored);
    await context.sync();

    for (const block of rowBlocks(rows.length, COLUMNS, WRITE_CHUNK_CELLS)) {
      const part = rows.slice(block.start, block.start + block.count);
      const range = sheet.getRangeByIndexes(HEADER_ROW + block.start, 0, part.length, COLUMNS);
      range.numberFormat = part.map((r) => r.map(() => "@"));
      range.values = part;
      part.forEach((row, i) => {
        const [, , target, cell] = row;
        if (!target || !/^[A-Z]+\d+$/.test(cell)) return;
        sheet.getCell(HEADER_ROW + block.start + i, 3).hyperlink = {
          documentReference: sheetReference(target, cell),
          textToDisplay: cell,
          screenTip: `${target}!${cell}`,
        };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, bounded by the 5 MB limit
      await context.sync();
    }
    const used = sheet.getRangeByIndexes(HEADER_ROW - 1, 0, rows.length + 1, COLUMNS);
    used.format.wrapText = true;
    used.format.verticalAlignment = "Top";
    sheet.getRange("A:D").format.columnWidth = 90;
    sheet.getRange("E:E").format.columnWidth = 520;
    context.runtime.enableEvents = true;
    await context.sync();
    return sheet.name;
  });
}
