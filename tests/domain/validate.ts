import type { Finding, WorkbookSnapshot } from "../../src/domain";
import { validateWorkbook } from "../../src/domain";
import type { ValidateOptions } from "../../src/domain";

/** The findings of one rule, as `cell severity` strings for compact assertions. */
export function findingsOf(
  snapshot: WorkbookSnapshot,
  rule: string,
  options: ValidateOptions = {},
): string[] {
  return validateWorkbook(snapshot, options)
    .findings.filter((f: Finding) => f.rule === rule)
    .map((f) => `${f.sheet}!${f.cell ?? "-"} ${f.severity}`);
}
