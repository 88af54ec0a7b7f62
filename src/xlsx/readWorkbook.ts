/**
 * The file adapter: reads an .xlsx file with ExcelJS into the engine's `WorkbookSnapshot`.
 * The Office.js adapter fills the same snapshot from a live workbook; the engine sees no difference.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellArea, CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import { parseAreaAddress } from "../domain/snapshot";
import { normalizeCellValue } from "./cellValue";
import { inspectWorkbookBytes } from "./inspectBytes";
import { UnreadableWorkbookError, oneLine } from "./unreadable";

export { UnreadableWorkbookError } from "./unreadable";

const GENERAL = "General";

/** ExcelJS keeps merged areas in a private map; `worksheet.model` would serialise every row to get them. */
interface WorksheetInternals {
  _merges?: Record<string, CellArea | undefined>;
}

function mergedAreas(worksheet: ExcelJS.Worksheet): CellArea[] {
  const internal = (worksheet as unknown as WorksheetInternals)._merges;
  if (internal) {
    const areas: CellArea[] = [];
    for (const area of Object.values(internal)) {
      if (area) areas.push({ top: area.top, left: area.left, bottom: area.bottom, right: area.right });
    }
    return areas;
  }
  // Fallback for an ExcelJS that renames its internals: slower, but correct.
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return merges.map(parseAreaAddress);
}

/** One row of the used range, in absolute columns (index 0 = column A) until the sheet is trimmed. */
interface RowCells {
  values: CellValue[];
  formats: string[];
  /** The first used column (1-based). */
  first: number;
}

function readRow(row: ExcelJS.Row, date1904: boolean): RowCells {
  const values: CellValue[] = [];
  const formats: string[] = [];
  let first = 0;
  // eachCell visits only cells that hold something (merged-area cells included), in column order.
  row.eachCell((cell, column) => {
    if (first === 0) first = column;
    while (values.length < column - 1) values.push(null);
    // Cells covered by a merged area (not its top-left) repeat the master's value in ExcelJS; the snapshot
    // keeps only the top-left value and lists the area in `merges`.
    values.push(cell.type === ExcelJS.ValueType.Merge ? null : normalizeCellValue(cell.value, date1904));
    const format = cell.numFmt;
    if (format && format !== GENERAL) {
      while (formats.length < column - 1) formats.push(GENERAL);
      formats[column - 1] = format;
    }
  });
  return { values, formats, first };
}

/** Maps one worksheet to a snapshot of its used range (the smallest rectangle holding every non-empty cell). */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const merges = mergedAreas(worksheet);
  const rows: (RowCells | undefined)[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const hiddenRowsAll: number[] = [];

  // findRow does not create rows, unlike getRow / eachRow({ includeEmpty }): no allocation for gaps.
  for (let r = 1, last = worksheet.rowCount; r <= last; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRowsAll.push(r);
    const cells = readRow(row, date1904);
    if (cells.values.length === 0) continue;
    rows[r - 1] = cells;
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, cells.first);
    right = Math.max(right, cells.values.length);
  }
  // A merged area counts as used even when its top-left cell is empty.
  for (const area of merges) {
    top = Math.min(top, area.top);
    left = Math.min(left, area.left);
    bottom = Math.max(bottom, area.bottom);
    right = Math.max(right, area.right);
  }

  if (bottom === 0) {
    return {
      name: worksheet.name,
      origin: { row: 1, column: 1 },
      values: [],
      numberFormats: [],
      merges,
      hiddenRows: [],
      hiddenColumns: [],
    };
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = rows[r - 1];
    // Most sheets start at column A: then the rows are already in place and need no copy.
    values.push(!cells ? [] : left === 1 ? cells.values : cells.values.slice(left - 1));
    numberFormats.push(!cells ? [] : left === 1 ? cells.formats : cells.formats.slice(left - 1));
  }

  // Only hidden rows and columns inside the used range matter; Excel often hides every column to XFD.
  const hiddenRows = hiddenRowsAll.filter((r) => r >= top && r <= bottom);
  const hiddenColumns: number[] = [];
  const columns = (worksheet.columns as ExcelJS.Column[] | null) ?? [];
  for (let c = left; c <= Math.min(right, columns.length); c++) {
    if (columns[c - 1]?.hidden) hiddenColumns.push(c);
  }

  return {
    name: worksheet.name,
    origin: { row: top, column: left },
    values,
    numberFormats,
    merges,
    hiddenRows,
    hiddenColumns,
  };
}

/** Maps a loaded ExcelJS workbook to a snapshot, sheets in tab order. */
export function workbookSnapshot(workbook: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  return { name, sheets: workbook.worksheets.map((worksheet) => sheetSnapshot(worksheet, date1904)) };
}

/**
 * Reads an .xlsx workbook from bytes. `name` names the file in errors and in the snapshot.
 * Throws `UnreadableWorkbookError` when the bytes are not a readable workbook.
 */
export async function readWorkbookBuffer(buffer: Buffer, name: string): Promise<WorkbookSnapshot> {
  const problem = inspectWorkbookBytes(buffer);
  if (problem) throw new UnreadableWorkbookError(name, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return workbookSnapshot(workbook, path.basename(name));
  } catch (error) {
    // A zip whose parts are damaged, or XML ExcelJS cannot parse.
    // JSZip prefixes some of its messages with "Bug :", which would read as Sitova's own bug.
    throw new UnreadableWorkbookError(name, "corrupt", oneLine(error).replace(/^Bug\s*:\s*/, ""));
  }
}

/** Reads an .xlsx file. Throws `UnreadableWorkbookError` (never a raw file-system or zip error). */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  let bytes: Buffer;
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new UnreadableWorkbookError(file, "directory");
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableWorkbookError(file, "missing");
    if (code === "EISDIR") throw new UnreadableWorkbookError(file, "directory");
    throw new UnreadableWorkbookError(file, "io", code ?? oneLine(error));
  }
  return readWorkbookBuffer(bytes, file);
}
