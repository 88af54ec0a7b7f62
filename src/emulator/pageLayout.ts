/**
 * Printing a sheet: its manual page breaks (`worksheet.horizontalPageBreaks`, `PageBreakCollection`) and its
 * orientation (`worksheet.pageLayout.orientation`), both ExcelApi 1.9 (learn.microsoft.com/javascript/api/
 * excel/excel.pagebreakcollection, excel.pagelayout). `add(range)` puts a break "before the top-left cell of
 * the range"; only row breaks are modelled. Clearing a sheet's cells (`range.clear()`) leaves its breaks, as in
 * Excel: a writer that rewrites a sheet removes them itself (`removePageBreaks`).
 */
import { requireApiSet } from "./apiSets";
import { EmClientObject, NULL_TARGET, queueResult } from "./clientObject";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { EmRange } from "./range";
import { parseAddress } from "./address";
import { sheetOf } from "./sheetOps";

/** The top row (1-based) of a break's range, which must be on the collection's sheet. */
function breakRow(sheetId: string, range: Excel.Range | string, exec: ExecState): number {
  const sheet = sheetOf(exec.model, sheetId);
  if (typeof range !== "string") {
    const resolved = (range as unknown as EmRange)._require(exec);
    if (resolved.sheetId !== sheetId)
      throw officeError(ErrorCode.invalidArgument, "the range is on another sheet");
    return resolved.area.top;
  }
  const parsed = parseAddress(range);
  if (
    !parsed ||
    (parsed.sheet !== undefined && parsed.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase())
  )
    throw officeError(ErrorCode.invalidArgument, `range ${JSON.stringify(range)}`);
  return parsed.area.top;
}

/** A page break `add` returns; none of its members is modelled. */
class EmPageBreak extends EmClientObject<string> {
  get _typeName(): string {
    return "PageBreak";
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(): Record<string, unknown> {
    return {};
  }
}

/** A sheet's horizontal (row) page breaks; the target is the sheet's id. */
export class EmPageBreakCollection extends EmClientObject<string> {
  get _typeName(): string {
    return "PageBreakCollection";
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(): Record<string, unknown> {
    return {};
  }

  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    if (typeof pageBreakRange !== "string") assertSameContext(this._ctx, pageBreakRange);
    this._queueCall(
      "add",
      [typeof pageBreakRange === "string" ? pageBreakRange : "range"],
      (target, exec) => {
        requireApiSet(exec, "1.9", "PageBreakCollection.add");
        const sheet = sheetOf(exec.model, target);
        const row = breakRow(target, pageBreakRange, exec);
        if (!sheet.pageBreakRows.includes(row))
          sheet.pageBreakRows = [...sheet.pageBreakRows, row].sort((a, b) => a - b);
      },
    );
    return new EmPageBreak(this._ctx, `${this._path}.add()`, () => NULL_TARGET) as unknown as Excel.PageBreak;
  }

  removePageBreaks(): void {
    this._queueCall("removePageBreaks", [], (target, exec) => {
      requireApiSet(exec, "1.9", "PageBreakCollection.removePageBreaks");
      sheetOf(exec.model, target).pageBreakRows = [];
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this, "getCount", (exec) => {
      requireApiSet(exec, "1.9", "PageBreakCollection.getCount");
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : sheetOf(exec.model, target).pageBreakRows.length;
    });
  }
}

const ORIENTATIONS: ReadonlySet<string> = new Set(["Portrait", "Landscape"]);

/** A sheet's print settings: the orientation; the target is the sheet's id. */
export class EmPageLayout extends EmClientObject<string> {
  get _typeName(): string {
    return "PageLayout";
  }

  protected _scalarNames(): readonly string[] {
    return ["orientation"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    requireApiSet(exec, "1.9", "PageLayout.orientation");
    return { orientation: sheetOf(exec.model, target).orientation };
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this._get("orientation");
  }
  set orientation(orientation: Excel.PageLayout["orientation"]) {
    this._queueSet("orientation", orientation, (target, exec) => {
      requireApiSet(exec, "1.9", "PageLayout.orientation");
      if (typeof orientation !== "string" || !ORIENTATIONS.has(orientation))
        throw officeError(ErrorCode.invalidArgument, `orientation ${String(orientation)}`);
      sheetOf(exec.model, target).orientation = orientation as "Portrait" | "Landscape";
    });
  }

  load(spec?: unknown): this {
    return this._load(spec);
  }
}
