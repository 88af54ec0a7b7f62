/** The validation report: the engine's output, the JSON contract of the CLI and what the add-in shows. */
import type { MessageData } from "./i18n";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface Finding {
  /** Stable rule id, e.g. `missing-risk-comment`. */
  rule: string;
  severity: Severity;
  /** Sheet name, or null for workbook-wide findings. */
  sheet: string | null;
  /** A1 address within the sheet, e.g. `G5`, or null. */
  cell: string | null;
  /** Excel row number, or null. */
  row: number | null;
  /** Column number (1 = A) of `cell`, or null. */
  column: number | null;
  /** Field id (`theme`, `forecast2`, …), or null. */
  field: string | null;
  /** The message's id and parameters: `findingMessage` renders it in any language. */
  messageId: string;
  data: MessageData;
}

/** A goal table as the engine found it. */
export interface TableInfo {
  sheet: string;
  headerRow: number;
  /** A1 range from the header row to the last data row. */
  range: string;
  year: number | null;
  rounds: number[];
  /** Field id → column letter, e.g. `{ theme: "A", forecast2: "F" }`. */
  columns: Record<string, string>;
  /** Number of data rows (goals), blank rows not counted. */
  rows: number;
}

export interface Stats {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationReport {
  valid: boolean;
  stats: Stats;
  tables: TableInfo[];
  findings: Finding[];
}

export function countFindings(findings: readonly Finding[]): Stats {
  const stats: Stats = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") stats.errors++;
    else if (f.severity === "warning") stats.warnings++;
    else stats.infos++;
  }
  return stats;
}
