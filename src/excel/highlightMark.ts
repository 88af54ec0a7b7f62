/**
 * How a conditional format is known to be Sitova's highlight: its custom rule formula carries a mark, and
 * is true in every cell (`N` of a text is 0). Read back through `rule.formula` (invariant, not the user's
 * locale), it is the same on every Excel and for every co-author.
 */
import type { Severity } from "../domain";

/** The rule formula that marks a Sitova highlight of a severity. */
export function ruleFormula(severity: Severity): string {
  return `=N("Sitova ${severity}")=0`;
}

/** Whether a conditional format's rule formula is one of Sitova's (spacing and case as Excel may give). */
export function isSitovaRule(formula: string | null | undefined): boolean {
  return typeof formula === "string" && /^=\s*N\(\s*"Sitova(?: [a-z]+)?"\s*\)\s*=\s*0\s*$/i.test(formula);
}

/** The severity a Sitova rule formula marks, or null for a formula without one (`=N("Sitova")=0`). */
export function ruleSeverity(formula: string): Severity | null {
  const match = /"Sitova (error|warning|info)"/i.exec(formula);
  return match ? (match[1].toLowerCase() as Severity) : null;
}
