/**
 * Cell-level operations with Excel's rules, shared by `Range`, `RangeAreas`, their formats and the test
 * helpers: protection checks, value writes (text vs formula), grids for loads, uniform-or-null formats.
 */
import type { CellArea } from "./address";
import { MAX_COLUMNS, MAX_ROWS, areaCellCount, formatArea, intersect } from "./address";
import { applyWrite, interpretWrite, readValue, readValueType } from "./cellInput";
import { EmulatorGapError, ErrorCode, officeError } from "./errors";
import type { ChangeRecord, EmulatorHost, EmulatorLimits } from "./host";
import type { CellModel, SheetModel, WorkbookModel } from "./model";

export interface RangeTarget {
  sheetId: string;
  area: CellArea;
}

export interface CellsTarget {
  sheetId: string;
  areas: CellArea[];
}

export function sheetOf(model: WorkbookModel, sheetId: string): SheetModel {
  const sheet = model.sheetById(sheetId);
  if (!sheet) throw officeError(ErrorCode.itemNotFound, "the worksheet no longer exists");
  return sheet;
}

/** What an operation changes, for the protection check. */
export type EditKind = "content" | "format" | "rows" | "columns";

/**
 * A protected sheet refuses content changes to locked cells (all cells are locked by default) and format
 * changes unless its protection options allow them. The whole operation fails: no cell is half-written.
 */
export function assertEditable(sheet: SheetModel, areas: CellArea[], kind: EditKind): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  const where = `worksheet "${sheet.name}" is protected`;
  if (kind === "format" && !protection.options.allowFormatCells)
    throw officeError(ErrorCode.accessDenied, where);
  if (kind === "rows" && !protection.options.allowFormatRows)
    throw officeError(ErrorCode.accessDenied, where);
  if (kind === "columns" && !protection.options.allowFormatColumns) {
    throw officeError(ErrorCode.accessDenied, where);
  }
  if (kind !== "content") return;
  for (const area of areas) {
    const unlocked = sheet.storedCellsIn(area).filter(({ cell }) => cell.locked === false).length;
    if (unlocked < areaCellCount(area)) throw officeError(ErrorCode.accessDenied, where);
  }
}

/**
 * With another workbook focused, Excel refuses `worksheets.add`, `activate`, `freezeRows` and `select`
 * with `InactiveWorkbook` (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting;
 * error list in testing/application-specific-api-error-handling). Only under a `focusSensitive` profile.
 */
export function assertFocused(host: EmulatorHost, what: string): void {
  if (host.profile.focusSensitive && !host.workbookFocused) {
    throw officeError(ErrorCode.inactiveWorkbook, `${what} while another workbook has the focus`);
  }
}

/**
 * The used range as Excel reports it: under a `wholeLineUsedRange` profile, one reaching column XFD is
 * whole rows (`1:2000`) and one reaching row 1,048,576 whole columns (`A:C`)
 * (learn.microsoft.com/javascript/api/excel/excel.rangeareas, `address`).
 */
export function reportedUsedArea(area: CellArea, host: EmulatorHost): CellArea {
  if (!host.profile.wholeLineUsedRange) return area;
  const reported = { ...area };
  if (reported.right === MAX_COLUMNS) reported.left = 1;
  if (reported.bottom === MAX_ROWS) reported.top = 1;
  return reported;
}

export function assertReadable(area: CellArea, limits: EmulatorLimits): void {
  if (areaCellCount(area) > limits.cellsPerRead) {
    throw officeError(ErrorCode.rangeExceedsLimit, `${areaCellCount(area)} cells in ${formatArea(area)}`);
  }
}

/** A grid of one property over an area, row by row. */
export function readGrid<T>(
  sheet: SheetModel,
  area: CellArea,
  read: (cell: CellModel | undefined) => T,
): T[][] {
  const grid: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cell(r, c)));
    grid.push(row);
  }
  return grid;
}

/**
 * Excel accepts a single value for every cell, or a 2-D array of exactly the range's size; anything else
 * fails with `InvalidArgument`.
 */
export function gridInput(
  input: unknown,
  area: CellArea,
  what: string,
): (row: number, column: number) => unknown {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  if (!Array.isArray(input)) return () => input;
  const fits =
    input.length === rows &&
    input.every((row) => Array.isArray(row) && (row as unknown[]).length === columns);
  if (!fits) {
    throw officeError(
      ErrorCode.invalidArgument,
      `${what}: the input array doesn't match the size of the range ${formatArea(area)} (${rows}×${columns})`,
    );
  }
  return (row, column) => (input[row - area.top] as unknown[])[column - area.left];
}

function eventCell(cell: CellModel | undefined): {
  value: string | number | boolean;
  type: Excel.RangeValueType;
} {
  return { value: readValue(cell), type: readValueType(cell) };
}

/** Records a data change for `onChanged` handlers. */
export function recordChange(
  changes: ChangeRecord[],
  sheet: SheetModel,
  area: CellArea,
  trigger: ChangeRecord["triggerSource"],
  before?: CellModel,
): void {
  const single = area.top === area.bottom && area.left === area.right;
  changes.push({
    sheetId: sheet.id,
    area,
    triggerSource: trigger,
    before: single ? eventCell(before) : undefined,
    after: single ? eventCell(sheet.cell(area.top, area.left)) : undefined,
  });
}

/**
 * Writes `values` (or `formulas`) the way Excel does: cell by cell, interpreting strings against the
 * cell's number format at that moment, skipping `null` entries and the hidden cells of merged areas.
 */
export function writeCells(
  sheet: SheetModel,
  area: CellArea,
  input: unknown,
  what: "values" | "formulas",
  changes: ChangeRecord[] | undefined,
  trigger: ChangeRecord["triggerSource"],
): void {
  const at = gridInput(input, area, what);
  assertMaterializable([area], `writing ${what}`);
  // Interpret everything first: an invalid entry fails the operation before any cell changes.
  const writes: { row: number; column: number; written: NonNullable<ReturnType<typeof interpretWrite>> }[] =
    [];
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const merge = sheet.mergeAt(r, c);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const written = interpretWrite(at(r, c), sheet.cell(r, c)?.numberFormat);
      if (written) writes.push({ row: r, column: c, written });
    }
  }
  const before =
    area.top === area.bottom && area.left === area.right ? sheet.cell(area.top, area.left) : undefined;
  const beforeCopy = before ? { ...before } : undefined;
  for (const { row, column, written } of writes)
    sheet.updateCell(row, column, (cell) => applyWrite(cell, written));
  if (changes) recordChange(changes, sheet, area, trigger, beforeCopy);
}

export function writeNumberFormats(sheet: SheetModel, area: CellArea, input: unknown): void {
  const at = gridInput(input, area, "numberFormat");
  assertMaterializable([area], "writing numberFormat");
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const format = at(r, c);
      if (format === null || format === undefined) continue;
      if (typeof format !== "string")
        throw officeError(ErrorCode.invalidArgument, "numberFormat must be text");
      sheet.updateCell(r, c, (cell) => {
        if (format === "General") delete cell.numberFormat;
        else cell.numberFormat = format;
      });
    }
  }
}

/**
 * The model stores formats per cell, so formatting whole columns or the whole sheet would create millions
 * of cells; past this many the emulator says so instead of hanging.
 */
export const MAX_MATERIALIZED_CELLS = 2_000_000;

export function assertMaterializable(areas: CellArea[], what: string): void {
  const cells = areas.reduce((n, area) => n + areaCellCount(area), 0);
  if (cells > MAX_MATERIALIZED_CELLS) {
    throw new EmulatorGapError(`${what} on ${cells} cells at once (the model stores cells one by one)`);
  }
}

/** Changes every cell of the areas, creating the cells that were empty. */
export function updateCells(sheet: SheetModel, areas: CellArea[], change: (cell: CellModel) => void): void {
  assertMaterializable(areas, "formatting");
  for (const area of areas) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) sheet.updateCell(r, c, change);
    }
  }
}

/** One value when every cell agrees, `null` otherwise, as Excel reports range-wide formats. */
export function uniform<T>(
  sheet: SheetModel,
  areas: CellArea[],
  read: (cell: CellModel | undefined) => T,
): T | null {
  let seen = false;
  let value: T | undefined;
  const take = (next: T): boolean => {
    if (!seen) {
      seen = true;
      value = next;
      return true;
    }
    return value === next;
  };
  for (const area of areas) {
    const stored = sheet.storedCellsIn(area);
    for (const { cell } of stored) if (!take(read(cell))) return null;
    if (stored.length < areaCellCount(area) && !take(read(undefined))) return null;
  }
  return seen ? (value as T) : null;
}

/** `true` when every row (or column) of the areas is hidden, `false` when none is, `null` when mixed. */
export function hiddenState(hidden: Set<number>, from: number, to: number): boolean | null {
  let count = 0;
  if (hidden.size < to - from + 1) {
    hidden.forEach((n) => {
      if (n >= from && n <= to) count++;
    });
  } else {
    for (let n = from; n <= to; n++) if (hidden.has(n)) count++;
  }
  if (count === 0) return false;
  return count === to - from + 1 ? true : null;
}

export function setHidden(hidden: Set<number>, from: number, to: number, value: boolean): void {
  for (let n = from; n <= to; n++) {
    if (value) hidden.add(n);
    else hidden.delete(n);
  }
}

/** Back to "no fill". */
export function removeFill(cell: CellModel): void {
  delete cell.fill;
  delete cell.fillPattern;
  delete cell.fillTintAndShade;
}

/** Clears contents and/or formats; contents keep the cell's formats and vice versa. */
export function clearCells(sheet: SheetModel, areas: CellArea[], applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const hyperlinks = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  for (const area of areas) {
    for (const { row, column } of sheet.storedCellsIn(area)) {
      sheet.updateCell(row, column, (cell) => {
        if (contents) {
          cell.value = null;
          delete cell.formula;
        }
        if (formats) {
          delete cell.numberFormat;
          removeFill(cell);
          delete cell.font;
          delete cell.wrapText;
          delete cell.horizontalAlignment;
          delete cell.verticalAlignment;
        }
        if (hyperlinks) delete cell.hyperlink;
      });
    }
  }
}

/** Merges an area like Excel: the top-left value stays, the other values go, overlapping merges join. */
export function mergeArea(sheet: SheetModel, area: CellArea, across: boolean): void {
  const targets: CellArea[] = across
    ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
        ...area,
        top: area.top + i,
        bottom: area.top + i,
      }))
    : [area];
  for (const target of targets) {
    if (target.top === target.bottom && target.left === target.right) continue;
    let merged = target;
    for (const existing of sheet.mergesOverlapping(target)) {
      merged = {
        top: Math.min(merged.top, existing.top),
        left: Math.min(merged.left, existing.left),
        bottom: Math.max(merged.bottom, existing.bottom),
        right: Math.max(merged.right, existing.right),
      };
    }
    sheet.merges = sheet.merges.filter((existing) => !intersect(existing, merged));
    for (const { row, column } of sheet.storedCellsIn(merged)) {
      if (row === merged.top && column === merged.left) continue;
      sheet.updateCell(row, column, (cell) => {
        cell.value = null;
        delete cell.formula;
      });
    }
    sheet.merges.push(merged);
  }
}

export function unmergeArea(sheet: SheetModel, area: CellArea): void {
  sheet.merges = sheet.merges.filter((existing) => !intersect(existing, area));
}
