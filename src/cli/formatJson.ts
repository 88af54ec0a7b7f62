/**
 * The JSON report, exactly the contract of DOMAIN.md: `{ valid, stats, files: [{ file, valid, tables,
 * findings }] }`. Fields are copied one by one so that engine-internal ones (a finding's `column`,
 * `messageId` and `data`) never leak into the public contract.
 */
import type { Finding, Lang, Stats, TableInfo } from "../domain";
import { findingMessage } from "../domain";
import type { FileResult } from "./results";
import { terminalJson } from "./terminalText";

export interface JsonFinding {
  rule: string;
  severity: Finding["severity"];
  sheet: string | null;
  cell: string | null;
  row: number | null;
  field: string | null;
  message: string;
}

export interface JsonFile {
  file: string;
  valid: boolean;
  /** Only for a file that could not be read: the one-line reason. */
  error?: string;
  tables: TableInfo[];
  findings: JsonFinding[];
}

export interface JsonReport {
  valid: boolean;
  stats: Stats;
  files: JsonFile[];
}

function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    field: f.field,
    message: findingMessage(f, lang),
  };
}

function jsonTable(t: TableInfo): TableInfo {
  return {
    sheet: t.sheet,
    headerRow: t.headerRow,
    range: t.range,
    year: t.year,
    rounds: [...t.rounds],
    columns: { ...t.columns },
    rows: t.rows,
  };
}

export function jsonReport(results: readonly FileResult[], lang: Lang): JsonReport {
  const stats: Stats = { errors: 0, warnings: 0, infos: 0 };
  const files = results.map((result): JsonFile => {
    if (!result.report)
      return { file: result.file, valid: false, error: result.failure, tables: [], findings: [] };
    const { report } = result;
    stats.errors += report.stats.errors;
    stats.warnings += report.stats.warnings;
    stats.infos += report.stats.infos;
    return {
      file: result.file,
      valid: report.valid,
      tables: report.tables.map(jsonTable),
      findings: report.findings.map((f) => jsonFinding(f, lang)),
    };
  });
  return { valid: files.every((f) => f.valid), stats, files };
}

export function formatJson(results: readonly FileResult[], lang: Lang): string {
  return `${terminalJson(jsonReport(results, lang))}\n`;
}
