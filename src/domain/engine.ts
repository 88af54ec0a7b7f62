/**
 * Validation: runs the rules over an analysis and returns findings with a numeric place, a message id and
 * data. Messages are rendered at the edges with `findingMessage`, in the language the user has chosen.
 */
import type { Lang } from "./i18n";
import { formatMessage } from "./i18n";
import type { Finding, Severity, ValidationReport } from "./report";
import { countFindings } from "./report";
import type { RuleSetting, Schema } from "./schema";
import { builtinSchema } from "./schema";
import { CompiledSchema, compileSchema } from "./schema/compile";
import type { WorkbookSnapshot } from "./snapshot";
import type { AnalyzedTable, WorkbookAnalysis } from "./analysis";
import type { FieldId } from "./table";
import { analyzeWorkbook } from "./analysis";
import type { Report, RowRule, Rule } from "./rules/rule";
import { rules as allRules, ruleById, CELL_ERROR_RULE } from "./rules";

export interface ValidateOptions {
  /** Per-rule settings (e.g. a reviewer's, saved in the workbook); they win over the schema's. */
  ruleSettings?: Record<string, RuleSetting>;
}

/** Findings in sheet order, then by row, column and rule. */
function sortFindings(findings: Finding[], sheetNames: string[]): Finding[] {
  const sheetOrder = new Map<string | null, number>(sheetNames.map((name, i) => [name, i]));
  const keyed = findings.map((finding) => ({ finding, sheet: sheetOrder.get(finding.sheet) ?? -1 }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.finding.row ?? 0) - (b.finding.row ?? 0) ||
      (a.finding.column ?? 0) - (b.finding.column ?? 0) ||
      a.finding.rule.localeCompare(b.finding.rule),
  );
  return keyed.map((k) => k.finding);
}

/** `sheet` → the cells (row × 16384 + column) that hold an Excel error. */
function errorCellsOf(tables: readonly AnalyzedTable[]): Map<string, Set<number>> {
  const cells = new Map<string, Set<number>>();
  for (const table of tables)
    cells.set(table.sheet, new Set(table.errorCells.map((c) => c.anchorRow * 16384 + c.anchorColumn)));
  return cells;
}

/**
 * Validates an analysed workbook. A rule never fires twice for one cell, and a cell holding an Excel error
 * gets only `cell-error`: an explicit filter, whatever order the rules run in.
 */
export function validate(analysis: WorkbookAnalysis, options: ValidateOptions = {}): Finding[] {
  const settings = { ...analysis.schema.ruleSettings, ...options.ruleSettings };
  const errorCells = errorCellsOf(analysis.tables);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  const reporter =
    (rule: Rule, tableSheet: string | null) =>
    (report: Report): void => {
      const sheet = report.sheet ?? tableSheet;
      const place = report.cell;
      if (place !== undefined) {
        const key = place.anchorRow * 16384 + place.anchorColumn;
        if (rule.id !== CELL_ERROR_RULE && sheet !== null && errorCells.get(sheet)?.has(key)) return;
        const seenKey = `${rule.id}|${sheet}|${key}`;
        if (seen.has(seenKey)) return;
        seen.add(seenKey);
      }
      const setting = settings[rule.id];
      findings.push({
        rule: rule.id,
        severity: setting && setting !== "off" ? setting : (report.severity ?? rule.severity),
        sheet,
        cell: place?.address ?? null,
        row: place?.anchorRow ?? report.row ?? null,
        column: place?.anchorColumn ?? null,
        field: report.field ?? null,
        messageId: report.messageId,
        data: report.data ?? {},
      });
    };

  const active = allRules.filter((rule) => settings[rule.id] !== "off");
  const { schema } = analysis;
  for (const rule of active) {
    if (rule.scope === "workbook") rule.check({ analysis, schema, report: reporter(rule, null) });
  }
  for (const table of analysis.tables) {
    const hasColumns = (reads: readonly string[] = []) =>
      reads.every((field) => table.columns[field as FieldId] !== undefined);
    for (const rule of active) {
      if (rule.scope === "table" && hasColumns(rule.reads))
        rule.check({ table, schema, report: reporter(rule, table.sheet) });
    }
    // Row rules run one goal at a time, each on the tables that have the columns it reads.
    const rowRules = active
      .filter((rule): rule is RowRule => rule.scope === "row" && hasColumns(rule.reads))
      .map((rule) => ({ rule, context: { table, schema, report: reporter(rule, table.sheet) } }));
    if (rowRules.length === 0) continue;
    for (const goal of table.goals) {
      for (const { rule, context } of rowRules) rule.check(goal, context);
    }
  }
  return sortFindings(
    findings,
    analysis.snapshot.sheets.map((s) => s.name),
  );
}

/** The report of a validation: the tables found, the findings and their counts. */
export function validationReport(analysis: WorkbookAnalysis, findings: Finding[]): ValidationReport {
  const stats = countFindings(findings);
  return { valid: stats.errors === 0, stats, tables: analysis.tables.map((t) => t.info), findings };
}

/** The built-in schema, compiled once for callers that do not bring their own. */
export const builtinCompiledSchema: CompiledSchema = compileSchema(builtinSchema);

export interface ValidateWorkbookOptions extends ValidateOptions {
  schema?: Schema | CompiledSchema;
}

/** The schema compiled, or the built-in one. */
export function compiled(schema: Schema | CompiledSchema | undefined): CompiledSchema {
  if (schema === undefined) return builtinCompiledSchema;
  return schema instanceof CompiledSchema ? schema : compileSchema(schema);
}

/** Analyses and validates a workbook in one call (the command line, benchmarks, tests). */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: ValidateWorkbookOptions = {},
): ValidationReport {
  const analysis = analyzeWorkbook(snapshot, compiled(options.schema));
  return validationReport(analysis, validate(analysis, options));
}

/** A finding's message in a language: rendered from its rule's template and its data. */
export function findingMessage(finding: Pick<Finding, "rule" | "messageId" | "data">, lang: Lang): string {
  const template = ruleById(finding.rule)?.messages[finding.messageId]?.[lang];
  return template === undefined ? finding.messageId : formatMessage(template, finding.data, lang);
}

export type { Severity };
