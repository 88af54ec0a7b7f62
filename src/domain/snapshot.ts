/**
 * The workbook snapshot: the seam between a spreadsheet (Excel through Office.js, or an .xlsx file through
 * ExcelJS) and the engine. Adapters fill it; the engine reads nothing else.
 */

/** The error values Excel can show in a cell. */
export const EXCEL_ERROR_CODES = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

/** A cell that holds an Excel error value such as `#N/A`. */
export interface CellErrorValue {
  error: string;
}

/**
 * What a cell shows, after formulas are evaluated: text, a number, a boolean, an error or nothing.
 * Dates are numbers (Excel serial days), as Excel itself stores them.
 */
export type CellValue = string | number | boolean | null | CellErrorValue;

/** A rectangle of cells, 1-based and inclusive, in sheet coordinates. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Sheet row and column (1-based) of `values[0][0]`: the top-left cell of the used range. */
  origin: { row: number; column: number };
  /** The used range's values, row by row; rows may be shorter than the widest one. */
  values: CellValue[][];
  /** Number formats in the same shape as `values` (missing entries mean "General"). */
  numberFormats: string[][];
  /** Merged areas; only the top-left cell of an area holds its value. */
  merges: CellArea[];
  /** Hidden sheet rows and columns (1-based). Hidden cells are validated like any other. */
  hiddenRows: number[];
  hiddenColumns: number[];
}

export interface WorkbookSnapshot {
  /** The file or workbook name, when known (used to guess a division). */
  name?: string;
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue | undefined): value is CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as CellErrorValue).error === "string";
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column letters to number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function areaAddress(area: CellArea): string {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses `B7` or `$B$7` into sheet coordinates. */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** Parses `A1:C4` (or a single cell) into an area. */
export function parseAreaAddress(address: string): CellArea {
  const [first, second = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
