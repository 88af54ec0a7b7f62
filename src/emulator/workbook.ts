/** `Excel.Workbook`, `WorkbookProtection`, `Application` and `Runtime`. */
import { EmClientObject } from "./clientObject";
import type { EmRequestContext } from "./context";
import { EmCustomXmlPartCollection } from "./customXml";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { NO_UNDO } from "./exec";
import { EmNamedItemCollection } from "./names";
import { EmRange } from "./range";
import { EmRangeAreas } from "./rangeAreas";
import { EmSettingCollection } from "./settings";
import { EmTableCollection } from "./tables";
import { EmWorksheetCollection } from "./worksheet";

type WorkbookMembers =
  | "context"
  | "isNullObject"
  | "name"
  | "worksheets"
  | "settings"
  | "customXmlParts"
  | "names"
  | "protection"
  | "tables"
  | "application"
  | "getActiveCell"
  | "getSelectedRange"
  | "getSelectedRanges"
  | "load"
  | "toJSON";

export class EmWorkbook extends EmClientObject<true> implements Pick<Excel.Workbook, WorkbookMembers> {
  private readonly _worksheets: EmWorksheetCollection;
  private readonly _settings: EmSettingCollection;
  private readonly _customXmlParts: EmCustomXmlPartCollection;
  private readonly _protection: EmWorkbookProtection;
  private readonly _tables: EmTableCollection;
  private readonly _names: EmNamedItemCollection;

  constructor(ctx: EmRequestContext) {
    super(ctx, "workbook", () => true);
    this._worksheets = new EmWorksheetCollection(ctx, "workbook.worksheets");
    this._settings = new EmSettingCollection(ctx, "workbook.settings", () => true);
    this._customXmlParts = new EmCustomXmlPartCollection(ctx, "workbook.customXmlParts", () => ({}));
    this._protection = new EmWorkbookProtection(ctx, "workbook.protection", () => true);
    this._tables = new EmTableCollection(ctx, "workbook.tables", () => ({}));
    this._names = new EmNamedItemCollection(ctx, "workbook.names", () => ({}));
  }

  get _typeName(): string {
    return "Workbook";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    const children: Record<string, EmClientObject<unknown>> = {
      worksheets: this._worksheets,
      settings: this._settings,
      customXmlParts: this._customXmlParts,
      protection: this._protection,
      tables: this._tables,
      names: this._names,
    };
    return children[name];
  }

  protected _scalarNames(): readonly string[] {
    return ["name"];
  }

  protected _readScalars(_target: true, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    return { name: exec.model.name ?? "Book1" };
  }

  get name(): string {
    return this._get("name");
  }
  get worksheets(): Excel.WorksheetCollection {
    return this._worksheets as unknown as Excel.WorksheetCollection;
  }
  get settings(): Excel.SettingCollection {
    return this._settings as unknown as Excel.SettingCollection;
  }
  get customXmlParts(): Excel.CustomXmlPartCollection {
    return this._customXmlParts as unknown as Excel.CustomXmlPartCollection;
  }
  /** Workbook-scoped names (`names.ts`). */
  get names(): Excel.NamedItemCollection {
    return this._names as unknown as Excel.NamedItemCollection;
  }
  get protection(): Excel.WorkbookProtection {
    return this._protection as unknown as Excel.WorkbookProtection;
  }
  get tables(): Excel.TableCollection {
    return this._tables as unknown as Excel.TableCollection;
  }
  get application(): Excel.Application {
    return this._ctx.application;
  }

  /** The selection; Excel fails with `InvalidSelection`-like errors when there is none, so does this. */
  private _selection(
    call: string,
    exec: ExecState,
  ): { sheetId: string; areas: { top: number; left: number; bottom: number; right: number }[] } {
    const model = exec.model;
    const sheetId = model.activeSheetId;
    if (!sheetId) throw officeError(ErrorCode.itemNotFound, `${call}: no active sheet`);
    const selection = model.selection?.sheetId === sheetId ? model.selection : undefined;
    return selection ?? { sheetId, areas: [{ top: 1, left: 1, bottom: 1, right: 1 }] };
  }

  getSelectedRange(): Excel.Range {
    const range = new EmRange(this._ctx, "workbook.getSelectedRange()", (exec) => {
      const selection = this._selection("getSelectedRange", exec);
      if (selection.areas.length > 1)
        throw officeError(ErrorCode.invalidOperation, "the selection has several areas");
      return { sheetId: selection.sheetId, area: selection.areas[0] };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  getSelectedRanges(): Excel.RangeAreas {
    const areas = new EmRangeAreas(this._ctx, "workbook.getSelectedRanges()", (exec) =>
      this._selection("getSelectedRanges", exec),
    );
    return areas._queueLookup() as unknown as Excel.RangeAreas;
  }

  getActiveCell(): Excel.Range {
    const range = new EmRange(this._ctx, "workbook.getActiveCell()", (exec) => {
      const selection = this._selection("getActiveCell", exec);
      const first = selection.areas[0];
      return {
        sheetId: selection.sheetId,
        area: { top: first.top, left: first.left, bottom: first.top, right: first.left },
      };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  load(options?: Excel.Interfaces.WorkbookLoadOptions): Excel.Workbook;
  load(propertyNames?: string | string[]): Excel.Workbook;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Workbook;
  load(spec?: unknown): Excel.Workbook {
    return this._load(spec) as unknown as Excel.Workbook;
  }

  override toJSON(): Excel.Interfaces.WorkbookData {
    return this._json() as unknown as Excel.Interfaces.WorkbookData;
  }
}

type WorkbookProtectionMembers =
  "context" | "isNullObject" | "protected" | "protect" | "unprotect" | "load" | "toJSON";

/** Protecting the workbook's structure blocks adding, deleting, renaming, moving and hiding sheets. */
export class EmWorkbookProtection
  extends EmClientObject<true>
  implements Pick<Excel.WorkbookProtection, WorkbookProtectionMembers>
{
  get _typeName(): string {
    return "WorkbookProtection";
  }

  protected _scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected _readScalars(_target: true, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    return { protected: exec.model.protection.protected };
  }

  get protected(): boolean {
    return this._get("protected");
  }

  protect(password?: string): void {
    this._queueCall(
      "protect",
      password ? "***" : undefined,
      (_target, exec) => {
        if (exec.model.protection.protected)
          throw officeError(ErrorCode.invalidOperation, "already protected");
        exec.model.protection = { protected: true, password: password || undefined };
      },
      NO_UNDO,
    );
  }

  unprotect(password?: string): void {
    this._queueCall(
      "unprotect",
      password ? "***" : undefined,
      (_target, exec) => {
        const protection = exec.model.protection;
        if (protection.password && protection.password !== password) {
          throw officeError(ErrorCode.invalidArgument, "wrong password");
        }
        exec.model.protection = { protected: false };
      },
      NO_UNDO,
    );
  }

  load(options?: Excel.Interfaces.WorkbookProtectionLoadOptions): Excel.WorkbookProtection;
  load(propertyNames?: string | string[]): Excel.WorkbookProtection;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.WorkbookProtection;
  load(spec?: unknown): Excel.WorkbookProtection {
    return this._load(spec) as unknown as Excel.WorkbookProtection;
  }

  override toJSON(): Excel.Interfaces.WorkbookProtectionData {
    return this._json() as unknown as Excel.Interfaces.WorkbookProtectionData;
  }
}

type ApplicationMembers =
  | "context"
  | "isNullObject"
  | "calculationMode"
  | "calculate"
  | "suspendApiCalculationUntilNextSync"
  | "suspendScreenUpdatingUntilNextSync"
  | "load"
  | "toJSON";

/** The emulator never calculates; these calls only keep their place in the batch. */
export class EmApplication
  extends EmClientObject<true>
  implements Pick<Excel.Application, ApplicationMembers>
{
  private _mode: Excel.CalculationMode = "Automatic" as Excel.CalculationMode;

  constructor(ctx: EmRequestContext) {
    super(ctx, "application", () => true);
  }

  /** Not part of the document: no undo record, nothing cleared. */
  protected override get _changesDocument(): boolean {
    return false;
  }

  get _typeName(): string {
    return "Application";
  }

  protected _scalarNames(): readonly string[] {
    return ["calculationMode"];
  }

  protected _readScalars(): Record<string, unknown> {
    return { calculationMode: this._mode };
  }

  get calculationMode(): Excel.CalculationMode {
    return this._get("calculationMode");
  }
  set calculationMode(mode: Excel.CalculationMode) {
    this._queueSet("calculationMode", mode, () => {
      this._mode = mode;
    });
  }

  calculate(calculationType: Excel.CalculationType): void {
    this._queueCall("calculate", calculationType, () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._queueCall("suspendApiCalculationUntilNextSync", undefined, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._queueCall("suspendScreenUpdatingUntilNextSync", undefined, () => undefined);
  }

  load(options?: Excel.Interfaces.ApplicationLoadOptions): Excel.Application;
  load(propertyNames?: string | string[]): Excel.Application;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Application;
  load(spec?: unknown): Excel.Application {
    return this._load(spec) as unknown as Excel.Application;
  }

  override toJSON(): Excel.Interfaces.ApplicationData {
    return this._json() as unknown as Excel.Interfaces.ApplicationData;
  }
}

type RuntimeMembers = "context" | "isNullObject" | "enableEvents" | "set" | "load" | "toJSON";

/** `context.runtime.enableEvents` switches event delivery for the whole add-in runtime (ExcelApi 1.8). */
export class EmRuntime extends EmClientObject<true> implements Pick<Excel.Runtime, RuntimeMembers> {
  constructor(ctx: EmRequestContext) {
    super(ctx, "runtime", () => true);
  }

  /** Not part of the document: no undo record, nothing cleared. */
  protected override get _changesDocument(): boolean {
    return false;
  }

  get _typeName(): string {
    return "Runtime";
  }

  protected _scalarNames(): readonly string[] {
    return ["enableEvents"];
  }

  protected _readScalars(_target: true, names: readonly string[], exec: ExecState): Record<string, unknown> {
    void names;
    return { enableEvents: exec.host.enableEvents };
  }

  get enableEvents(): boolean {
    return this._get("enableEvents");
  }
  set enableEvents(enabled: boolean) {
    this._queueSet("enableEvents", enabled, (_target, exec) => {
      exec.host.enableEvents = enabled;
    });
  }

  set(
    properties: Excel.Interfaces.RuntimeUpdateData | Excel.Runtime,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.RuntimeLoadOptions): Excel.Runtime;
  load(propertyNames?: string | string[]): Excel.Runtime;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Runtime;
  load(spec?: unknown): Excel.Runtime {
    return this._load(spec) as unknown as Excel.Runtime;
  }

  override toJSON(): Excel.Interfaces.RuntimeData {
    return this._json() as unknown as Excel.Interfaces.RuntimeData;
  }
}
