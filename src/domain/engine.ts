/** Runs the rules over a workbook snapshot and returns the report. */
import type { Lang } from "./i18n";
import { formatMessage } from "./i18n";
import type { Finding, Severity, TableInfo, ValidationReport } from "./report";
import { countFindings } from "./report";
import type { RuleSetting, Schema } from "./schema";
import { builtinSchema } from "./schema";
import type { WorkbookSnapshot } from "./snapshot";
import { columnLetter, parseCellAddress } from "./snapshot";
import type { GoalTable } from "./table";
import { HeaderMatcher, detectTable, tableRange } from "./table";
import type { Report, Rule } from "./rules/rule";
import { rules as allRules, CELL_ERROR_RULE } from "./rules";

export interface ValidateOptions {
  schema?: Schema;
  lang?: Lang;
  /** Per-rule settings (e.g. a reviewer's, saved in the workbook); they win over the schema's. */
  ruleSettings?: Record<string, RuleSetting>;
}

export function detectTables(snapshot: WorkbookSnapshot, schema: Schema = builtinSchema): GoalTable[] {
  const matcher = new HeaderMatcher(schema);
  const tables: GoalTable[] = [];
  for (const sheet of snapshot.sheets) {
    const table = detectTable(sheet, matcher);
    if (table) tables.push(table);
  }
  return tables;
}

export function tableInfo(table: GoalTable): TableInfo {
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(table.columns))
    columns[field] = columnLetter(column as number);
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    range: tableRange(table),
    year: table.year,
    rounds: table.rounds,
    columns,
    rows: table.rows.length,
  };
}

/** Findings in sheet order, then by row, column and rule; sort keys are computed once per finding. */
function sortFindings(findings: Finding[], sheetNames: string[]): Finding[] {
  const sheetOrder = new Map<string | null, number>(sheetNames.map((name, i) => [name, i]));
  const keyed = findings.map((finding) => ({
    finding,
    sheet: sheetOrder.get(finding.sheet) ?? -1,
    row: finding.row ?? 0,
    column: finding.cell ? parseCellAddress(finding.cell).column : 0,
  }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.column - b.column ||
      a.finding.rule.localeCompare(b.finding.rule),
  );
  return keyed.map((k) => k.finding);
}

/**
 * Validates a workbook. A rule never fires twice for one cell, and a cell holding an Excel error gets
 * only `cell-error`.
 */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: ValidateOptions = {},
): ValidationReport {
  const schema = options.schema ?? builtinSchema;
  const lang = options.lang ?? "fi";
  const settings = { ...schema.rules, ...options.ruleSettings };
  const tables = detectTables(snapshot, schema);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const errorCells = new Set<string>();

  const reporter = (rule: Rule, severity: Severity, tableSheet: string | null) => (report: Report) => {
    const sheet = report.sheet ?? tableSheet;
    const cell = report.cell?.address ?? null;
    if (cell !== null) {
      const key = `${sheet}!${cell}`;
      if (rule.id === CELL_ERROR_RULE) errorCells.add(key);
      else if (errorCells.has(key)) return;
      if (seen.has(`${rule.id}|${key}`)) return;
      seen.add(`${rule.id}|${key}`);
    }
    const data = report.data ?? {};
    findings.push({
      rule: rule.id,
      severity:
        settings[rule.id] && settings[rule.id] !== "off"
          ? (settings[rule.id] as Severity)
          : (report.severity ?? severity),
      sheet,
      cell,
      row: cell !== null ? parseCellAddress(cell).row : (report.row ?? null),
      field: report.field ?? null,
      message: formatMessage(rule.messages[report.messageId][lang], data),
      messageId: report.messageId,
      data,
    });
  };

  // cell-error runs first so that the other rules stay quiet on those cells.
  const ordered = [...allRules].sort(
    (a, b) => Number(b.id === CELL_ERROR_RULE) - Number(a.id === CELL_ERROR_RULE),
  );
  for (const rule of ordered) {
    if (settings[rule.id] === "off") continue;
    if (rule.scope === "workbook") {
      rule.check({ snapshot, tables, schema, lang, report: reporter(rule, rule.severity, null) });
    } else {
      for (const table of tables) {
        rule.check({ table, schema, lang, report: reporter(rule, rule.severity, table.sheet) });
      }
    }
  }

  const sorted = sortFindings(
    findings,
    snapshot.sheets.map((s) => s.name),
  );
  const stats = countFindings(sorted);
  return { valid: stats.errors === 0, stats, lang, tables: tables.map(tableInfo), findings: sorted };
}

/** Renders a finding's message again in another language. */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  const rule = allRules.find((r) => r.id === finding.rule);
  const template = rule?.messages[finding.messageId]?.[lang];
  return template ? { ...finding, message: formatMessage(template, finding.data) } : finding;
}
