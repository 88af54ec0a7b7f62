/**
 * The summary model for coordinators (issue 5): per goal table and for the latest round of each year, how
 * many goals will be met, by theme, what changed since the previous round, which goals are at risk, and the
 * validation counts. Pure: the add-in and the CLI render it.
 */
import type { Finding } from "../report";
import { countFindings } from "../report";
import type { WorkbookAnalysis } from "../analysis";
import type { WorkbookSummary } from "./model";
import { validationCounts } from "./counts";
import { latestRoundGroups } from "./combine";
import { detectDivision } from "./division";
import { summarizeTable } from "./tableSummary";

export * from "./model";
export * from "./layout";
export { combineSummaries } from "./combine";
export { detectDivision } from "./division";
export type { DivisionSources } from "./division";

export interface SummarizeOptions {
  /** The file name or path shown in the summary; default the snapshot's name. */
  file?: string;
}

/** Summarises an analysed workbook; `findings` are its validation's, counted per table and in total. */
export function summarize(
  analysis: WorkbookAnalysis,
  findings: readonly Finding[],
  options: SummarizeOptions = {},
): WorkbookSummary {
  const { schema, tables } = analysis;
  const file = options.file ?? analysis.snapshot.name ?? null;
  const groups = tables.map((table) =>
    summarizeTable(
      {
        schema,
        tables,
        file,
        division: detectDivision(schema, { titleLines: table.titleLines, sheet: table.sheet, file }),
        findings,
      },
      table,
    ),
  );
  const validation = validationCounts(findings);
  return {
    schemaVersion: schema.version,
    files: [{ file, valid: countFindings(findings).errors === 0, tables: tables.length, validation }],
    groups,
    latestRound: latestRoundGroups(groups, schema.met),
    validation,
  };
}
