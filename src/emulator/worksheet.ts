/** `Excel.Worksheet`, `WorksheetCollection`, `WorksheetProtection` and `WorksheetFreezePanes`. */
import type { CellArea } from "./address";
import {
  ADDRESS_CHARACTER_LIMIT,
  WHOLE_SHEET,
  isInsideSheet,
  parseAddress,
  parseAddressList,
} from "./address";
import { EmPageBreakCollection, EmPageLayout } from "./pageLayout";
import { EmChartCollection } from "./charts";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET, queueResult } from "./clientObject";
import { EmCollection } from "./collection";
import { normalizeColor } from "./colors";
import type { EmRequestContext } from "./context";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import { copyDataValidations } from "./dataValidation";
import { EmEventHandlers } from "./events";
import type { ExecState } from "./exec";
import { NO_UNDO } from "./exec";
import type { SheetModel, SheetVisibility, WorkbookModel } from "./model";
import { cloneConditionalFormat } from "./model";
import { EmNamedItemCollection, copiedNames, dropSheetReferences } from "./names";
import { requireApiSet } from "./apiSets";
import { EmRange } from "./range";
import { EmRangeAreas } from "./rangeAreas";
import { assertFocused, reportedUsedArea, sheetOf } from "./sheetOps";
import { EmTableCollection } from "./tables";

/** Excel's sheet-name rules: 1–31 characters, none of `:\/?*[]`, no leading or trailing apostrophe. */
export function assertValidSheetName(model: WorkbookModel, name: unknown, except?: SheetModel): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw officeError(ErrorCode.invalidArgument, `sheet name ${JSON.stringify(name)}`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError(ErrorCode.invalidArgument, `sheet name ${JSON.stringify(name)}`);
  }
  const clash = model.sheetByName(name);
  if (clash && clash !== except)
    throw officeError(ErrorCode.itemAlreadyExists, `sheet ${JSON.stringify(name)}`);
  return name;
}

/** Adding, deleting, renaming, moving or hiding sheets needs an unprotected workbook structure. */
export function assertStructureEditable(model: WorkbookModel): void {
  if (model.protection.protected)
    throw officeError(ErrorCode.accessDenied, "the workbook structure is protected");
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

/** Parses a `getRange` address for one sheet; a prefix naming another sheet is an error. */
function areaOnSheet(sheet: SheetModel, address: string): CellArea {
  const parsed =
    typeof address === "string" ? parseAddress(address.slice(0, ADDRESS_CHARACTER_LIMIT)) : undefined;
  if (!parsed) throw officeError(ErrorCode.invalidArgument, `address ${JSON.stringify(address)}`);
  if (parsed.sheet !== undefined && parsed.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
    throw officeError(ErrorCode.invalidArgument, `address ${JSON.stringify(address)} is on another sheet`);
  }
  return parsed.area;
}

type WorksheetMembers =
  | "context"
  | "isNullObject"
  | "id"
  | "name"
  | "position"
  | "visibility"
  | "tabColor"
  | "showGridlines"
  | "protection"
  | "tables"
  | "charts"
  | "names"
  | "freezePanes"
  | "horizontalPageBreaks"
  | "pageLayout"
  | "set"
  | "activate"
  | "copy"
  | "delete"
  | "getCell"
  | "getRange"
  | "getRangeByIndexes"
  | "getRanges"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "onChanged"
  | "load"
  | "toJSON";

export class EmWorksheet extends EmClientObject<string> implements Pick<Excel.Worksheet, WorksheetMembers> {
  private readonly _protection: EmWorksheetProtection;
  private readonly _tables: EmTableCollection;
  private readonly _charts: EmChartCollection;
  private readonly _freezePanes: EmWorksheetFreezePanes;
  private readonly _onChanged: EmEventHandlers;
  private readonly _names: EmNamedItemCollection;
  private readonly _pageBreaks: EmPageBreakCollection;
  private readonly _pageLayout: EmPageLayout;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<string>) {
    super(ctx, path, resolver);
    const self = (exec: ExecState) => this._resolve(exec);
    this._names = new EmNamedItemCollection(ctx, `${path}.names`, (exec) => {
      const id = this._resolve(exec);
      if (id === NULL_TARGET) return NULL_TARGET;
      requireApiSet(exec, "1.4", "Worksheet.names");
      return { sheetId: id };
    });
    this._protection = new EmWorksheetProtection(ctx, `${path}.protection`, self);
    this._tables = new EmTableCollection(ctx, `${path}.tables`, (exec) => {
      const id = this._resolve(exec);
      return id === NULL_TARGET ? NULL_TARGET : { sheetId: id };
    });
    this._charts = new EmChartCollection(ctx, `${path}.charts`, self);
    this._freezePanes = new EmWorksheetFreezePanes(ctx, `${path}.freezePanes`, self);
    this._pageBreaks = new EmPageBreakCollection(ctx, `${path}.horizontalPageBreaks`, self);
    this._pageLayout = new EmPageLayout(ctx, `${path}.pageLayout`, self);
    this._onChanged = new EmEventHandlers(ctx, `${path}.onChanged`, { kind: "sheet", sheetId: self });
  }

  get _typeName(): string {
    return "Worksheet";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "protection") return this._protection;
    if (name === "tables") return this._tables;
    if (name === "charts") return this._charts;
    if (name === "names") return this._names;
    if (name === "pageLayout") return this._pageLayout;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor", "showGridlines"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "id") values.id = sheet.id;
      else if (name === "name") values.name = sheet.name;
      else if (name === "position") values.position = exec.model.sheets.indexOf(sheet);
      else if (name === "visibility") values.visibility = sheet.visibility;
      // Excel reports no tab colour for a hidden sheet as null, "auto" as "".
      else if (name === "tabColor") values.tabColor = sheet.visibility === "Visible" ? sheet.tabColor : null;
      else if (name === "showGridlines") values.showGridlines = sheet.showGridlines;
    }
    return values;
  }

  // ---- properties ----------------------------------------------------------------------------------------

  get protection(): Excel.WorksheetProtection {
    return this._protection as unknown as Excel.WorksheetProtection;
  }
  get tables(): Excel.TableCollection {
    return this._tables as unknown as Excel.TableCollection;
  }
  get charts(): Excel.ChartCollection {
    return this._charts as unknown as Excel.ChartCollection;
  }
  /** Sheet-scoped names (ExcelApi 1.4, `names.ts`). */
  get names(): Excel.NamedItemCollection {
    return this._names as unknown as Excel.NamedItemCollection;
  }
  /** Manual page breaks above rows (ExcelApi 1.9, `pageLayout.ts`). */
  get horizontalPageBreaks(): Excel.PageBreakCollection {
    return this._pageBreaks as unknown as Excel.PageBreakCollection;
  }
  /** Print settings: the orientation (ExcelApi 1.9, `pageLayout.ts`). */
  get pageLayout(): Excel.PageLayout {
    return this._pageLayout as unknown as Excel.PageLayout;
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return this._freezePanes as unknown as Excel.WorksheetFreezePanes;
  }
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return this._onChanged;
  }
  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._queueSet(
      "name",
      name,
      (target, exec) => {
        const sheet = sheetOf(exec.model, target);
        assertStructureEditable(exec.model);
        sheet.name = assertValidSheetName(exec.model, name, sheet);
      },
      NO_UNDO,
    );
  }

  get position(): number {
    return this._get("position");
  }
  set position(position: number) {
    this._queueSet(
      "position",
      position,
      (target, exec) => {
        const model = exec.model;
        const sheet = sheetOf(model, target);
        assertStructureEditable(model);
        if (!Number.isInteger(position) || position < 0 || position >= model.sheets.length) {
          throw officeError(ErrorCode.invalidArgument, `position ${position}`);
        }
        model.sheets = model.sheets.filter((s) => s !== sheet);
        model.sheets.splice(position, 0, sheet);
      },
      NO_UNDO,
    );
  }

  get visibility(): Excel.SheetVisibility {
    return this._get("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility) {
    this._queueSet(
      "visibility",
      visibility,
      (target, exec) => {
        const model = exec.model;
        const sheet = sheetOf(model, target);
        assertStructureEditable(model);
        const value = visibility as SheetVisibility;
        if (!["Visible", "Hidden", "VeryHidden"].includes(value)) {
          throw officeError(ErrorCode.invalidArgument, `visibility ${String(visibility)}`);
        }
        if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
          throw officeError(ErrorCode.invalidOperation, "a workbook must keep one visible sheet");
        }
        sheet.visibility = value;
        if (value !== "Visible" && model.activeSheetId === sheet.id)
          model.activeSheetId = visibleSheets(model)[0]?.id;
      },
      NO_UNDO,
    );
  }

  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._queueSet("tabColor", color, (target, exec) => {
      sheetOf(exec.model, target).tabColor = color === "" ? "" : normalizeColor(color);
    });
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(show: boolean) {
    this._queueSet("showGridlines", show, (target, exec) => {
      sheetOf(exec.model, target).showGridlines = show;
    });
  }

  set(
    properties: Excel.Interfaces.WorksheetUpdateData | Excel.Worksheet,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  // ---- methods -------------------------------------------------------------------------------------------

  activate(): void {
    this._queueCall("activate()", undefined, (target, exec) => {
      assertFocused(exec.host, "Worksheet.activate");
      const sheet = sheetOf(exec.model, target);
      if (sheet.visibility !== "Visible")
        throw officeError(ErrorCode.invalidOperation, "the sheet is hidden");
      exec.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._queueCall(
      "delete()",
      undefined,
      (target, exec) => {
        const model = exec.model;
        const sheet = sheetOf(model, target);
        assertStructureEditable(model);
        if (sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
          throw officeError(ErrorCode.invalidOperation, "a workbook must keep one visible sheet");
        }
        const index = model.sheets.indexOf(sheet);
        model.sheets = model.sheets.filter((s) => s !== sheet);
        model.tables = model.tables.filter((t) => t.sheetId !== sheet.id);
        dropSheetReferences(model, sheet.id);
        exec.hyperlinkCounts.delete(sheet.id);
        model.releaseSheetId(sheet.id);
        if (model.selection?.sheetId === sheet.id) model.selection = undefined;
        if (model.activeSheetId === sheet.id) {
          const next = model.sheets.slice(index).concat(model.sheets.slice(0, index).reverse());
          model.activeSheetId = next.find((s) => s.visibility === "Visible")?.id;
        }
      },
      NO_UNDO,
    );
  }

  /**
   * ExcelApi 1.7. Copies the sheet with its cells, formats, merges, conditional formats, sheet-scoped
   * names (referring to the copy), data validation, tables and charts, named like Excel: `Enn2 (2)`.
   * `None` (the default) and `Beginning` put the copy first, as the reference documents.
   */
  copy(
    positionType?: Excel.WorksheetPositionType | "None" | "Before" | "After" | "Beginning" | "End",
    relativeTo?: Excel.Worksheet,
  ): Excel.Worksheet {
    assertSameContext(this._ctx, relativeTo);
    let created: string | undefined;
    const copy = new EmWorksheet(
      this._ctx,
      `${this._path}.copy(${JSON.stringify(positionType ?? "None")})`,
      (exec) => {
        if (created) return created;
        const id = this._resolve(exec);
        if (id === NULL_TARGET) return NULL_TARGET;
        requireApiSet(exec, "1.7", "Worksheet.copy");
        const model = exec.model;
        const source = sheetOf(model, id);
        assertStructureEditable(model);
        const position = positionType ?? "None";
        const anchor =
          position === "Before" || position === "After"
            ? relativeTo
              ? sheetOf(model, (relativeTo as unknown as EmWorksheet)._require(exec))
              : undefined
            : undefined;
        if ((position === "Before" || position === "After") && !anchor) {
          throw officeError(ErrorCode.invalidArgument, `copy("${position}") needs relativeTo`);
        }
        const sheet = copySheet(exec, source);
        const others = model.sheets.filter((s) => s !== sheet);
        const at =
          position === "End"
            ? others.length
            : anchor
              ? others.indexOf(anchor) + (position === "After" ? 1 : 0)
              : 0;
        others.splice(at, 0, sheet);
        model.sheets = others;
        created = sheet.id;
        return created;
      },
    );
    return copy._queueLookup(true, NO_UNDO) as unknown as Excel.Worksheet;
  }

  private _range(call: string, area: (sheet: SheetModel) => CellArea): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.${call}`, (exec) => {
      const id = this._resolve(exec);
      return id === NULL_TARGET ? NULL_TARGET : { sheetId: id, area: area(sheetOf(exec.model, id)) };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  getRange(address?: string): Excel.Range {
    return this._range(`getRange(${address === undefined ? "" : JSON.stringify(address)})`, (sheet) =>
      address === undefined ? { ...WHOLE_SHEET } : areaOnSheet(sheet, address),
    );
  }

  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): Excel.Range {
    return this._range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, () => {
      const area = {
        top: startRow + 1,
        left: startColumn + 1,
        bottom: startRow + rowCount,
        right: startColumn + columnCount,
      };
      const whole = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (!whole || rowCount < 1 || columnCount < 1 || !isInsideSheet(area)) {
        throw officeError(ErrorCode.invalidArgument, "getRangeByIndexes arguments");
      }
      return area;
    });
  }

  /** ExcelApi 1.9. The address list is cut at 8192 characters, as Excel does. */
  getRanges(address?: string): Excel.RangeAreas {
    const areas = new EmRangeAreas(
      this._ctx,
      `${this._path}.getRanges(${address === undefined ? "" : "…"})`,
      (exec) => {
        const id = this._resolve(exec);
        if (id === NULL_TARGET) return NULL_TARGET;
        const sheet = sheetOf(exec.model, id);
        if (address === undefined) return { sheetId: id, areas: [{ ...WHOLE_SHEET }] };
        const parsed =
          typeof address === "string"
            ? parseAddressList(address.slice(0, ADDRESS_CHARACTER_LIMIT))
            : undefined;
        if (!parsed)
          throw officeError(ErrorCode.invalidArgument, `address list ${String(address).slice(0, 40)}…`);
        const profile = exec.host.profile;
        // #1167, #1985: where the list separator is `;` (Finnish desktop), `,` lists fail.
        if (profile.rejectCommaAreaLists && address.includes(",")) {
          throw officeError(ErrorCode.invalidArgument, "this Excel separates areas with ';', not ','");
        }
        // #5198, #4263: long lists fail well below the 8192-character cut.
        if (parsed.length > profile.maxAreasPerList) {
          throw officeError(ErrorCode.invalidArgument, `${parsed.length} areas in one address list`);
        }
        for (const part of parsed) {
          if (part.sheet !== undefined && part.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
            throw officeError(ErrorCode.invalidArgument, "an address is on another sheet");
          }
        }
        return { sheetId: id, areas: parsed.map((p) => p.area) };
      },
    );
    return areas._queueLookup() as unknown as Excel.RangeAreas;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._usedRange(valuesOnly ?? false, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._usedRange(valuesOnly ?? false, true);
  }

  /** A blank sheet's used range is A1 for `getUsedRange`, a null object for the `…OrNullObject` form. */
  private _usedRange(valuesOnly: boolean, orNull: boolean): Excel.Range {
    const name = orNull ? "getUsedRangeOrNullObject" : "getUsedRange";
    const range = new EmRange(this._ctx, `${this._path}.${name}(${valuesOnly})`, (exec) => {
      const id = this._resolve(exec);
      if (id === NULL_TARGET) return NULL_TARGET;
      const used = sheetOf(exec.model, id).usedArea(valuesOnly);
      if (used) return { sheetId: id, area: reportedUsedArea(used, exec.host) };
      return orNull ? NULL_TARGET : { sheetId: id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  load(options?: Excel.Interfaces.WorksheetLoadOptions): Excel.Worksheet;
  load(propertyNames?: string | string[]): Excel.Worksheet;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Worksheet;
  load(spec?: unknown): Excel.Worksheet {
    return this._load(spec) as unknown as Excel.Worksheet;
  }

  override toJSON(): Excel.Interfaces.WorksheetData {
    return this._json() as unknown as Excel.Interfaces.WorksheetData;
  }
}

type CollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "add"
  | "getActiveWorksheet"
  | "getCount"
  | "getFirst"
  | "getLast"
  | "getItem"
  | "getItemOrNullObject"
  | "onChanged"
  | "onSelectionChanged"
  | "load"
  | "toJSON";

export class EmWorksheetCollection
  extends EmCollection<true, EmWorksheet>
  implements Pick<Excel.WorksheetCollection, CollectionMembers>
{
  private readonly _onChanged: EmEventHandlers;
  private readonly _onSelectionChanged: EmEventHandlers<Excel.WorksheetSelectionChangedEventArgs>;

  constructor(ctx: EmRequestContext, path: string) {
    super(ctx, path, () => true);
    this._onChanged = new EmEventHandlers(ctx, `${path}.onChanged`, { kind: "workbook" });
    // ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#onselectionchanged).
    this._onSelectionChanged = new EmEventHandlers(
      ctx,
      `${path}.onSelectionChanged`,
      { kind: "workbook" },
      "onSelectionChanged",
    );
  }

  get _typeName(): string {
    return "WorksheetCollection";
  }

  protected _itemKeys(_target: true, exec: ExecState): string[] {
    return exec.model.sheets.map((s) => s.id);
  }

  protected _makeItem(key: string): EmWorksheet {
    return new EmWorksheet(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => key);
  }

  get items(): Excel.Worksheet[] {
    return this._get("items");
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return this._onChanged;
  }

  get onSelectionChanged(): OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    return this._onSelectionChanged;
  }

  private _lookup(
    call: string,
    find: (model: WorkbookModel) => SheetModel | undefined,
    orNull: boolean,
  ): Excel.Worksheet {
    const sheet = new EmWorksheet(this._ctx, `${this._path}.${call}`, (exec) => {
      const found = find(exec.model);
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
    return sheet._queueLookup() as unknown as Excel.Worksheet;
  }

  /** By name (case-insensitive, as Excel) or by id. */
  getItem(key: string): Excel.Worksheet {
    return this._lookup(
      `getItem(${JSON.stringify(key)})`,
      (m) => m.sheetByName(key) ?? m.sheetById(key),
      false,
    );
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._lookup(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (m) => m.sheetByName(key) ?? m.sheetById(key),
      true,
    );
  }

  getActiveWorksheet(): Excel.Worksheet {
    return this._lookup(
      "getActiveWorksheet()",
      (m) => (m.activeSheetId ? m.sheetById(m.activeSheetId) : undefined),
      false,
    );
  }

  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return this._lookup(
      `getFirst(${visibleOnly ?? false})`,
      (m) => (visibleOnly ? visibleSheets(m) : m.sheets)[0],
      false,
    );
  }

  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return this._lookup(
      `getLast(${visibleOnly ?? false})`,
      (m) => (visibleOnly ? visibleSheets(m) : m.sheets).slice(-1)[0],
      false,
    );
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return queueResult(this, "getCount", (exec) =>
      visibleOnly ? visibleSheets(exec.model).length : exec.model.sheets.length,
    );
  }

  /** Adds a sheet at the end (`Sheet<n>` when unnamed); the returned proxy is the new sheet. */
  add(name?: string): Excel.Worksheet {
    let created: string | undefined;
    const sheet = new EmWorksheet(
      this._ctx,
      `${this._path}.add(${name === undefined ? "" : JSON.stringify(name)})`,
      (exec) => {
        if (created) return created;
        const model = exec.model;
        assertFocused(exec.host, "worksheets.add");
        assertStructureEditable(model);
        let sheetName = name;
        if (sheetName === undefined) {
          let n = model.sheets.length + 1;
          while (model.sheetByName(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        created = model.addSheet(assertValidSheetName(model, sheetName)).id;
        return created;
      },
    );
    return sheet._queueLookup(true) as unknown as Excel.Worksheet;
  }

  load(
    options?: Excel.Interfaces.WorksheetCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.WorksheetCollection;
  load(propertyNames?: string | string[]): Excel.WorksheetCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.WorksheetCollection;
  load(spec?: unknown): Excel.WorksheetCollection {
    return this._load(spec) as unknown as Excel.WorksheetCollection;
  }

  override toJSON(): Excel.Interfaces.WorksheetCollectionData {
    return this._json() as unknown as Excel.Interfaces.WorksheetCollectionData;
  }
}

type ProtectionMembers =
  | "context"
  | "isNullObject"
  | "protected"
  | "options"
  | "isPasswordProtected"
  | "protect"
  | "unprotect"
  | "load"
  | "toJSON";

export class EmWorksheetProtection
  extends EmClientObject<string>
  implements Pick<Excel.WorksheetProtection, ProtectionMembers>
{
  get _typeName(): string {
    return "WorksheetProtection";
  }

  protected _scalarNames(): readonly string[] {
    return ["protected", "options", "isPasswordProtected"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const protection = sheetOf(exec.model, target).protection;
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "protected") values.protected = protection.protected;
      else if (name === "options") values.options = { ...protection.options };
      else if (name === "isPasswordProtected")
        values.isPasswordProtected = protection.protected && !!protection.password;
    }
    return values;
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this._get("options");
  }
  get isPasswordProtected(): boolean {
    return this._get("isPasswordProtected");
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._queueCall(
      "protect",
      { options, password: password ? "***" : undefined },
      (target, exec) => {
        const sheet = sheetOf(exec.model, target);
        if (sheet.protection.protected)
          throw officeError(ErrorCode.invalidOperation, "the sheet is already protected");
        sheet.protection = { protected: true, options: { ...options }, password: password || undefined };
      },
      NO_UNDO,
    );
  }

  unprotect(password?: string): void {
    this._queueCall(
      "unprotect",
      password ? "***" : undefined,
      (target, exec) => {
        const sheet = sheetOf(exec.model, target);
        if (!sheet.protection.protected) return;
        if (sheet.protection.password && sheet.protection.password !== password) {
          throw officeError(ErrorCode.invalidArgument, "wrong password");
        }
        sheet.protection = { protected: false, options: sheet.protection.options };
      },
      NO_UNDO,
    );
  }

  load(options?: Excel.Interfaces.WorksheetProtectionLoadOptions): Excel.WorksheetProtection;
  load(propertyNames?: string | string[]): Excel.WorksheetProtection;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.WorksheetProtection;
  load(spec?: unknown): Excel.WorksheetProtection {
    return this._load(spec) as unknown as Excel.WorksheetProtection;
  }

  override toJSON(): Excel.Interfaces.WorksheetProtectionData {
    return this._json() as unknown as Excel.Interfaces.WorksheetProtectionData;
  }
}

type FreezeMembers = "context" | "freezeRows" | "freezeColumns" | "unfreeze";

/** Frozen panes are remembered in the model (the report sheet freezes its header); no loads. */
export class EmWorksheetFreezePanes
  extends EmClientObject<string>
  implements Pick<Excel.WorksheetFreezePanes, FreezeMembers>
{
  get _typeName(): string {
    return "WorksheetFreezePanes";
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(): Record<string, unknown> {
    return {};
  }

  freezeRows(count?: number): void {
    this._queueCall("freezeRows", count ?? 1, (target, exec) => {
      assertFocused(exec.host, "freezePanes.freezeRows");
      sheetOf(exec.model, target).frozenRows = count ?? 1;
    });
  }

  freezeColumns(count?: number): void {
    this._queueCall("freezeColumns", count ?? 1, (target, exec) => {
      sheetOf(exec.model, target).frozenColumns = count ?? 1;
    });
  }

  unfreeze(): void {
    this._queueCall("unfreeze", undefined, (target, exec) => {
      const sheet = sheetOf(exec.model, target);
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }
}

/** `Enn2 (2)`, `Enn2 (3)`, …: Excel's name for a copy, the base cut so that the name fits in 31 characters. */
function copyName(model: WorkbookModel, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!model.sheetByName(candidate)) return candidate;
  }
}

/** The copy of a sheet, added at the end of the workbook (the caller moves it). */
function copySheet(exec: ExecState, source: SheetModel): SheetModel {
  const model = exec.model;
  const id = model.newSheetId();
  const sheet = source.clone(id, copyName(model, source.name));
  sheet.conditionalFormats = source.conditionalFormats.map((format) => ({
    ...cloneConditionalFormat(format),
    id: model.newId(),
  }));
  sheet.names = copiedNames(source, id);
  sheet.pageBreakRows = [...source.pageBreakRows];
  sheet.orientation = source.orientation;
  sheet.charts = source.charts.map((chart) => ({
    ...chart,
    id: model.newId(),
    format: chart.format && { ...chart.format },
    // A copied chart's categories stay where they were, as its source does unless it was on the copied sheet.
    seriesCategories:
      chart.seriesCategories &&
      Object.fromEntries(
        Object.entries(chart.seriesCategories).map(([i, c]) => [
          i,
          { sheetId: c.sheetId === source.id ? id : c.sheetId, area: { ...c.area } },
        ]),
      ),
    source: {
      sheetId: chart.source.sheetId === source.id ? id : chart.source.sheetId,
      area: { ...chart.source.area },
    },
  }));
  for (const table of model.tables.filter((t) => t.sheetId === source.id)) {
    let n = 2;
    while (model.tables.some((t) => t.name.toLocaleUpperCase() === `${table.name}_${n}`.toLocaleUpperCase()))
      n++;
    const tableId = String(model.tables.reduce((m, t) => Math.max(m, Number(t.id) || 0), 0) + 1);
    model.tables.push({
      ...table,
      id: tableId,
      name: `${table.name}_${n}`,
      sheetId: id,
      area: { ...table.area },
    });
  }
  copyDataValidations(exec.host, source.id, id);
  model.sheets.push(sheet);
  return sheet;
}
