/**
 * The text report: per file a heading, one line per finding, and a summary line with counts, e.g.
 *
 *   kuva.xlsx
 *     Enn2!G8  virhe     missing-risk-comment  Tavoite ei toteudu, mutta kommentissa ei kerrota riskeistä.
 *   kuva.xlsx: 6 virhettä, 2 varoitusta, 3 huomiota
 */
import type { Finding, Lang, ValidationReport } from "../domain";
import { collapseSpace, findingMessage, severityName, statsPhrase } from "../domain";
import { totalText, words } from "./messages";
import type { FileResult } from "./results";
import { isUnreadable } from "./results";
import { printable } from "./terminalText";

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_` or `.`. */
export function sheetReference(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Where a finding is, as an Excel reference: `Enn2!G5` for a cell, `Enn2!4:4` for a whole row (e.g. a
 * missing column on the header row), `Enn2` for a sheet, `(työkirja)` for the whole workbook.
 */
export function findingLocation(finding: Pick<Finding, "sheet" | "cell" | "row">, lang: Lang): string {
  if (finding.sheet === null) return words(lang).workbook;
  const sheet = sheetReference(finding.sheet);
  if (finding.cell !== null) return `${sheet}!${finding.cell}`;
  if (finding.row !== null) return `${sheet}!${finding.row}:${finding.row}`;
  return sheet;
}

/**
 * One file's findings. File names, sheet names and the values a message quotes come from outside: their
 * control characters are shown escaped (`\x1b`), never sent to the terminal.
 */
export function formatFileText(fileName: string, report: ValidationReport, lang: Lang): string {
  const file = printable(fileName);
  const rows = report.findings.map((f) => [
    printable(findingLocation(f, lang)),
    severityName(f.severity, lang),
    f.rule,
    printable(collapseSpace(findingMessage(f, lang))),
  ]);
  // Pad the first three columns to their widest entry in this file, so the messages line up.
  const widths = [0, 1, 2].map((i) => Math.max(0, ...rows.map((row) => row[i].length)));
  // A file without findings gets just its summary line; a heading over nothing is noise.
  const lines = rows.length > 0 ? [file] : [];
  for (const row of rows) {
    lines.push(`  ${row.map((text, i) => (i < 3 ? text.padEnd(widths[i]) : text)).join("  ")}`);
  }
  lines.push(`${file}: ${statsPhrase(report.stats, lang)}`, "");
  return lines.join("\n");
}

/** The line after several files: counts over all files that could be read. */
export function formatTotalText(results: readonly FileResult[], lang: Lang): string {
  const stats = { errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    if (!result.report) continue;
    stats.errors += result.report.stats.errors;
    stats.warnings += result.report.stats.warnings;
    stats.infos += result.report.stats.infos;
  }
  return `${totalText(stats, results.length, results.filter(isUnreadable).length, lang)}\n`;
}
