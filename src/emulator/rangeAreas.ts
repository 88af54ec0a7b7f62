/** `Excel.RangeAreas` (ExcelApi 1.9): several rectangles of one sheet, formatted in one operation. */
import { areaCellCount, isEntireColumn, isEntireRow, qualifiedAddress } from "./address";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import type { EmRequestContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { EmConditionalFormatCollection } from "./conditionalFormats";
import { conditionalFormatsOf } from "./conditionalFormats";
import { EmRangeFormat } from "./format";
import { EmRangeCollection } from "./rangeCollection";
import type { CellsTarget } from "./sheetOps";
import { assertEditable, assertFocused, clearCells, recordChange, sheetOf } from "./sheetOps";
import { EmWorksheet } from "./worksheet";

type RangeAreasMembers =
  | "context"
  | "isNullObject"
  | "areas"
  | "conditionalFormats"
  | "format"
  | "worksheet"
  | "address"
  | "addressLocal"
  | "areaCount"
  | "cellCount"
  | "isEntireColumn"
  | "isEntireRow"
  | "set"
  | "clear"
  | "select"
  | "load"
  | "track"
  | "untrack"
  | "toJSON";

export class EmRangeAreas
  extends EmClientObject<CellsTarget>
  implements Pick<Excel.RangeAreas, RangeAreasMembers>
{
  private readonly _format: EmRangeFormat;
  private readonly _areas: EmRangeCollection;
  private readonly _worksheet: EmWorksheet;
  private readonly _conditionalFormats: EmConditionalFormatCollection;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<CellsTarget>) {
    super(ctx, path, resolver);
    const self = (exec: ExecState) => this._resolve(exec);
    this._format = new EmRangeFormat(ctx, `${path}.format`, self);
    this._conditionalFormats = conditionalFormatsOf(this, self);
    this._areas = new EmRangeCollection(ctx, `${path}.areas`, self);
    this._worksheet = new EmWorksheet(ctx, `${path}.worksheet`, (exec) => {
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : target.sheetId;
    });
  }

  get _typeName(): string {
    return "RangeAreas";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "format") return this._format;
    if (name === "areas") return this._areas;
    if (name === "worksheet") return this._worksheet;
    if (name === "conditionalFormats") return this._conditionalFormats;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"];
  }

  protected _readScalars(
    target: CellsTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target.sheetId);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "address" || name === "addressLocal") {
        values[name] = target.areas.map((area) => qualifiedAddress(sheet.name, area)).join(", ");
      } else if (name === "areaCount") values[name] = target.areas.length;
      else if (name === "cellCount")
        values[name] = target.areas.reduce((n, area) => n + areaCellCount(area), 0);
      else if (name === "isEntireColumn") values[name] = target.areas.every(isEntireColumn);
      else if (name === "isEntireRow") values[name] = target.areas.every(isEntireRow);
    }
    return values;
  }

  get areas(): Excel.RangeCollection {
    return this._areas as unknown as Excel.RangeCollection;
  }
  /** ExcelApi 1.9 for `RangeAreas` (`conditionalFormats.ts`). */
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this._conditionalFormats as unknown as Excel.ConditionalFormatCollection;
  }
  get format(): Excel.RangeFormat {
    return this._format as unknown as Excel.RangeFormat;
  }
  get worksheet(): Excel.Worksheet {
    return this._worksheet as unknown as Excel.Worksheet;
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }

  set(
    properties: Excel.Interfaces.RangeAreasUpdateData | Excel.RangeAreas,
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
      assertEditable(sheet, target.areas, what === "Formats" ? "format" : "content");
      clearCells(sheet, target.areas, what);
      exec.hyperlinkCounts.delete(sheet.id);
      if (what !== "Formats") {
        for (const area of target.areas) recordChange(exec.changes, sheet, area, "ThisLocalAddin");
      }
    });
  }

  select(): void {
    this._queueCall("select", undefined, (target, exec) => {
      assertFocused(exec.host, "RangeAreas.select");
      const sheet = sheetOf(exec.model, target.sheetId);
      if (sheet.visibility !== "Visible")
        throw officeError(ErrorCode.invalidOperation, "the sheet is hidden");
      exec.model.activeSheetId = sheet.id;
      exec.model.selection = { sheetId: sheet.id, areas: target.areas.map((a) => ({ ...a })) };
    });
  }

  load(options?: Excel.Interfaces.RangeAreasLoadOptions): Excel.RangeAreas;
  load(propertyNames?: string | string[]): Excel.RangeAreas;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.RangeAreas;
  load(spec?: unknown): Excel.RangeAreas {
    return this._load(spec) as unknown as Excel.RangeAreas;
  }

  track(): Excel.RangeAreas {
    return this as unknown as Excel.RangeAreas;
  }

  untrack(): Excel.RangeAreas {
    return this as unknown as Excel.RangeAreas;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const format = this._format._json();
    if (Object.keys(format).length > 0) json.format = format;
    const areas = this._areas._json();
    if (areas.items) json.areas = areas;
    return json;
  }

  override toJSON(): Excel.Interfaces.RangeAreasData {
    return this._json() as unknown as Excel.Interfaces.RangeAreasData;
  }
}
