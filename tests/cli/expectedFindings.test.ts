/**
 * Every fixture with an `.expected.json` (written by the fixture generators next to it): the CLI's JSON must
 * hold exactly those error and warning findings (rule, sheet, cell, severity), no more and no fewer.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expectedFindingsCases } from "../support/paths";
import { runJson } from "./runCli";

interface ExpectedFinding {
  rule: string;
  sheet: string | null;
  cell: string | null;
  severity: string;
}

/** Order-free comparison: one string per finding, sorted. */
function keys(findings: readonly ExpectedFinding[]): string[] {
  return findings
    .filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? "-"}`)
    .sort();
}

const cases = expectedFindingsCases().map(
  ({ name, expectedFile, workbook }) => [name, expectedFile, workbook] as const,
);

it("finds the fixtures (a moved folder must not make this suite pass empty)", () => {
  expect(cases.map(([name]) => name).sort()).toEqual(
    expect.arrayContaining([
      "kuva-2021-sample.expected.json",
      "kuva-enn2-2021.expected.json",
      path.join("bad", "no-table.expected.json"),
    ]),
  );
});

describe.each(cases)("%s", (_name, expectedFile, workbook) => {
  const expected = (JSON.parse(fs.readFileSync(expectedFile, "utf8")) as { findings: ExpectedFinding[] })
    .findings;

  it("has exactly the expected errors and warnings, and the matching exit code", async () => {
    const { code, report, stderr } = await runJson("validate", workbook);
    expect(stderr).toBe("");
    expect(keys(report.files[0].findings)).toEqual(keys(expected));
    expect(code).toBe(expected.some((f) => f.severity === "error") ? 1 : 0);
  });
});
