/**
 * The summary model for coordinators (issue 5): per goal table and for the latest round of each year, how
 * many goals will be met, by theme, what changed since the previous round, which goals are at risk, and the
 * validation counts. Pure: the add-in and the CLI render it.
 */
import type { Lang } from "../i18n";
import type { ValidationReport } from "../report";
import type { Schema } from "../schema";
import { builtinSchema } from "../schema";
import type { WorkbookSnapshot } from "../snapshot";
import { detectTables, validateWorkbook } from "../engine";
import type { WorkbookSummary } from "./model";
import { validationCounts } from "./counts";
import { latestRoundGroups } from "./combine";
import { detectDivision } from "./division";
import { summarizeTable } from "./tableSummary";

export * from "./model";
export * from "./layout";
export { combineSummaries } from "./combine";
export { detectDivision, divisionInText } from "./division";
export type { DivisionSources } from "./division";

export interface SummarizeOptions {
  schema?: Schema;
  /** Language of the validation run when no report is given. */
  lang?: Lang;
  /** The file name or path shown in the summary; default the snapshot's name. */
  file?: string;
  /** The workbook's validation report, when already computed; else the workbook is validated here. */
  report?: ValidationReport;
}

export function summarizeWorkbook(
  snapshot: WorkbookSnapshot,
  options: SummarizeOptions = {},
): WorkbookSummary {
  const schema = options.schema ?? builtinSchema;
  const file = options.file ?? snapshot.name ?? null;
  const report = options.report ?? validateWorkbook(snapshot, { schema, lang: options.lang });
  const tables = detectTables(snapshot, schema);
  const groups = tables.map((table) =>
    summarizeTable(
      {
        schema,
        tables,
        file,
        division: detectDivision(schema, { titleLines: table.titleLines, sheet: table.sheet, file }),
        findings: report.findings,
      },
      table,
    ),
  );
  const validation = validationCounts(report.findings);
  return {
    schemaVersion: schema.version,
    files: [{ file, valid: report.valid, tables: tables.length, validation }],
    groups,
    latestRound: latestRoundGroups(groups),
    validation,
  };
}
