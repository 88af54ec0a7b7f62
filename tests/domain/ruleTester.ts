/**
 * A rule tester after ESLint's `RuleTester`: one rule, valid and invalid workbooks, and for each invalid one
 * the exact findings, each with its cell, message id and data. The other rules are switched off, so a case
 * tests its rule alone; the engine's own guarantees (no finding on a cell with an Excel error, one finding
 * per rule and cell) still hold, as they do for users.
 */
import type {
  Finding,
  MessageData,
  Rule,
  RuleSetting,
  Schema,
  Severity,
  WorkbookSnapshot,
} from "../../src/domain";
import {
  LANGS,
  analyzeWorkbook,
  compileSchema,
  builtinCompiledSchema,
  findingMessage,
  rules,
  validate,
} from "../../src/domain";

export interface RuleCase {
  name: string;
  workbook: WorkbookSnapshot;
  schema?: Schema;
}

export interface ExpectedFinding {
  /** `Sheet!A1` for a cell, `Sheet!4:4` for a row without a cell, `-` for the whole workbook. */
  cell: string;
  messageId: string;
  /** When given, the finding's data must equal it. */
  data?: MessageData;
  /** When given, checked too (for rules whose severity depends on the case). */
  severity?: Severity;
  field?: string | null;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedFinding[];
}

function place(f: Finding): string {
  if (f.sheet === null) return "-";
  if (f.cell !== null) return `${f.sheet}!${f.cell}`;
  return f.row !== null ? `${f.sheet}!${f.row}:${f.row}` : f.sheet;
}

/** The findings of `rule` alone on a workbook. */
export function findingsOfRule(rule: Rule, testCase: RuleCase): Finding[] {
  const schema = testCase.schema ? compileSchema(testCase.schema) : builtinCompiledSchema;
  const others: Record<string, RuleSetting> = Object.fromEntries(
    rules.filter((r) => r.id !== rule.id).map((r) => [r.id, "off"]),
  );
  return validate(analyzeWorkbook(testCase.workbook, schema), { ruleSettings: others });
}

/** What a finding is checked on: the keys the expectation names, cell and message id always. */
function projection(f: Finding, expected: ExpectedFinding): ExpectedFinding {
  return {
    cell: place(f),
    messageId: f.messageId,
    ...(expected.data !== undefined ? { data: f.data } : {}),
    ...(expected.severity !== undefined ? { severity: f.severity } : {}),
    ...(expected.field !== undefined ? { field: f.field } : {}),
  };
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
    describe(rule.id, () => {
      for (const testCase of cases.valid) {
        it(`valid: ${testCase.name}`, () => {
          expect(findingsOfRule(rule, testCase).map(place)).toEqual([]);
        });
      }
      for (const testCase of cases.invalid) {
        it(`invalid: ${testCase.name}`, () => {
          const findings = findingsOfRule(rule, testCase);
          const actual = findings.map((f, i) =>
            projection(f, testCase.errors[i] ?? { cell: "", messageId: "" }),
          );
          expect(actual).toEqual(testCase.errors);
          // Every message id exists and every placeholder is filled, in every language.
          for (const f of findings) {
            expect(Object.keys(rule.messages)).toContain(f.messageId);
            for (const lang of LANGS) expect(findingMessage(f, lang)).not.toMatch(/\{\w+\}/);
          }
        });
      }
    });
  },
};
