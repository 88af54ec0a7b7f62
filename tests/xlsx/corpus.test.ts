/**
 * The corpus (tests/fixtures/corpus, make_corpus.py): one goal table saved by every program that writes
 * the workbooks Sitova's users send in. Each file must read, to the same cells, and give the same findings;
 * `<writer>.expected.json` beside each file is checked through the command line by expectedFindings.test.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetSnapshot } from "../../src/domain/snapshot";
import { validateWorkbook } from "../../src/domain";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

const CORPUS = path.join(__dirname, "..", "fixtures", "corpus");
const WRITERS = [
  "openpyxl",
  "openpyxl-table",
  "xlsxwriter",
  "libreoffice",
  "gnumeric-ecma1",
  "gnumeric-ecma2",
  "sheetjs",
  "exceljs",
];

/** The cells as text in sheet coordinates, trailing blanks dropped: what the engine sees of a sheet. */
function cells(sheet: SheetSnapshot, columnShift = 0): string[] {
  const out: string[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null)
        out.push(`${sheet.origin.row + r},${sheet.origin.column + c - columnShift}=${JSON.stringify(value)}`);
    }),
  );
  return out;
}

it("holds every writer's file", () => {
  expect(
    fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith(".xlsx"))
      .sort(),
  ).toEqual(WRITERS.map((w) => `${w}.xlsx`).sort());
});

describe.each(WRITERS)("the %s file", (writer) => {
  // openpyxl-table's table starts in column C (exceljs #1468 needs a table that does not start in A).
  const shift = writer === "openpyxl-table" ? 2 : 0;

  it("reads to the same sheets and cells as openpyxl's", async () => {
    const reference = await readWorkbookFile(path.join(CORPUS, "openpyxl.xlsx"));
    const snapshot = await readWorkbookFile(path.join(CORPUS, `${writer}.xlsx`));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Ohjeet", "Enn2"]);
    expect(cells(snapshot.sheets[1], shift)).toEqual(cells(reference.sheets[1]));
    expect(snapshot.sheets[1].merges).toEqual([{ top: 5, left: 1 + shift, bottom: 6, right: 1 + shift }]);
    expect(snapshot.sheets[1].hiddenRows).toEqual([7]);
  });

  it("gives the same findings as openpyxl's", async () => {
    const key = (f: { rule: string; severity: string; row: number | null; field: string | null }) =>
      `${f.severity} ${f.rule} ${f.row} ${f.field}`;
    const findings = async (name: string) =>
      validateWorkbook(await readWorkbookFile(path.join(CORPUS, `${name}.xlsx`)))
        .findings.map(key)
        .sort();
    expect(await findings(writer)).toEqual(await findings("openpyxl"));
  });
});
