/** The findings list as data: identity, filtering, search and grouping (by sheet, then severity). */
import type { Finding, FindingDetail, Lang, Severity } from "../domain";
import { SEVERITIES, collapseSpace, detailSearchText, findingMessage, ruleById, rules } from "../domain";

/** Stable across re-checks, so that a live update keeps the focused and expanded items (the session's key too). */
export { findingKey } from "../domain";

/** The rule's short name in the language, or its id when the catalogue does not know it. */
export function ruleTitle(ruleId: string, lang: Lang): string {
  return ruleById(ruleId)?.docs[lang].title ?? ruleId;
}

export interface Filters {
  severities: readonly Severity[];
  /** A rule id, or null for all rules. */
  rule: string | null;
  search: string;
}

export const NO_FILTERS: Filters = { severities: SEVERITIES, rule: null, search: "" };

export function isFiltered(filters: Filters): boolean {
  return (
    filters.severities.length !== SEVERITIES.length || filters.rule !== null || filters.search.trim() !== ""
  );
}

const fold = (text: string) => collapseSpace(text).toLocaleLowerCase("fi");

/** Search looks at the place, the rule's id and short name, the message, and the goal and column. */
export function matches(f: Finding, filters: Filters, lang: Lang, detail?: FindingDetail): boolean {
  if (!filters.severities.includes(f.severity)) return false;
  if (filters.rule !== null && f.rule !== filters.rule) return false;
  const words = fold(filters.search).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      f.sheet ?? "",
      f.cell ?? "",
      f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "",
      f.rule,
      ruleTitle(f.rule, lang),
      findingMessage(f, lang),
      detailSearchText(detail),
    ].join(" "),
  );
  return words.every((w) => haystack.includes(w));
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  /** null: findings about the whole workbook. */
  sheet: string | null;
  severities: SeverityGroup[];
}

/** Groups in the report's order of sheets (workbook-wide findings first), then error → warning → info. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const bySheet = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const sheets = [...bySheet.keys()].sort((a, b) => Number(a !== null) - Number(b !== null));
  return sheets.map((sheet) => ({
    sheet,
    severities: SEVERITIES.map((severity) => ({
      severity,
      findings: bySheet.get(sheet)!.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0),
  }));
}

/** The findings in display order (the order keyboard navigation follows). */
export function displayOrder(groups: readonly SheetGroup[]): Finding[] {
  return groups.flatMap((g) => g.severities.flatMap((s) => s.findings));
}

/** The rules that have findings, for the rule filter, in catalogue order. */
export function rulesPresent(findings: readonly Finding[]): string[] {
  const order = (id: string) => {
    const index = rules.findIndex((r) => r.id === id);
    return index < 0 ? rules.length : index;
  };
  return [...new Set(findings.map((f) => f.rule))].sort((a, b) => order(a) - order(b));
}
