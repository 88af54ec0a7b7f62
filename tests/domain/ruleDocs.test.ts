import * as fs from "fs";
import * as path from "path";
import { rules } from "../../src/domain";
import { renderRuleDoc, renderRuleIndex } from "../../src/domain/ruleDocs";
import { ROOT } from "../support/paths";

const docsDir = path.join(ROOT, "docs", "rules");
const CATALOGUE = [
  "table-not-found",
  "missing-column",
  "duplicate-column",
  "required-value",
  "invalid-value",
  "unknown-theme",
  "invalid-percent",
  "cell-error",
  "missing-risk-comment",
  "forecast-mismatch",
  "duplicate-goal",
  "forecast-history-mismatch",
  "blank-row",
  "unknown-column",
  "non-canonical-value",
];

describe("rule catalogue and docs", () => {
  it("has exactly the rules of the domain brief", () => {
    expect(rules.map((r) => r.id)).toEqual(CATALOGUE);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s: docs/rules matches the rule's metadata (run `npm run docs`)",
    (id, rule) => {
      expect(fs.readFileSync(path.join(docsDir, `${id}.md`), "utf8")).toBe(renderRuleDoc(rule));
    },
  );

  it("the index lists every rule", () => {
    expect(fs.readFileSync(path.join(docsDir, "README.md"), "utf8")).toBe(renderRuleIndex(rules));
  });

  it("every rule has docs and every message in fi, sv and en", () => {
    for (const rule of rules) {
      for (const lang of ["fi", "sv", "en"] as const) {
        expect(Object.values(rule.docs[lang]).every((text) => text.trim().length > 0)).toBe(true);
        for (const message of Object.values(rule.messages)) expect(message[lang].trim()).not.toBe("");
      }
    }
  });
});
