/** The engine's guarantees, whatever the rules: the error-cell filter, settings, rendering, typed rules. */
import type { Finding } from "../../src/domain";
import {
  analyzeWorkbook,
  builtinCompiledSchema,
  defineRule,
  findingMessage,
  validate,
  validateWorkbook,
} from "../../src/domain";
import { goalRow, goalSheet, workbook } from "./builders";

const one = (...rows: ReturnType<typeof goalRow>[]) => workbook(goalSheet("S", rows));
const places = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`);

describe("the engine", () => {
  it("gives a cell with an Excel error no finding but cell-error, as a filter whatever the rule order", () => {
    // Without the error filter, the forecast cell would also get invalid-value and required rules.
    const snap = one(
      goalRow({ numeric: { error: "#DIV/0!" }, forecast2: { error: "#N/A" }, links: { error: "#REF!" } }),
    );
    expect(places(validateWorkbook(snap).findings)).toEqual([
      "cell-error F4 error",
      "cell-error H4 error",
      "cell-error I4 error",
    ]);
    // With cell-error switched off, the other rules still stay quiet on those cells.
    expect(places(validateWorkbook(snap, { ruleSettings: { "cell-error": "off" } }).findings)).toEqual([]);
  });

  it("lets settings switch a rule off or change its severity, without analysing again", () => {
    const analysis = analyzeWorkbook(
      one(goalRow({ comments: "" }), goalRow({ recovery: "ehkä" })),
      builtinCompiledSchema,
    );
    expect(places(validate(analysis))).toEqual(["missing-risk-comment G4 warning", "invalid-value D5 error"]);
    const changed = validate(analysis, {
      ruleSettings: { "missing-risk-comment": "off", "invalid-value": "warning" },
    });
    expect(places(changed)).toEqual(["invalid-value D5 warning"]);
  });

  it("gives findings a numeric place, a message id and language-free data", () => {
    const [finding] = validateWorkbook(one(goalRow({ recovery: "ehkä" }))).findings;
    expect(finding).toEqual({
      rule: "invalid-value",
      severity: "error",
      sheet: "S",
      cell: "D4",
      row: 4,
      column: 4,
      field: "recovery",
      messageId: "notInList",
      data: { value: '"ehkä"', header: "Palautusmittari", allowed: ["Kyllä", "Ei"] },
    });
  });

  it("renders one finding in Finnish, Swedish and English", () => {
    const [finding] = validateWorkbook(one(goalRow({ recovery: "ehkä" }))).findings;
    expect(findingMessage(finding, "fi")).toBe(
      'Arvo "ehkä" ei kelpaa sarakkeeseen "Palautusmittari". Sallitut arvot: "Kyllä" tai "Ei".',
    );
    expect(findingMessage(finding, "sv")).toMatch(/inte giltigt.*"Kyllä" eller "Ei"/);
    expect(findingMessage(finding, "en")).toMatch(/not valid.*"Kyllä" or "Ei"/);
  });
});

describe("defineRule", () => {
  it("accepts only the rule's own message ids (checked by the type checker)", () => {
    const rule = defineRule({
      id: "example",
      severity: "info",
      scope: "row",
      reads: ["goal"],
      check(goal, { report }) {
        report({ messageId: "known", cell: goal.row.cells.goal });
        // @ts-expect-error: "unknown" is not one of this rule's message ids.
        report({ messageId: "unknown" });
      },
      messages: { known: { fi: "x", sv: "x", en: "x" } },
      docs: {
        fi: { title: "", description: "", rationale: "", example: "", fix: "" },
        sv: { title: "", description: "", rationale: "", example: "", fix: "" },
        en: { title: "", description: "", rationale: "", example: "", fix: "" },
      },
    });
    expect(Object.keys(rule.messages)).toEqual(["known"]);
  });
});
