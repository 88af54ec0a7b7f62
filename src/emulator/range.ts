/** `Excel.Range` and `Excel.RangeCollection`. */
import type { CellArea } from "./address";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  areaCellCount,
  intersect,
  isEntireColumn,
  isEntireRow,
  isInsideSheet,
  parseAddress,
  qualifiedAddress,
} from "./address";
import { readFormula, readNumberFormat, readValue, readValueType } from "./cellInput";
import type { Resolved } from "./clientObject";
import type { EmConditionalFormatCollection } from "./conditionalFormats";
import { conditionalFormatsOf } from "./conditionalFormats";
import { dataValidationOf } from "./dataValidation";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import type { EmRequestContext } from "./context";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { EmRangeFormat } from "./format";
import type { HyperlinkModel, SheetModel } from "./model";
import { EmRangeAreas } from "./rangeAreas";
import type { CellsTarget, RangeTarget } from "./sheetOps";
import {
  assertEditable,
  assertFocused,
  assertReadable,
  clearCells,
  hiddenState,
  mergeArea,
  readGrid,
  reportedUsedArea,
  recordChange,
  setHidden,
  sheetOf,
  unmergeArea,
  writeCells,
  writeNumberFormats,
} from "./sheetOps";
import { EmWorksheet } from "./worksheet";

type RangeMembers =
  | "context"
  | "isNullObject"
  | "format"
  | "conditionalFormats"
  | "dataValidation"
  | "worksheet"
  | "address"
  | "addressLocal"
  | "cellCount"
  | "columnCount"
  | "rowCount"
  | "columnIndex"
  | "rowIndex"
  | "columnHidden"
  | "rowHidden"
  | "hidden"
  | "isEntireColumn"
  | "isEntireRow"
  | "formulas"
  | "numberFormat"
  | "values"
  | "valueTypes"
  | "hyperlink"
  | "set"
  | "clear"
  | "getCell"
  | "getOffsetRange"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getRowsAbove"
  | "getRowsBelow"
  | "getColumnsBefore"
  | "getColumnsAfter"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastCell"
  | "getLastRow"
  | "getLastColumn"
  | "getBoundingRect"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getMergedAreasOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "merge"
  | "unmerge"
  | "select"
  | "load"
  | "track"
  | "untrack"
  | "toJSON";

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "rowCount",
  "columnIndex",
  "rowIndex",
  "columnHidden",
  "rowHidden",
  "hidden",
  "isEntireColumn",
  "isEntireRow",
  "formulas",
  "numberFormat",
  "values",
  "valueTypes",
  "hyperlink",
] as const;

/** Properties that return one entry per cell and count toward Excel's 5 000 000-cell read limit. */
const PER_CELL = new Set(["formulas", "numberFormat", "values", "valueTypes"]);

function checkedArea(area: CellArea, what: string): CellArea {
  if (area.top > area.bottom || area.left > area.right || !isInsideSheet(area)) {
    throw officeError(ErrorCode.invalidArgument, `${what} is outside the worksheet`);
  }
  return area;
}

function argument(value: unknown): string {
  return JSON.stringify(value);
}

export class EmRange extends EmClientObject<RangeTarget> implements Pick<Excel.Range, RangeMembers> {
  private readonly _format: EmRangeFormat;
  private readonly _worksheet: EmWorksheet;
  private readonly _conditionalFormats: EmConditionalFormatCollection;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<RangeTarget>) {
    super(ctx, path, resolver);
    const cells = (exec: ExecState): Resolved<CellsTarget> => {
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : { sheetId: target.sheetId, areas: [target.area] };
    };
    this._format = new EmRangeFormat(ctx, `${path}.format`, cells);
    this._conditionalFormats = conditionalFormatsOf(this, cells);
    this._worksheet = new EmWorksheet(ctx, `${path}.worksheet`, (exec) => {
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : target.sheetId;
    });
  }

  get _typeName(): string {
    return "Range";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "format") return this._format;
    if (name === "worksheet") return this._worksheet;
    if (name === "dataValidation") return dataValidationOf(this);
    if (name === "conditionalFormats") return this._conditionalFormats;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override _setOrder(): readonly string[] {
    // Number formats first, so that a text format protects the values written with it.
    return ["numberFormat", "values", "formulas", "hyperlink", "rowHidden", "columnHidden", "format"];
  }

  protected _readScalars(
    target: RangeTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target.sheetId);
    const area = target.area;
    if (names.some((name) => PER_CELL.has(name))) assertReadable(area, exec.host.limits);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      switch (name) {
        case "address":
        case "addressLocal":
          values[name] = qualifiedAddress(sheet.name, area);
          break;
        case "cellCount":
          values[name] = areaCellCount(area);
          break;
        case "columnCount":
          values[name] = area.right - area.left + 1;
          break;
        case "rowCount":
          values[name] = area.bottom - area.top + 1;
          break;
        case "columnIndex":
          values[name] = area.left - 1;
          break;
        case "rowIndex":
          values[name] = area.top - 1;
          break;
        case "columnHidden":
          values[name] = hiddenState(sheet.hiddenColumns, area.left, area.right);
          break;
        case "rowHidden":
          values[name] = hiddenState(sheet.hiddenRows, area.top, area.bottom);
          break;
        case "hidden": {
          const rows = hiddenState(sheet.hiddenRows, area.top, area.bottom);
          const columns = hiddenState(sheet.hiddenColumns, area.left, area.right);
          values[name] =
            rows === true || columns === true ? true : rows === false && columns === false ? false : null;
          break;
        }
        case "isEntireColumn":
          values[name] = isEntireColumn(area);
          break;
        case "isEntireRow":
          values[name] = isEntireRow(area);
          break;
        case "formulas":
          values[name] = readGrid(sheet, area, readFormula);
          break;
        case "numberFormat":
          values[name] = readGrid(sheet, area, readNumberFormat);
          break;
        case "values":
          values[name] = readGrid(sheet, area, readValue);
          break;
        case "valueTypes":
          values[name] = readGrid(sheet, area, readValueType);
          break;
        case "hyperlink":
          values[name] = sheet.cell(area.top, area.left)?.hyperlink ?? null;
          break;
      }
    }
    return values;
  }

  // ---- navigation properties -----------------------------------------------------------------------------

  get format(): Excel.RangeFormat {
    return this._format as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return this._worksheet as unknown as Excel.Worksheet;
  }

  /** ExcelApi 1.6 (`conditionalFormats.ts`). */
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this._conditionalFormats as unknown as Excel.ConditionalFormatCollection;
  }

  get dataValidation(): Excel.DataValidation {
    return dataValidationOf(this) as unknown as Excel.DataValidation;
  }

  // ---- scalar properties ---------------------------------------------------------------------------------

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get("valueTypes");
  }

  get values(): any[][] {
    return this._get("values");
  }
  set values(values: any[][]) {
    this._queueSet("values", values, (target, exec) => this._writeCells(target, exec, values, "values"));
  }

  get formulas(): any[][] {
    return this._get("formulas");
  }
  set formulas(formulas: any[][]) {
    this._queueSet("formulas", formulas, (target, exec) =>
      this._writeCells(target, exec, formulas, "formulas"),
    );
  }

  private _writeCells(
    target: RangeTarget,
    exec: ExecState,
    input: unknown,
    what: "values" | "formulas",
  ): void {
    const sheet = sheetOf(exec.model, target.sheetId);
    assertEditable(sheet, [target.area], "content");
    writeCells(sheet, target.area, input, what, exec.changes, "ThisLocalAddin");
  }

  get numberFormat(): any[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: any[][]) {
    this._queueSet("numberFormat", formats, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "format");
      writeNumberFormats(sheet, target.area, formats);
    });
  }

  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this._queueSet("rowHidden", hidden, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "rows");
      setHidden(sheet.hiddenRows, target.area.top, target.area.bottom, hidden);
    });
  }

  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this._queueSet("columnHidden", hidden, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "columns");
      setHidden(sheet.hiddenColumns, target.area.left, target.area.right, hidden);
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this._get("hyperlink");
  }
  /** Sets the link on every cell; `textToDisplay` becomes the cell's text (never a formula). */
  set hyperlink(link: Excel.RangeHyperlink) {
    this._queueSet("hyperlink", link, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "content");
      const stored: HyperlinkModel | undefined = link ? { ...link } : undefined;
      if (stored) assertHyperlinkRoom(exec, sheet, target.area);
      sheet.forEachCell(target.area, (row, column) =>
        sheet.updateCell(row, column, (cell) => {
          if (!stored) delete cell.hyperlink;
          else cell.hyperlink = stored;
          if (stored?.textToDisplay !== undefined) {
            cell.value = stored.textToDisplay === "" ? null : stored.textToDisplay;
            delete cell.formula;
          }
        }),
      );
      if (link?.textToDisplay !== undefined) recordChange(exec.changes, sheet, target.area, "ThisLocalAddin");
    });
  }

  // ---- methods -------------------------------------------------------------------------------------------

  set(
    properties: Excel.Interfaces.RangeUpdateData | Excel.Range,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    const what = applyTo ?? "All";
    this._queueCall("clear", what, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], what === "Formats" ? "format" : "content");
      clearCells(sheet, [target.area], what);
      exec.hyperlinkCounts.delete(sheet.id);
      if (what !== "Formats") recordChange(exec.changes, sheet, target.area, "ThisLocalAddin");
    });
  }

  /** A range derived from this one, looked up at `sync` like Office.js does. */
  private _derive(
    call: string,
    compute: (target: RangeTarget, exec: ExecState) => Resolved<RangeTarget>,
  ): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.${call}`, (exec) => {
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : compute(target, exec);
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  private _shape(call: string, shape: (area: CellArea) => CellArea): Excel.Range {
    return this._derive(call, (target) => ({
      sheetId: target.sheetId,
      area: checkedArea(shape(target.area), call),
    }));
  }

  getCell(row: number, column: number): Excel.Range {
    return this._shape(`getCell(${row}, ${column})`, (a) => ({
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this._shape(`getOffsetRange(${rowOffset}, ${columnOffset})`, (a) => ({
      top: a.top + rowOffset,
      left: a.left + columnOffset,
      bottom: a.bottom + rowOffset,
      right: a.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this._shape(`getResizedRange(${deltaRows}, ${deltaColumns})`, (a) => ({
      ...a,
      bottom: a.bottom + deltaRows,
      right: a.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this._shape(`getAbsoluteResizedRange(${numRows}, ${numColumns})`, (a) => ({
      ...a,
      bottom: a.top + numRows - 1,
      right: a.left + numColumns - 1,
    }));
  }

  getRow(row: number): Excel.Range {
    return this._shape(`getRow(${row})`, (a) => {
      if (row < 0 || a.top + row > a.bottom) throw officeError(ErrorCode.invalidArgument, `row ${row}`);
      return { ...a, top: a.top + row, bottom: a.top + row };
    });
  }

  getColumn(column: number): Excel.Range {
    return this._shape(`getColumn(${column})`, (a) => {
      if (column < 0 || a.left + column > a.right)
        throw officeError(ErrorCode.invalidArgument, `column ${column}`);
      return { ...a, left: a.left + column, right: a.left + column };
    });
  }

  getRowsAbove(count = 1): Excel.Range {
    return this._shape(`getRowsAbove(${count})`, (a) => ({ ...a, top: a.top - count, bottom: a.top - 1 }));
  }

  getRowsBelow(count = 1): Excel.Range {
    return this._shape(`getRowsBelow(${count})`, (a) => ({
      ...a,
      top: a.bottom + 1,
      bottom: a.bottom + count,
    }));
  }

  getColumnsBefore(count = 1): Excel.Range {
    return this._shape(`getColumnsBefore(${count})`, (a) => ({
      ...a,
      left: a.left - count,
      right: a.left - 1,
    }));
  }

  getColumnsAfter(count = 1): Excel.Range {
    return this._shape(`getColumnsAfter(${count})`, (a) => ({
      ...a,
      left: a.right + 1,
      right: a.right + count,
    }));
  }

  getEntireRow(): Excel.Range {
    return this._shape("getEntireRow()", (a) => ({ ...a, left: 1, right: MAX_COLUMNS }));
  }

  getEntireColumn(): Excel.Range {
    return this._shape("getEntireColumn()", (a) => ({ ...a, top: 1, bottom: MAX_ROWS }));
  }

  getLastCell(): Excel.Range {
    return this._shape("getLastCell()", (a) => ({
      top: a.bottom,
      left: a.right,
      bottom: a.bottom,
      right: a.right,
    }));
  }

  getLastRow(): Excel.Range {
    return this._shape("getLastRow()", (a) => ({ ...a, top: a.bottom }));
  }

  getLastColumn(): Excel.Range {
    return this._shape("getLastColumn()", (a) => ({ ...a, left: a.right }));
  }

  /** Resolves a `Range | string` argument to an area on this range's sheet. */
  private _otherArea(other: Excel.Range | string, target: RangeTarget, exec: ExecState): CellArea {
    if (typeof other === "string") {
      const parsed = parseAddress(other);
      if (!parsed) throw officeError(ErrorCode.invalidArgument, `address ${JSON.stringify(other)}`);
      return parsed.area;
    }
    const resolved = (other as unknown as EmRange)._require(exec);
    if (resolved.sheetId !== target.sheetId)
      throw officeError(ErrorCode.invalidArgument, "ranges on different sheets");
    return resolved.area;
  }

  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    assertSameContext(this._ctx, anotherRange);
    return this._derive(
      `getBoundingRect(${argument(typeof anotherRange === "string" ? anotherRange : "…")})`,
      (t, exec) => {
        const b = this._otherArea(anotherRange, t, exec);
        const a = t.area;
        return {
          sheetId: t.sheetId,
          area: {
            top: Math.min(a.top, b.top),
            left: Math.min(a.left, b.left),
            bottom: Math.max(a.bottom, b.bottom),
            right: Math.max(a.right, b.right),
          },
        };
      },
    );
  }

  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this._intersection(anotherRange, false);
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this._intersection(anotherRange, true);
  }

  private _intersection(anotherRange: Excel.Range | string, orNull: boolean): Excel.Range {
    assertSameContext(this._ctx, anotherRange);
    const name = orNull ? "getIntersectionOrNullObject" : "getIntersection";
    return this._derive(
      `${name}(${typeof anotherRange === "string" ? argument(anotherRange) : "range"})`,
      (t, exec) => {
        const area = intersect(t.area, this._otherArea(anotherRange, t, exec));
        if (area) return { sheetId: t.sheetId, area };
        if (orNull) return NULL_TARGET;
        throw officeError(ErrorCode.itemNotFound, "the ranges do not intersect");
      },
    );
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._usedRange(valuesOnly ?? false, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._usedRange(valuesOnly ?? false, true);
  }

  private _usedRange(valuesOnly: boolean, orNull: boolean): Excel.Range {
    const name = orNull ? "getUsedRangeOrNullObject" : "getUsedRange";
    return this._derive(`${name}(${valuesOnly})`, (t, exec) => {
      const used = sheetOf(exec.model, t.sheetId).usedArea(valuesOnly);
      const area = used && intersect(reportedUsedArea(used, exec.host), t.area);
      if (area) return { sheetId: t.sheetId, area };
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, "the range is empty");
    });
  }

  /**
   * ExcelApi 1.13. Like Excel, returns the merged areas whose top-left cell lies in this range (whole areas,
   * not clipped), a null object when there are none, and fails beyond 512 areas.
   */
  getMergedAreasOrNullObject(): Excel.RangeAreas {
    const areas = new EmRangeAreas(this._ctx, `${this._path}.getMergedAreasOrNullObject()`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const sheet = sheetOf(exec.model, target.sheetId);
      const found = sheet.merges
        .filter((m) => m.top >= target.area.top && m.top <= target.area.bottom)
        .filter((m) => m.left >= target.area.left && m.left <= target.area.right)
        .sort((a, b) => a.top - b.top || a.left - b.left);
      if (found.length === 0) return NULL_TARGET;
      if (found.length > exec.host.limits.mergedAreasPerRange) {
        throw officeError(ErrorCode.generalException, `${found.length} merged areas in one range`);
      }
      return { sheetId: target.sheetId, areas: found };
    });
    return areas._queueLookup() as unknown as Excel.RangeAreas;
  }

  /**
   * ExcelApi 1.9, for `Excel.SpecialCellType.visible` only: the visible cells as rectangles (runs of
   * visible rows × runs of visible columns), or a null object when every cell is hidden.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): Excel.RangeAreas {
    if (cellType !== "Visible")
      throw officeError(ErrorCode.invalidArgument, `special cells "${cellType}" are not emulated`);
    const areas = new EmRangeAreas(
      this._ctx,
      `${this._path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)})`,
      (exec) => {
        const target = this._resolve(exec);
        if (target === NULL_TARGET) return NULL_TARGET;
        const sheet = sheetOf(exec.model, target.sheetId);
        const runs = (first: number, last: number, hidden: Set<number>): [number, number][] => {
          const found: [number, number][] = [];
          for (let i = first; i <= last; i++) {
            if (hidden.has(i)) continue;
            const run = found[found.length - 1];
            if (run && run[1] === i - 1) run[1] = i;
            else found.push([i, i]);
          }
          return found;
        };
        const { top, bottom, left, right } = target.area;
        const found: CellArea[] = [];
        for (const [t, b] of runs(top, bottom, sheet.hiddenRows)) {
          for (const [l, r] of runs(left, right, sheet.hiddenColumns))
            found.push({ top: t, left: l, bottom: b, right: r });
        }
        return found.length === 0 ? NULL_TARGET : { sheetId: target.sheetId, areas: found };
      },
    );
    return areas._queueLookup() as unknown as Excel.RangeAreas;
  }

  merge(across?: boolean): void {
    this._queueCall("merge", across ?? false, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "content");
      mergeArea(sheet, target.area, across ?? false);
    });
  }

  unmerge(): void {
    this._queueCall("unmerge", undefined, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, [target.area], "content");
      unmergeArea(sheet, target.area);
    });
  }

  /** Selects the range, activating its sheet (which must be visible). */
  select(): void {
    this._queueCall("select", undefined, (target, exec) => {
      assertFocused(exec.host, "Range.select");
      const sheet = sheetOf(exec.model, target.sheetId);
      if (sheet.visibility !== "Visible")
        throw officeError(ErrorCode.invalidOperation, "the sheet is hidden");
      exec.model.activeSheetId = sheet.id;
      exec.model.selection = { sheetId: sheet.id, areas: [target.area] };
    });
  }

  load(options?: Excel.Interfaces.RangeLoadOptions): Excel.Range;
  load(propertyNames?: string | string[]): Excel.Range;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Range;
  load(spec?: unknown): Excel.Range {
    return this._load(spec) as unknown as Excel.Range;
  }

  /** Office.js keeps objects alive across `run` calls with these; the emulator keeps everything alive. */
  track(): Excel.Range {
    return this as unknown as Excel.Range;
  }

  untrack(): Excel.Range {
    return this as unknown as Excel.Range;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const format = this._format._json();
    if (Object.keys(format).length > 0) json.format = format;
    return json;
  }

  override toJSON(): Excel.Interfaces.RangeData {
    return this._json() as unknown as Excel.Interfaces.RangeData;
  }
}

/**
 * Excel holds at most 65,530 hyperlinks per worksheet ("Excel specifications and limits",
 * support.microsoft.com); past the profile's limit the write fails whole. The error code is not
 * documented: `GeneralException` here.
 */
function assertHyperlinkRoom(exec: ExecState, sheet: SheetModel, area: CellArea): void {
  const limit = exec.host.profile.hyperlinksPerSheet;
  if (limit === Infinity) return;
  let links = exec.hyperlinkCounts.get(sheet.id);
  if (links === undefined) {
    links = 0;
    for (const cell of sheet.cells.values()) if (cell.hyperlink) links++;
  }
  const already = sheet.storedCellsIn(area).filter(({ cell }) => cell.hyperlink).length;
  const after = links - already + areaCellCount(area);
  if (after > limit)
    throw officeError(ErrorCode.generalException, `${after} hyperlinks on one sheet (Excel allows ${limit})`);
  exec.hyperlinkCounts.set(sheet.id, after);
}

/** Creates a range from an address on a sheet, looked up at `sync`. */
export function rangeFromAddress(
  ctx: EmRequestContext,
  path: string,
  sheetId: (exec: ExecState) => Resolved<string>,
  address: (exec: ExecState) => CellArea,
): EmRange {
  return new EmRange(ctx, path, (exec) => {
    const id = sheetId(exec);
    return id === NULL_TARGET ? NULL_TARGET : { sheetId: id, area: address(exec) };
  });
}
