import type { Finding } from "../../src/domain";
import {
  analyzeWorkbook,
  builtinCompiledSchema,
  findingDetails,
  findingKey,
  goalTitle,
  ignoreRecordOf,
  splitIgnored,
  validate,
  validationReport,
  withoutIgnored,
} from "../../src/domain";
import { goalRow, goalSheet, workbook } from "./builders";

function analysed(...rows: ReturnType<typeof goalRow>[]) {
  const analysis = analyzeWorkbook(workbook(goalSheet("Enn2", rows)), builtinCompiledSchema);
  const findings = validate(analysis);
  return { analysis, findings, details: findingDetails(analysis, findings) };
}

const at = (findings: Finding[], rule: string) => findings.find((f) => f.rule === rule)!;

describe("a finding's details", () => {
  it("names the goal by its first line and the column by its header", () => {
    const { findings, details } = analysed(
      goalRow({ goal: "  Kirjastot   uudistuvat \nToinen rivi", recovery: "Ehkä" }),
    );
    expect(details[findingKey(at(findings, "invalid-value"))]).toEqual({
      goal: "Kirjastot uudistuvat",
      column: "Palautusmittari",
      value: "Ehkä",
      fix: null,
    });
  });

  it("offers a fix only where the right value is certain, and only for text", () => {
    const { findings, details } = analysed(
      goalRow({ forecast2: " toteutuu " }),
      goalRow({ theme: "Uudistuvat palvelu" }),
      goalRow({ numeric: "85 %" }),
    );
    const spelling = findings.find((f) => f.rule === "non-canonical-value" && f.field === "forecast2")!;
    expect(details[findingKey(spelling)].fix).toEqual({ from: " toteutuu ", to: "Toteutuu" });
    expect(details[findingKey(at(findings, "unknown-theme"))].fix).toEqual({
      from: "Uudistuvat palvelu",
      to: "Uudistuvat palvelut",
    });
    // A percentage typed as text: right in meaning, but a number is not Sitova's to write.
    const percent = findings.find((f) => f.rule === "non-canonical-value" && f.field === "numeric")!;
    expect(details[findingKey(percent)].fix).toBeNull();
  });

  it("shortens a long goal title", () => {
    expect(goalTitle("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("ignored findings", () => {
  it("are kept out of the counts, matched by sheet, rule, place and value", () => {
    const { analysis, findings, details } = analysed(
      goalRow({ recovery: "Ehkä" }),
      goalRow({ recovery: "Ehkä" }),
    );
    const [first, second] = findings.filter((f) => f.rule === "invalid-value");
    const record = ignoreRecordOf(first, details[findingKey(first)], "Sovittu");
    const { kept, ignored } = splitIgnored(findings, details, [record]);
    expect(ignored.map((i) => i.finding)).toEqual([first]);
    expect(kept).toContain(second);
    const report = withoutIgnored(validationReport(analysis, findings), kept);
    expect(report.stats.errors).toBe(validationReport(analysis, findings).stats.errors - 1);
    // Another value in the same cell is another finding.
    const changed = { ...details, [findingKey(first)]: { ...details[findingKey(first)], value: "Joo" } };
    expect(splitIgnored(findings, changed, [record]).ignored).toEqual([]);
  });
});
