/**
 * Where the tests find their workbooks. The two sample workbooks live once, in assets/samples/ (the README,
 * the playground and the tests all use them); tests/fixtures/ holds the test-only workbooks and the findings
 * every workbook must produce (`<name>.expected.json`), all written by tests/fixtures/make_*.py.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SAMPLES = path.join(ROOT, "assets", "samples");
export const FIXTURES = path.join(ROOT, "tests", "fixtures");

/** The sample division workbook: two rounds (Enn1, Enn2) with planted defects. */
export const SAMPLE = path.join(SAMPLES, "kuva-2021-sample.xlsx");
/** The seed sheet of the domain brief as a workbook: one table, no findings. */
export const VALID = path.join(SAMPLES, "kuva-enn2-2021.xlsx");
export const NO_TABLE = path.join(FIXTURES, "bad", "no-table.xlsx");

export interface ExpectedFindingsCase {
  /** The expectation file relative to tests/fixtures, e.g. `bad/no-table.expected.json`. */
  name: string;
  expectedFile: string;
  workbook: string;
}

/** Every `.expected.json` under tests/fixtures with its workbook: beside it, or else the sample of that name. */
export function expectedFindingsCases(dir = FIXTURES): ExpectedFindingsCase[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const expectedFile = path.join(dir, entry.name);
    if (entry.isDirectory()) return expectedFindingsCases(expectedFile);
    if (!entry.name.endsWith(".expected.json")) return [];
    const workbookName = entry.name.replace(/\.expected\.json$/, ".xlsx");
    const beside = path.join(dir, workbookName);
    const workbook = fs.existsSync(beside) ? beside : path.join(SAMPLES, workbookName);
    return [{ name: path.relative(FIXTURES, expectedFile), expectedFile, workbook }];
  });
}
