/**
 * Quick fixes: Sitova writes a value the user chose to accept (a canonical spelling, a suggested theme),
 * and writes the old one back when the user asks (*Peru*). Excel's own undo cannot be relied on for this:
 * an add-in's write clears the undo stack where Excel cannot group undo (ExcelApi 1.20,
 * learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set).
 *
 * Three syncs whatever the number of cells: one finds the sheets (and their protection), one reads the
 * cells (value, formula), one (per 2.5 MB) writes. A cell is written only while it still holds the value the user saw:
 * a co-author's or the user's later edit is never overwritten. A formula cell is never written.
 * Values are written with Excel's leading apostrophe, so a value starting with `=`, `+`, `-` or `@`, or one
 * that looks like a number, stays text (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 */
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import { WriteBatch, utf8Bytes } from "./chunks";

/** One cell to change from `from` to `to`. */
export interface CellFix {
  sheet: string;
  cell: string;
  from: string;
  to: string;
}

export interface FixOutcome {
  /** Cells written. */
  written: CellFix[];
  /** Cells left alone: they no longer held `from` (or hold a formula, or are gone). */
  changed: CellFix[];
}

/** The text as Excel keeps it: never a formula, never a number. */
export const asTextInput = (text: string): string => `'${text}`;

/**
 * Writes each fix's `to` where the cell still holds its `from`. A protected sheet refuses before anything
 * is written.
 */
export async function writeFixes(host: ExcelHost, fixes: readonly CellFix[]): Promise<FixOutcome> {
  if (fixes.length === 0) return { written: [], changed: [] };
  return host.run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    for (const name of new Set(fixes.map((f) => f.sheet))) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name,protection/protected");
      sheets.set(name, sheet);
    }
    await context.sync();
    const present = fixes.filter((f) => !sheets.get(f.sheet)!.isNullObject);
    const ranges = present.map((f) => {
      const range = sheets.get(f.sheet)!.getRange(f.cell);
      range.load("values,formulas");
      return range;
    });
    await context.sync();

    const written: CellFix[] = [];
    const changed: CellFix[] = fixes.filter((f) => sheets.get(f.sheet)!.isNullObject);
    const batch = new WriteBatch();
    present.forEach((fix, i) => {
      const range = ranges[i];
      const formula = String(range.formulas[0][0]);
      if (range.values[0][0] !== fix.from || formula.startsWith("=")) {
        changed.push(fix);
        return;
      }
      written.push(fix);
      batch.add(utf8Bytes(fix.to) + utf8Bytes(fix.cell) + 60, () => {
        range.values = [[asTextInput(fix.to)]];
      });
    });
    const locked = [...new Set(written.map((f) => f.sheet))].filter(
      (name) => sheets.get(name)!.protection.protected,
    );
    if (locked.length) throw new SitovaExcelError("protected-sheet", locked);
    await batch.send(context);
    return { written, changed };
  });
}

/**
 * Writes the old values back where the cells still hold what Sitova wrote (*Peru*). The outcome's cells
 * are as written now: `to` is the old value.
 */
export function undoFixes(host: ExcelHost, fixes: readonly CellFix[]): Promise<FixOutcome> {
  return writeFixes(
    host,
    fixes.map((f) => ({ ...f, from: f.to, to: f.from })),
  );
}
