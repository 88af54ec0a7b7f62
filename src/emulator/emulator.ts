/**
 * The Excel emulator: an in-memory workbook behind the part of the Excel JavaScript API the add-in uses.
 *
 * `emulator.run` has the signature of `Excel.run`, so code written against `Excel.*` types takes it as a
 * dependency and runs unchanged. Tests build the workbook from a `WorkbookSnapshot` (or an .xlsx, see
 * `fromXlsx.ts`), inspect it with `sheet(name).cell("B3")`, simulate user edits with `editCells`, and read
 * `stats` for syncs and payload sizes.
 */
import type { CellValue, WorkbookSnapshot } from "../domain/snapshot";
import { isCellError } from "../domain/snapshot";
import type { CellArea } from "./address";
import { formatArea } from "./address";
import { NEWEST_EMULATED_API, supportsApi } from "./apiSets";
import { EmClientObject } from "./clientObject";
import { normalizeColor } from "./colors";
import { effectiveFill } from "./conditionalFormats";
import { EmRequestContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import { EventHub } from "./eventHub";
import type { ChangeRecord, EmulatorHost, EmulatorLimits, HandlerRegistration, SyncStats } from "./host";
import { emptyStats } from "./host";
import { dataValidationAt, moveDataValidations } from "./dataValidation";
import type { CellModel, ModelValue, NameModel, SheetModel } from "./model";
import { WorkbookModel, keyToCell } from "./model";
import type { ExcelProfile, ExcelProfileName } from "./profile";
import { resolveProfile } from "./profile";
import { describeName } from "./names";
import { DEFAULT_PAYLOAD_LIMIT } from "./payload";
import { SheetHandle, areaOf } from "./sheetHandle";
import { assertEditable, writeCells } from "./sheetOps";

export interface EmulatorOptions {
  /** Solid fills by sheet name, then A1 cell or area: `{ Enn2: { B3: "#FFFF00", "A1:C1": "yellow" } }`. */
  fills?: Record<string, Record<string, string>>;
  /** Formulas (a snapshot holds values only), same shape as `fills`. */
  formulas?: Record<string, Record<string, string>>;
  /** Sheets to protect, by name, with their protection options (`{}` = Excel's defaults). */
  protectedSheets?: Record<string, Excel.WorksheetProtectionOptions>;
  /** Protect the workbook structure (no adding, deleting, renaming, moving or hiding sheets). */
  workbookProtected?: boolean;
  /** The active sheet; the first visible one by default. */
  activeSheet?: string;
  /** Initial `workbook.settings`. */
  settings?: Record<string, unknown>;
  /**
   * `false` (default) = Excel: a failing operation stops its batch and the operations before it stay
   * applied. `true` = a failed sync applies nothing, which hides partial writes from tests.
   */
  atomicSync?: boolean;
  /** Per-sync request/response limit in bytes; Excel on the web allows 5 MB. */
  payloadLimitBytes?: number;
  /** Throw `EmulatorGapError` when code touches an Excel member the emulator lacks (default true). */
  guardUnimplemented?: boolean;
  /**
   * The newest ExcelApi requirement set this Excel has (default `NEWEST_EMULATED_API`); members of newer
   * sets fail with `ApiNotFound` (`apiSets.ts`).
   */
  excelApi?: string;
  /**
   * Which of real Excel's documented hostile behaviours are on (`profile.ts`): a name (`"fi-desktop"`
   * turns them all on) or a profile object. Without it, the default profile (see `setDefaultExcelProfile`).
   */
  profile?: ExcelProfileName | ExcelProfile;
}

/** One entry of the user's undo stack (Ctrl+Z): who made it, and the workbook before it. */
export interface UndoRecord {
  source: "user" | "addin";
  before: WorkbookModel;
}

/** A conditional format as plain data, for tests (`emulator.conditionalFormats(sheet)`). */
export interface ConditionalFormatView {
  id: string;
  type: string;
  /** Its areas as A1 addresses, e.g. `["B5:B9", "D7"]`. */
  ranges: string[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

/** A defined name as plain data (`emulator.names()`): `reference` as Excel's `formula` reads it. */
export interface NameView {
  name: string;
  /** The sheet it is scoped to, or `null` for a workbook name. */
  sheet: string | null;
  formula: string;
  comment: string;
}

/** A cell's formats as plain data (only what differs from Excel's defaults). */
export type CellFormatView = Pick<
  CellModel,
  | "numberFormat"
  | "fill"
  | "fillPattern"
  | "fillTintAndShade"
  | "font"
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment"
>;

/** Formats of every formatted cell, by sheet name then address; stable for `toEqual`. */
export type FormatSnapshot = Record<string, Record<string, CellFormatView>>;

function modelValue(value: CellValue | undefined): ModelValue {
  if (value === undefined || value === null || value === "") return null;
  if (isCellError(value)) return { error: value.error };
  return value;
}

export class EmulatedExcel implements EmulatorHost {
  model: WorkbookModel;
  readonly limits: EmulatorLimits;
  readonly atomicSync: boolean;
  readonly guardUnimplemented: boolean;
  readonly excelApi: string;
  readonly profile: ExcelProfile;
  readonly stats: SyncStats = emptyStats();
  enableEvents = true;
  workbookFocused = true;
  private readonly events = new EventHub();
  private readonly undoRecords: UndoRecord[] = [];
  private cellEdit?: { ended: Promise<void>; end: () => void };

  /** `Excel.run` over this workbook. A bound function: pass `emulator.run` where `Excel.run` would go. */
  readonly run: typeof Excel.run = ((...args: unknown[]) => this._run(args)) as typeof Excel.run;

  constructor(model: WorkbookModel, options: EmulatorOptions = {}) {
    this.model = model;
    this.limits = {
      payloadBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
      cellsPerRead: 5_000_000,
      mergedAreasPerRange: 512,
    };
    this.atomicSync = options.atomicSync ?? false;
    this.guardUnimplemented = options.guardUnimplemented ?? true;
    this.excelApi = options.excelApi ?? NEWEST_EMULATED_API;
    this.profile = resolveProfile(options.profile);
    model.reuseSheetIds = this.profile.reuseSheetIds;
  }

  /** `Office.context.requirements.isSetSupported` for this Excel (only the `ExcelApi` sets). */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    if (name !== "ExcelApi") return false;
    return minVersion === undefined || supportsApi(this.excelApi, String(minVersion));
  }

  private async _run(args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      throw officeError(ErrorCode.invalidArgument, "Excel.run needs a batch function");
    const context = args.length > 1 ? this._contextOf(args[0]) : undefined;
    const ctx = context ?? new EmRequestContext(this, args.length > 1 ? runOptions(args[0]) : undefined);
    this.stats.runs += 1;
    const pending: unknown = batch(ctx as unknown as Excel.RequestContext);
    if (!pending || typeof (pending as Promise<unknown>).then !== "function") {
      throw officeError(ErrorCode.runMustReturnPromise);
    }
    const result = await pending;
    // Like Excel.run, send what the batch queued after its last sync.
    if (ctx._hasPending) await ctx.sync();
    return result;
  }

  /** `Excel.run(object, batch)` / `Excel.run(context, batch)` reuse the object's request context. */
  private _contextOf(first: unknown): EmRequestContext | undefined {
    const source = runOptions(first)?.previousObjects ?? first;
    const candidate = Array.isArray(source) ? source[0] : source;
    if (candidate instanceof EmRequestContext) return candidate;
    if (candidate instanceof EmClientObject) return candidate._ctx;
    return undefined;
  }

  // ---- EmulatorHost ----------------------------------------------------------------------------------

  publishChanges(changes: ChangeRecord[]): void {
    if (changes.length > 0) this.events.publish(changes);
  }

  registerHandler(registration: HandlerRegistration): void {
    this.events.register(registration);
  }

  unregisterHandler(match: (registration: HandlerRegistration) => boolean): void {
    this.events.unregister(match);
  }

  get cellEditing(): boolean {
    return this.cellEdit !== undefined;
  }

  cellEditEnded(): Promise<void> {
    return this.cellEdit?.ended ?? Promise.resolve();
  }

  noteAddinWrite(before: WorkbookModel | undefined, clearsUndo: boolean): void {
    // #3788, #2802, #4484: builds without add-in undo clear the user's whole undo stack on any API write.
    if (this.profile.addinUndo === "cleared" || clearsUndo) this.undoRecords.length = 0;
    else if (this.profile.addinUndo === "recordPerSync" && before) this._pushUndo("addin", before);
  }

  /** Excel keeps 100 undo levels by default; older records fall off. */
  private _pushUndo(source: UndoRecord["source"], before: WorkbookModel): void {
    this.undoRecords.push({ source, before });
    if (this.undoRecords.length > UNDO_LEVELS) this.undoRecords.shift();
  }

  // ---- controls: what the user and the world around the add-in do ------------------------------------

  /**
   * The user starts editing a cell (F2). Under a profile with `cellEditBlocksBatches`, batches fail with
   * `InvalidOperationInCellEditMode`, or wait if their run passed `delayForCellEdit`, until `endCellEdit()`.
   */
  beginCellEdit(): void {
    if (this.cellEdit) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  /**
   * Another workbook gets (`false`) or gives back (`true`) the focus. Under a profile with
   * `focusSensitive`, `worksheets.add`, `activate`, `freezeRows` and `select` then fail with
   * `InactiveWorkbook` (excel/excel-add-ins-troubleshooting).
   */
  setWorkbookFocused(focused: boolean): void {
    this.workbookFocused = focused;
  }

  /**
   * The workbook is closed and opened again with every sheet under a new id, as has happened between
   * sessions and versions (OfficeDev/office-js#1390). Names, tables, charts, conditional formats, data
   * validation and the selection follow their sheets; event handlers and the undo stack end with the session.
   */
  changeSheetIds(): void {
    const model = this.model;
    const ids = new Map(model.sheets.map((sheet) => [sheet.id, model.newId()]));
    const moved = (id: string) => ids.get(id) ?? id;
    model.sheets = model.sheets.map((sheet) => sheet.clone(moved(sheet.id), sheet.name));
    for (const sheet of model.sheets) {
      for (const chart of sheet.charts) chart.source.sheetId = moved(chart.source.sheetId);
      for (const name of sheet.names)
        if (name.reference.kind === "range") name.reference.sheetId = moved(name.reference.sheetId);
    }
    for (const name of model.names)
      if (name.reference.kind === "range") name.reference.sheetId = moved(name.reference.sheetId);
    for (const table of model.tables) table.sheetId = moved(table.sheetId);
    if (model.activeSheetId) model.activeSheetId = moved(model.activeSheetId);
    if (model.selection) model.selection.sheetId = moved(model.selection.sheetId);
    for (const [from, to] of ids) moveDataValidations(this, from, to);
    this.events.unregister(() => true);
    this.undoRecords.length = 0;
  }

  /** The user's undo stack, oldest first (`source` of each record), for tests. */
  get undoStack(): readonly { source: UndoRecord["source"] }[] {
    return this.undoRecords.map(({ source }) => ({ source }));
  }

  /**
   * The user presses Ctrl+Z: the workbook goes back to before the newest record (cells, formats,
   * conditional formats, sheets, names), except custom XML parts and settings, which undo never touches
   * (#6415). Returns false when there is nothing to undo.
   */
  undo(): boolean {
    const record = this.undoRecords.pop();
    if (!record) return false;
    const restored = record.before.clone();
    restored.customXmlParts = this.model.customXmlParts.map((part) => ({ ...part }));
    restored.settings.clear();
    this.model.settings.forEach((value, key) => restored.settings.set(key, value));
    this.model = restored;
    return true;
  }

  /**
   * A co-author edits cells: applied like `editCells`, and `onChanged` handlers get `source: "Remote"`
   * (excel/co-authoring-in-excel-add-ins). Needs a profile with `coauthoring`.
   */
  remoteEditCells(sheetName: string, address: string, values: unknown): void {
    if (!this.profile.coauthoring) {
      throw new Error(`The Excel profile "${this.profile.name}" has no co-authors (profile.coauthoring)`);
    }
    this._userWrite(sheetName, address, values, "Remote");
  }

  /**
   * The user picks a value from a cell's data-validation drop-down (the cell must have a list rule).
   * On Excel on the web this raises no `onChanged` (#4066, #3888): under a profile without
   * `dropDownPicksRaiseEvents` handlers hear nothing.
   */
  pickFromDropDown(sheetName: string, address: string, value: string): void {
    const area = areaOf(address);
    const validation = dataValidationAt(this, this.sheet(sheetName).model.name, area.top, area.left);
    if (!validation?.rule?.list) throw new Error(`${sheetName}!${address} has no drop-down list`);
    const sheet = this.sheet(sheetName).model;
    assertEditable(sheet, [area], "content");
    this._pushUndo("user", this.model.clone());
    const changes: ChangeRecord[] = [];
    writeCells(sheet, area, value, "values", changes, "Unknown");
    if (this.enableEvents && this.profile.dropDownPicksRaiseEvents) this.publishChanges(changes);
  }

  // ---- test helpers ----------------------------------------------------------------------------------

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }

  /** Handlers registered with `onChanged.add` and not removed. */
  get handlerCount(): number {
    return this.events.handlerCount;
  }

  /** Waits for every event handler started so far; rethrows the first handler error. */
  settle(): Promise<void> {
    return this.events.settle();
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetHandle {
    const sheet = this.model.sheetByName(name);
    if (!sheet)
      throw new Error(`No sheet named ${JSON.stringify(name)} (sheets: ${this.sheetNames().join(", ")})`);
    return new SheetHandle(() => this.model, sheet.id);
  }

  /** Adds a sheet directly (no Office.js rules) and returns its handle. */
  addSheet(name: string): SheetHandle {
    if (this.model.sheetByName(name)) throw new Error(`A sheet named ${JSON.stringify(name)} exists`);
    return new SheetHandle(() => this.model, this.model.addSheet(name).id);
  }

  /**
   * A user typing into cells: values are interpreted like typed input (so `=…` becomes a formula), locked
   * cells of a protected sheet refuse the edit, and `onChanged` handlers get the change (source "Local",
   * trigger "Unknown") unless events are off. Await `settle()` to let the handlers finish.
   */
  editCells(sheetName: string, address: string, values: unknown): void {
    this._userWrite(sheetName, address, values, "Local");
  }

  private _userWrite(sheetName: string, address: string, values: unknown, source: "Local" | "Remote"): void {
    const sheet = this.sheet(sheetName).model;
    const area = areaOf(address);
    assertEditable(sheet, [area], "content");
    // A co-author's edit is on their undo stack, not this user's.
    if (source === "Local") this._pushUndo("user", this.model.clone());
    const changes: ChangeRecord[] = [];
    writeCells(sheet, area, values, "values", changes, "Unknown");
    for (const change of changes) change.source = source;
    if (this.enableEvents) this.publishChanges(changes);
  }

  /**
   * A user selecting cells (a click, the arrow keys): the sheet becomes the active one and
   * `worksheets.onSelectionChanged` handlers get the sheet's id and the address, unless events are off.
   * A selection the add-in makes (`Range.select`) raises nothing here: known gap, the session treats a
   * selection of a flagged cell the same whoever made it.
   */
  selectCells(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName).model;
    const area = areaOf(address);
    this.model.activeSheetId = sheet.id;
    this.model.selection = { sheetId: sheet.id, areas: [area] };
    if (this.enableEvents) this.events.publishSelection(sheet.id, area);
  }

  /** Workbook setting as Excel's `workbook.settings` holds it (parsed), or `undefined`. */
  setting(key: string): unknown {
    const json = this.model.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** Formats of all formatted cells, to compare before and after an operation. */
  snapshotFormats(): FormatSnapshot {
    const snapshot: FormatSnapshot = {};
    for (const sheet of this.model.sheets) {
      const cells: Record<string, CellFormatView> = {};
      const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
      for (const key of keys) {
        const view = formatView(sheet.cells.get(key) as CellModel);
        if (view) {
          const { row, column } = keyToCell(key);
          cells[formatArea({ top: row, left: column, bottom: row, right: column })] = view;
        }
      }
      snapshot[sheet.name] = cells;
    }
    return snapshot;
  }

  /** A sheet's conditional formats in priority order, as plain data. */
  conditionalFormats(sheetName: string): ConditionalFormatView[] {
    return this.sheet(sheetName).model.conditionalFormats.map((format) => ({
      id: format.id,
      type: format.type,
      ranges: format.areas.map(formatArea),
      formula: format.formula,
      fill: format.fill ?? null,
      fontColor: format.font?.color ?? null,
      stopIfTrue: format.stopIfTrue,
    }));
  }

  /**
   * The fill each cell of an area shows, by address: a holding conditional format's fill over the cell's
   * own (`conditionalFormats.ts`, `effectiveFill`); `null` = no fill. For the playground's grid and tests.
   */
  displayedFills(sheetName: string, address: string): Record<string, string | null> {
    const sheet = this.sheet(sheetName).model;
    const fills: Record<string, string | null> = {};
    sheet.forEachCell(areaOf(address), (row, column, cell) => {
      fills[formatArea({ top: row, left: column, bottom: row, right: column })] =
        effectiveFill(sheet, row, column, cell) ?? null;
    });
    return fills;
  }

  /** Every defined name, workbook names first, then each sheet's. */
  names(): NameView[] {
    const view =
      (sheet: SheetModel | undefined) =>
      (name: NameModel): NameView => ({
        name: name.name,
        sheet: sheet?.name ?? null,
        formula: describeName(this.model, name).formula,
        comment: name.comment,
      });
    return [
      ...this.model.names.map(view(undefined)),
      ...this.model.sheets.flatMap((sheet) => sheet.names.map(view(sheet))),
    ];
  }

  /** The workbook as the engine's snapshot (used range values, number formats, merges, hidden rows/columns). */
  toSnapshot(): WorkbookSnapshot {
    return { name: this.model.name, sheets: this.model.sheets.map(sheetToSnapshot) };
  }
}

/** Excel's default number of undo levels. */
const UNDO_LEVELS = 100;

/** The options of `Excel.run(options, batch)`, or `undefined` when the first argument is something else. */
function runOptions(first: unknown): Excel.RunOptions | undefined {
  if (!first || typeof first !== "object" || Array.isArray(first)) return undefined;
  if (first instanceof EmRequestContext || first instanceof EmClientObject) return undefined;
  return first as Excel.RunOptions;
}

function formatView(cell: CellModel): CellFormatView | undefined {
  const view: CellFormatView = {};
  if (cell.numberFormat !== undefined) view.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) view.fill = cell.fill;
  if (cell.fillPattern !== undefined) view.fillPattern = cell.fillPattern;
  if (cell.fillTintAndShade !== undefined) view.fillTintAndShade = cell.fillTintAndShade;
  if (cell.font && Object.keys(cell.font).length > 0) view.font = { ...cell.font };
  if (cell.wrapText !== undefined) view.wrapText = cell.wrapText;
  if (cell.horizontalAlignment !== undefined) view.horizontalAlignment = cell.horizontalAlignment;
  if (cell.verticalAlignment !== undefined) view.verticalAlignment = cell.verticalAlignment;
  return Object.keys(view).length > 0 ? view : undefined;
}

function sheetToSnapshot(sheet: SheetModel): WorkbookSnapshot["sheets"][number] {
  const used: CellArea | undefined = sheet.usedArea(true);
  const base = { name: sheet.name, merges: sheet.merges.map((a) => ({ ...a })) };
  if (!used) {
    return {
      ...base,
      origin: { row: 1, column: 1 },
      values: [],
      numberFormats: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.cell(r, c);
      const value = cell?.value ?? null;
      rowValues.push(value !== null && typeof value === "object" ? { error: value.error } : value);
      rowFormats.push(cell?.numberFormat ?? "General");
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  const within = (n: number, from: number, to: number) => n >= from && n <= to;
  return {
    ...base,
    origin: { row: used.top, column: used.left },
    values,
    numberFormats,
    hiddenRows: [...sheet.hiddenRows].filter((r) => within(r, used.top, used.bottom)).sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns]
      .filter((c) => within(c, used.left, used.right))
      .sort((a, b) => a - b),
  };
}

/** Fills a model sheet from a snapshot sheet. */
function loadSheet(sheet: SheetModel, snapshot: WorkbookSnapshot["sheets"][number]): void {
  const { row: top, column: left } = snapshot.origin;
  snapshot.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const stored = modelValue(value);
      if (stored !== null) sheet.updateCell(top + i, left + j, (cell) => (cell.value = stored));
    }),
  );
  snapshot.numberFormats.forEach((row, i) =>
    row.forEach((format, j) => {
      if (format && format !== "General")
        sheet.updateCell(top + i, left + j, (cell) => (cell.numberFormat = format));
    }),
  );
  sheet.merges = snapshot.merges.map((a) => ({ ...a }));
  snapshot.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
  snapshot.hiddenColumns.forEach((c) => sheet.hiddenColumns.add(c));
}

function forEachAddress(
  model: WorkbookModel,
  bySheet: Record<string, Record<string, string>> | undefined,
  apply: (cell: CellModel, text: string) => void,
): void {
  for (const [sheetName, cells] of Object.entries(bySheet ?? {})) {
    const sheet = model.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named ${JSON.stringify(sheetName)}`);
    for (const [address, text] of Object.entries(cells)) {
      sheet.forEachCell(areaOf(address), (row, column) =>
        sheet.updateCell(row, column, (cell) => apply(cell, text)),
      );
    }
  }
}

/** Builds an emulator over a copy of the snapshot (an empty workbook with `Sheet1` when none is given). */
export function createEmulator(snapshot?: WorkbookSnapshot, options: EmulatorOptions = {}): EmulatedExcel {
  const model = new WorkbookModel();
  model.name = snapshot?.name;
  const sheets = snapshot?.sheets.length ? snapshot.sheets : undefined;
  if (sheets) for (const sheet of sheets) loadSheet(model.addSheet(sheet.name), sheet);
  else model.addSheet("Sheet1");

  forEachAddress(model, options.fills, (cell, color) => (cell.fill = normalizeColor(color)));
  forEachAddress(model, options.formulas, (cell, formula) => (cell.formula = formula));
  for (const [name, protection] of Object.entries(options.protectedSheets ?? {})) {
    const sheet = model.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${JSON.stringify(name)}`);
    sheet.protection = { protected: true, options: { ...protection } };
  }
  model.protection = { protected: options.workbookProtected ?? false };
  for (const [key, value] of Object.entries(options.settings ?? {}))
    model.settings.set(key, JSON.stringify(value));
  const active = options.activeSheet
    ? model.sheetByName(options.activeSheet)
    : model.sheets.find((s) => s.visibility === "Visible");
  model.activeSheetId = active?.id;
  return new EmulatedExcel(model, options);
}
