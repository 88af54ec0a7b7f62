/**
 * The summary model for coordinators (issue 5): per goal table and for the latest round of each year, how
 * many goals will be met, by theme, what changed since the previous round, which goals are at risk, and the
 * validation counts. Pure: the add-in and the CLI render it.
 */
import type { Finding } from "../report";
import { countFindings } from "../report";
import type { WorkbookAnalysis } from "../analysis";
import { analyzeWorkbook } from "../analysis";
import type { ValidateOptions } from "../engine";
import { compiled, validate } from "../engine";
import type { Schema } from "../schema";
import type { CompiledSchema } from "../schema/compile";
import type { WorkbookSnapshot } from "../snapshot";
import type { WorkbookSummary } from "./model";
import { validationCounts } from "./counts";
import { cityPicture } from "./combine";
import { detectDivision } from "./division";
import { summarizeTable } from "./tableSummary";

export * from "./model";
export * from "./layout";
export * from "./chartStyle";
export * from "./sections";
export { combineSummaries, forecastTally } from "./combine";
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
        division: detectDivision(schema, {
          titleLines: table.titleLines,
          sheet: table.sheet,
          file,
          year: table.year,
        }),
        findings,
      },
      table,
    ),
  );
  const validation = validationCounts(findings);
  return {
    schemaVersion: schema.version,
    forecastValues: { met: schema.met, notMet: schema.notMet },
    files: [{ file, valid: countFindings(findings).errors === 0, tables: tables.length, validation }],
    groups,
    ...cityPicture(groups, schema),
    validation,
  };
}

export interface SummarizeWorkbookOptions extends SummarizeOptions, ValidateOptions {
  schema?: Schema | CompiledSchema;
}

/** Analyses, validates and summarises a workbook in one call (tests, scripts). */
export function summarizeWorkbook(
  snapshot: WorkbookSnapshot,
  options: SummarizeWorkbookOptions = {},
): WorkbookSummary {
  const analysis = analyzeWorkbook(snapshot, compiled(options.schema));
  return summarize(analysis, validate(analysis, options), options);
}
