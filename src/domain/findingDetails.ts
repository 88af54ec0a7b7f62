/**
 * What a card in the pane says about a finding beyond its message: the goal it belongs to (the goal cell's
 * first line), the column (its header as the sheet has it), the cell's value as read, and a quick fix
 * where the right value is certain. Also the reviewers' ignore list: an ignored finding is kept out of the
 * counts, the highlights and the status, and listed apart with its reason.
 */
import type { WorkbookAnalysis } from "./analysis";
import type { Finding, Stats, ValidationReport } from "./report";
import { countFindings } from "./report";
import type { FieldId, TableCell } from "./table";
import { collapseSpace } from "./normalize";

/** Stable across re-checks: the pane's list keeps its focus by it, and a selected cell finds it. */
export function findingKey(f: Finding): string {
  return `${f.sheet ?? ""}!${f.cell ?? (f.row !== null ? `row${f.row}` : "")}|${f.rule}|${f.field ?? ""}`;
}

/** A value Sitova can write for the user: `from` is the cell's value as read, `to` the right one. */
export interface QuickFix {
  from: string;
  to: string;
}

export interface FindingDetail {
  /** The goal cell's first line, or null for a finding outside a goal row. */
  goal: string | null;
  /** The column's header text in the sheet, or null. */
  column: string | null;
  /** The cell's value as text, or null for a finding without a cell. */
  value: string | null;
  fix: QuickFix | null;
}

/** The goal cell's first line, white space collapsed, at most `max` characters. */
export function goalTitle(text: string, max = 80): string {
  const first = collapseSpace(text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "");
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/**
 * A fix is offered only where the rule names the one right value: the canonical spelling of a listed value
 * or a theme (`toteutuu` → `Toteutuu`, stray spaces), and the theme name an unknown theme is closest to.
 * Only for text cells: a number or a date is never rewritten as text.
 */
function quickFixOf(f: Finding, cell: TableCell | undefined): QuickFix | null {
  if (!cell || typeof cell.value !== "string") return null;
  const to =
    f.rule === "non-canonical-value" && f.messageId === "spelling"
      ? f.data.canonical
      : f.rule === "unknown-theme"
        ? f.data.suggestion
        : undefined;
  if (typeof to !== "string" || to === "" || to === cell.value) return null;
  return { from: cell.value, to };
}

/** The details of each finding, by `findingKey`, from the analysis the findings came from. */
export function findingDetails(
  analysis: WorkbookAnalysis,
  findings: readonly Finding[],
): Record<string, FindingDetail> {
  const details: Record<string, FindingDetail> = {};
  const tablesBySheet = new Map(analysis.tables.map((t) => [t.sheet, t]));
  for (const f of findings) {
    const table = f.sheet !== null ? tablesBySheet.get(f.sheet) : undefined;
    const row = table && f.row !== null ? table.rows.find((r) => r.row === f.row) : undefined;
    const goalCell = row?.cells.goal;
    const field = f.field as FieldId | null;
    const column = f.column ?? (field && table ? table.columns[field] : undefined);
    const header = table && column !== undefined ? table.headers.find((h) => h.column === column) : undefined;
    const cell = row && field ? row.cells[field] : undefined;
    const sameCell = cell && cell.address === f.cell ? cell : undefined;
    details[findingKey(f)] = {
      // The raw value: `text` has its line breaks collapsed, and the title is the first line.
      goal: goalCell && !goalCell.empty ? goalTitle(String(goalCell.value)) : null,
      column: header ? collapseSpace(header.text) : null,
      value: sameCell ? sameCell.text : null,
      fix: quickFixOf(f, sameCell),
    };
  }
  return details;
}

/** A finding a reviewer chose to ignore, as saved in the workbook, so that every reviewer sees it. */
export interface IgnoreRecord {
  sheet: string | null;
  rule: string;
  /** The cell, or the row (`row12`) for a row-level finding, or "" for a workbook-wide one. */
  place: string;
  /** The cell's value when it was ignored: an edited cell is checked again. */
  value: string;
  reason: string;
  /** The goal's title, to show the record where the finding is gone. */
  goal: string | null;
}

const placeOf = (f: Finding) => f.cell ?? (f.row !== null ? `row${f.row}` : "");

/**
 * The identity an ignore has: sheet, rule, place and value, so it survives a re-check and a reload. A
 * finding that moved (rows inserted above it) or whose value changed shows again: never hiding another
 * cell's finding is worth asking a reviewer twice.
 */
export function ignoreKey(record: Pick<IgnoreRecord, "sheet" | "rule" | "place" | "value">): string {
  return JSON.stringify([record.sheet, record.rule, record.place, record.value]);
}

export function ignoreRecordOf(f: Finding, detail: FindingDetail | undefined, reason: string): IgnoreRecord {
  return {
    sheet: f.sheet,
    rule: f.rule,
    place: placeOf(f),
    value: detail?.value ?? "",
    reason: collapseSpace(reason),
    goal: detail?.goal ?? null,
  };
}

export interface IgnoredFinding {
  finding: Finding;
  record: IgnoreRecord;
}

/** The findings not ignored, and those ignored with their records. */
export function splitIgnored(
  findings: readonly Finding[],
  details: Record<string, FindingDetail>,
  ignores: readonly IgnoreRecord[],
): { kept: Finding[]; ignored: IgnoredFinding[] } {
  const byKey = new Map(ignores.map((r) => [ignoreKey(r), r]));
  const kept: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const f of findings) {
    const key = ignoreKey({
      sheet: f.sheet,
      rule: f.rule,
      place: placeOf(f),
      value: details[findingKey(f)]?.value ?? "",
    });
    const record = byKey.get(key);
    if (record) ignored.push({ finding: f, record });
    else kept.push(f);
  }
  return { kept, ignored };
}

/** The report without its ignored findings: they never count as errors. */
export function withoutIgnored(report: ValidationReport, kept: Finding[]): ValidationReport {
  const stats: Stats = countFindings(kept);
  return { ...report, valid: stats.errors === 0, stats, findings: kept };
}

/** The text a search looks in besides the message: the goal's title and the column's header. */
export function detailSearchText(detail: FindingDetail | undefined): string {
  return detail ? [detail.goal ?? "", detail.column ?? ""].join(" ") : "";
}
