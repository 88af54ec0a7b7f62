/** The rule catalogue. Adding a rule: write its module in this folder and list it here. */
import type { Rule } from "./rule";
import { tableNotFound } from "./table-not-found";
import { missingColumn } from "./missing-column";
import { duplicateColumn } from "./duplicate-column";
import { requiredValue } from "./required-value";
import { invalidValue } from "./invalid-value";
import { unknownTheme } from "./unknown-theme";
import { invalidPercent } from "./invalid-percent";
import { cellError } from "./cell-error";
import { missingRiskComment } from "./missing-risk-comment";
import { forecastMismatch } from "./forecast-mismatch";
import { duplicateGoal } from "./duplicate-goal";
import { forecastHistoryMismatch } from "./forecast-history-mismatch";
import { blankRow } from "./blank-row";
import { unknownColumn } from "./unknown-column";
import { nonCanonicalValue } from "./non-canonical-value";

export { CELL_ERROR_RULE } from "./cell-error";
export type { Rule, RuleDoc, RuleDocs } from "./rule";
export { defineRule } from "./rule";

/** In the order of the domain brief's catalogue. */
export const rules: readonly Rule[] = [
  tableNotFound,
  missingColumn,
  duplicateColumn,
  requiredValue,
  invalidValue,
  unknownTheme,
  invalidPercent,
  cellError,
  missingRiskComment,
  forecastMismatch,
  duplicateGoal,
  forecastHistoryMismatch,
  blankRow,
  unknownColumn,
  nonCanonicalValue,
];

const byId = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
