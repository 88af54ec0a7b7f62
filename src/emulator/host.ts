/** What request contexts share within one emulator: the model, limits, statistics and events. */
import type { CellArea } from "./address";
import type { WorkbookModel } from "./model";
import type { ExcelProfile } from "./profile";

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Queued operations sent in this sync (loads, writes, object look-ups). */
  actions: number;
  /** The error code when the sync failed. */
  error?: string;
}

export interface SyncStats {
  /** Requests sent to "Excel": every `context.sync()` plus the final flush of `run`. */
  syncs: number;
  failedSyncs: number;
  /** `run` calls (one request context each). */
  runs: number;
  actions: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  perSync: SyncRecord[];
}

export function emptyStats(): SyncStats {
  return {
    syncs: 0,
    failedSyncs: 0,
    runs: 0,
    actions: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    perSync: [],
  };
}

export interface CellSnapshotForEvent {
  value: string | number | boolean;
  type: Excel.RangeValueType;
}

/** One data change, reported to `onChanged` handlers after it is applied. */
export interface ChangeRecord {
  sheetId: string;
  area: CellArea;
  triggerSource: "ThisLocalAddin" | "Unknown";
  /** `Remote` for a co-author's edit (excel/co-authoring-in-excel-add-ins); `Local` otherwise. */
  source?: "Local" | "Remote";
  /** Only for a single-cell change, as in Excel. */
  before?: CellSnapshotForEvent;
  after?: CellSnapshotForEvent;
}

export interface EmulatorLimits {
  /** Request and response payload limit per sync (bytes). */
  payloadBytes: number;
  /** Excel refuses to read more than 5 000 000 cells of one range in one operation. */
  cellsPerRead: number;
  /** `getMergedAreasOrNullObject` fails when a range holds more merged areas than this. */
  mergedAreasPerRange: number;
}

export interface EmulatorHost {
  model: WorkbookModel;
  readonly limits: EmulatorLimits;
  /** True: a failed sync applies nothing (lead's choice). False: Excel's behaviour (see README). */
  readonly atomicSync: boolean;
  /** Throw a clear error when code touches an Excel member the emulator lacks. */
  readonly guardUnimplemented: boolean;
  readonly stats: SyncStats;
  /** The ExcelApi requirement set this Excel claims (`apiSets.ts`). */
  readonly excelApi: string;
  /** Which of real Excel's hostile behaviours are on (`profile.ts`). */
  readonly profile: ExcelProfile;
  /** False while another workbook has the focus (`setWorkbookFocused`). */
  readonly workbookFocused: boolean;
  /** True while the user edits a cell (`beginCellEdit`). */
  readonly cellEditing: boolean;
  /** Resolves when the user leaves cell-edit mode. */
  cellEditEnded(): Promise<void>;
  /**
   * After a batch with writes: the undo stack's fate (`profile.addinUndo`); `before` = the model before it,
   * `clearsUndo` when the batch used an API without undo support.
   */
  noteAddinWrite(before: WorkbookModel | undefined, clearsUndo: boolean): void;
  /** `context.runtime.enableEvents`: one switch for the whole add-in runtime. */
  enableEvents: boolean;
  /** Called after a sync applied changes (made while events were on), to tell event handlers. */
  publishChanges(changes: ChangeRecord[]): void;
  registerHandler(registration: HandlerRegistration): void;
  unregisterHandler(match: (registration: HandlerRegistration) => boolean): void;
}

/** The events the emulator raises: data changes and the user's selection. */
export type EventName = "onChanged" | "onSelectionChanged";

export interface HandlerRegistration {
  event: EventName;
  /** A sheet's own handlers, or `undefined` for the collection's (every sheet). */
  sheetId?: string;
  handler: (args: never) => Promise<unknown>;
}
