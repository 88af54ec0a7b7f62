/** A1 addresses as Excel writes and reads them: cells, areas, whole rows or columns, sheet prefixes. */
import type { CellArea } from "../domain/snapshot";
import { cellAddress, columnLetter, columnNumber } from "../domain/snapshot";

export type { CellArea };

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export const WHOLE_SHEET: CellArea = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export function isEntireColumn(area: CellArea): boolean {
  return area.top === 1 && area.bottom === MAX_ROWS;
}

export function isEntireRow(area: CellArea): boolean {
  return area.left === 1 && area.right === MAX_COLUMNS;
}

export function areaCellCount(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function isInsideSheet(area: CellArea): boolean {
  return area.top >= 1 && area.left >= 1 && area.bottom <= MAX_ROWS && area.right <= MAX_COLUMNS;
}

/** `B2:C3`, `B2`, `A:C` for whole columns, `2:4` for whole rows (Excel prefers rows for the whole sheet). */
export function formatArea(area: CellArea): string {
  if (isEntireRow(area)) return `${area.top}:${area.bottom}`;
  if (isEntireColumn(area)) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  const start = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? start
    : `${start}:${cellAddress(area.bottom, area.right)}`;
}

/** True when a bare sheet name could be read as a cell (e.g. `Enn2` is column ENN, row 2) or R1C1 ref. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS)
    return true;
  return /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Quotes a sheet name where Excel would: `'Sheet 1'!A1`, `'Enn2'!A1`, `Tarkistus!A1`. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, area: CellArea): string {
  return `${quoteSheetName(sheetName)}!${formatArea(area)}`;
}

export interface ParsedAddress {
  sheet?: string;
  area: CellArea;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part = { row?: number; column?: number };

function parsePart(text: string): Part | undefined {
  let m = CELL.exec(text);
  if (m) return { row: Number(m[2]), column: columnNumber(m[1]) };
  m = COLUMN.exec(text);
  if (m) return { column: columnNumber(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) };
  return undefined;
}

function splitSheet(text: string): { sheet?: string; rest: string } | undefined {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { rest: text };
  const sheetPart = text.slice(0, bang);
  const rest = text.slice(bang + 1);
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 3) return undefined;
    return { sheet: sheetPart.slice(1, -1).replace(/''/g, "'"), rest };
  }
  return sheetPart ? { sheet: sheetPart, rest } : undefined;
}

/** Parses one address; `undefined` when Excel would reject it. */
export function parseAddress(text: string): ParsedAddress | undefined {
  if (typeof text !== "string") return undefined;
  const split = splitSheet(text.trim());
  if (!split) return undefined;
  const pieces = split.rest.split(":");
  if (pieces.length > 2 || pieces.some((p) => p === "")) return undefined;
  const first = parsePart(pieces[0]);
  const second = pieces.length === 2 ? parsePart(pieces[1]) : first;
  if (!first || !second) return undefined;
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  // `A` or `3` alone is a name, not an address; `A1:B` mixes kinds.
  if ((wholeColumns || wholeRows) && pieces.length === 1) return undefined;
  if (!wholeColumns && !wholeRows && (first.row === undefined || first.column === undefined))
    return undefined;
  if (!wholeColumns && !wholeRows && (second.row === undefined || second.column === undefined))
    return undefined;
  const r1 = wholeColumns ? 1 : first.row!;
  const r2 = wholeColumns ? MAX_ROWS : second.row!;
  const c1 = wholeRows ? 1 : first.column!;
  const c2 = wholeRows ? MAX_COLUMNS : second.column!;
  const area = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  if (area.top < 1 || area.left < 1 || !isInsideSheet(area)) return undefined;
  return { sheet: split.sheet, area };
}

/**
 * Excel truncates `getRange`/`getRanges` address strings to 8192 characters (documented in "Troubleshooting
 * Excel add-ins"); a cut-off list then fails to parse or silently loses its last areas, as in Excel.
 */
export const ADDRESS_CHARACTER_LIMIT = 8192;

/** Parses `A1:B2, D4` or `A1:B2; D4` (as `Worksheet.getRanges` does); `undefined` if any part is invalid. */
export function parseAddressList(text: string): ParsedAddress[] | undefined {
  if (typeof text !== "string") return undefined;
  const parts = text.split(/[,;]/);
  const parsed: ParsedAddress[] = [];
  for (const part of parts) {
    const one = parseAddress(part);
    if (!one) return undefined;
    parsed.push(one);
  }
  return parsed;
}

export function intersect(a: CellArea, b: CellArea): CellArea | undefined {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : undefined;
}

export function containsCell(area: CellArea, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}

export function sameArea(a: CellArea, b: CellArea): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The parts of `area` outside `hole`, as at most four rectangles (bands above and below, then sides). */
export function subtractArea(area: CellArea, hole: CellArea): CellArea[] {
  const overlap = intersect(area, hole);
  if (!overlap) return [{ ...area }];
  const parts: CellArea[] = [];
  if (area.top < overlap.top) parts.push({ ...area, bottom: overlap.top - 1 });
  if (overlap.bottom < area.bottom) parts.push({ ...area, top: overlap.bottom + 1 });
  if (area.left < overlap.left)
    parts.push({ top: overlap.top, bottom: overlap.bottom, left: area.left, right: overlap.left - 1 });
  if (overlap.right < area.right)
    parts.push({ top: overlap.top, bottom: overlap.bottom, left: overlap.right + 1, right: area.right });
  return parts;
}

/** `$A$1:$B$2` (or `$A:$C`, `$1:$3`), as names and formulas refer to areas. */
export function absoluteArea(area: CellArea): string {
  const column = (c: number) => `$${columnLetter(c)}`;
  if (isEntireRow(area)) return `$${area.top}:$${area.bottom}`;
  if (isEntireColumn(area)) return `${column(area.left)}:${column(area.right)}`;
  const start = `${column(area.left)}$${area.top}`;
  return area.top === area.bottom && area.left === area.right
    ? start
    : `${start}:${column(area.right)}$${area.bottom}`;
}
