import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../src/domain";
import {
  EXCEL_ERROR_CODES,
  cellAddress,
  findingMessage,
  parseAreaAddress,
  ruleById,
  validateWorkbook,
} from "../../src/domain";
import { STANDARD_HEADER, sheet, workbook } from "./builders";

// Values that make tables appear and rules fire, mixed with arbitrary ones.
const domainText = fc.constantFrom(
  ...STANDARD_HEADER,
  "Toteutuu",
  "Ei toteudu",
  "toteutuu osittain",
  "Kyllä",
  "Ei",
  "Riskit: x",
  "Uudistuvat palvelut",
  "85 %",
  "-",
  " ",
  "\u00a0",
  '=HYPERLINK("x")',
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: domainText },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERROR_CODES).map((error) => ({ error })) },
  { weight: 3, arbitrary: fc.constant(null) },
);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 3 }) }),
    values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
    formats: fc.array(fc.constantFrom("General", "0 %", "0.0%", "@", '"%"0'), { maxLength: 10 }),
    merge: fc.option(
      fc.record({
        top: fc.integer({ min: 1, max: 10 }),
        left: fc.integer({ min: 1, max: 6 }),
        h: fc.nat(3),
        w: fc.nat(2),
      }),
    ),
  })
  .map(({ name, origin, values, formats, merge }) => ({
    name,
    origin,
    values,
    numberFormats: values.map((row) => row.map((_, c) => formats[c] ?? "General")),
    merges: merge
      ? [{ top: merge.top, left: merge.left, bottom: merge.top + merge.h, right: merge.left + merge.w }]
      : [],
    hiddenRows: [],
    hiddenColumns: [],
  }));

describe("engine properties", () => {
  it("never throws on arbitrary grids, and every finding's cell lies inside its sheet's table", () => {
    fc.assert(
      fc.property(
        fc.array(sheetArb, { maxLength: 3 }),
        fc.constantFrom("fi", "sv", "en") as fc.Arbitrary<"fi" | "sv" | "en">,
        (sheets, lang) => {
          const report = validateWorkbook({ sheets });
          for (const finding of report.findings) {
            // Every placeholder of the message's template is filled (a cell's own text may hold braces).
            const template = ruleById(finding.rule)!.messages[finding.messageId][lang];
            for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(finding.data).toHaveProperty(name);
            expect(typeof findingMessage(finding, lang)).toBe("string");
            if (finding.cell === null) continue;
            const table = report.tables.find((t) => t.sheet === finding.sheet);
            expect(table).toBeDefined();
            const area = parseAreaAddress(table!.range);
            const { row, column } = finding as { row: number; column: number };
            expect(cellAddress(row, column)).toBe(finding.cell);
            expect(row).toBeGreaterThanOrEqual(area.top);
            expect(row).toBeLessThanOrEqual(area.bottom);
            expect(column).toBeGreaterThanOrEqual(area.left);
            expect(column).toBeLessThanOrEqual(area.right);
          }
          expect(report.valid).toBe(report.stats.errors === 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds tables in arbitrary grids that hold a header row, and never reports a rule twice for a cell", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 9, maxLength: 10 }), { maxLength: 12 }),
        fc.nat(5),
        (rows, at) => {
          const values = [...rows.slice(0, at), STANDARD_HEADER, ...rows.slice(at)];
          const report = validateWorkbook(workbook(sheet("S", values, { percentColumn: null })));
          expect(report.tables).toHaveLength(1);
          const keys = report.findings.filter((f) => f.cell).map((f) => `${f.rule}@${f.cell}`);
          expect(new Set(keys).size).toBe(keys.length);
          const errorCells = new Set(
            report.findings.filter((f) => f.rule === "cell-error").map((f) => f.cell),
          );
          expect(report.findings.filter((f) => f.rule !== "cell-error" && errorCells.has(f.cell))).toEqual(
            [],
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
