/**
 * `Excel.RequestContext`: the queue of pending operations and `sync`, which sends them as one batch.
 *
 * At `sync` the batch is checked against the 5 MB request limit (nothing runs if it is over), then run in
 * order. Like Excel, a failing operation stops the batch and operations before it stay applied (unless the
 * emulator was created with `atomicSync`); loaded values reach the proxies only if the whole batch succeeds
 * and its response stays under the limit. Every sync is counted with its payload sizes.
 *
 * The profile (`profile.ts`) decides when the batch runs: at once (`syncDelay: "none"`) or after a round
 * trip, in which other runs' batches may go first; whether cell-edit mode fails or holds it; and what its
 * writes do to the user's undo stack.
 */
import { guard } from "./clientObject";
import { EmulatedOfficeError, ErrorCode, officeError } from "./errors";
import type { Action } from "./exec";
import { ExecState } from "./exec";
import type { EmulatorHost, SyncRecord } from "./host";
import { supportsApi } from "./apiSets";
import type { SyncDelay } from "./profile";
import { EmApplication, EmRuntime, EmWorkbook } from "./workbook";

type ContextMembers =
  | "workbook"
  | "application"
  | "runtime"
  | "sync"
  | "load"
  | "trace"
  | "trackedObjects"
  | "requestHeaders"
  | "debugInfo";

export class EmRequestContext implements Pick<Excel.RequestContext, ContextMembers> {
  readonly requestHeaders: Record<string, string> = {};
  /** Office.js keeps objects alive across `run` calls with these; the emulator keeps everything alive. */
  readonly trackedObjects = {
    add(objects: unknown): void {
      void objects;
    },
    remove(objects: unknown): void {
      void objects;
    },
  } as unknown as OfficeExtension.TrackedObjects;
  private _queue: Action[] = [];
  private _workbook?: EmWorkbook;
  private _application?: EmApplication;
  private _runtime?: EmRuntime;

  /** `mergeUndoGroup` (ExcelApi 1.20): every sync of this run makes one undo record together. */
  private readonly _mergeUndo: boolean;
  private _undoRecorded = false;
  /** `delayForCellEdit` (ExcelApi 1.11): batches wait for the user to leave cell-edit mode. */
  private readonly _delayForCellEdit: boolean;

  constructor(
    readonly _host: EmulatorHost,
    options: Pick<Excel.RunOptions, "delayForCellEdit" | "mergeUndoGroup"> = {},
  ) {
    // Office.js ignores run options the host's requirement sets lack.
    this._mergeUndo = !!options.mergeUndoGroup && supportsApi(_host.excelApi, "1.20");
    this._delayForCellEdit = !!options.delayForCellEdit && supportsApi(_host.excelApi, "1.11");
    if (_host.guardUnimplemented) return guard(this, () => "RequestContext");
  }

  get workbook(): Excel.Workbook {
    this._workbook ??= new EmWorkbook(this);
    return this._workbook as unknown as Excel.Workbook;
  }

  get application(): Excel.Application {
    this._application ??= new EmApplication(this);
    return this._application as unknown as Excel.Application;
  }

  get runtime(): Excel.Runtime {
    this._runtime ??= new EmRuntime(this);
    return this._runtime as unknown as Excel.Runtime;
  }

  get debugInfo(): OfficeExtension.RequestContextDebugInfo {
    return { pendingStatements: this._queue.map((action) => action.describe) };
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    (object as unknown as { load(option: unknown): unknown }).load(option);
  }

  trace(message: string): void {
    this._enqueue({
      describe: `trace(${JSON.stringify(message)})`,
      requestBytes: message.length,
      execute: (exec) => exec.traceMessages.push(message),
    });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this._queue;
    this._queue = [];
    const delay = this._host.profile.syncDelay;
    if (delay === "none" && !this._waitsForCellEdit) {
      let failure: unknown;
      try {
        this._flush(actions);
      } catch (error) {
        failure = error;
      }
      // Excel answers asynchronously; the batch itself has already run, in order with other contexts.
      return Promise.resolve().then(() => {
        if (failure !== undefined) throw failure;
        return passThroughValue as T;
      });
    }
    // A round trip: other runs' batches may reach Excel first ("each sync is a round trip",
    // learn.microsoft.com/office/dev/add-ins/excel/performance), then the batch waits out cell-edit mode
    // if its run asked to (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
    return (async () => {
      await roundTrip(delay);
      while (this._waitsForCellEdit) await this._host.cellEditEnded();
      this._flush(actions);
      return passThroughValue as T;
    })();
  }

  private get _waitsForCellEdit(): boolean {
    const host = this._host;
    return host.profile.cellEditBlocksBatches && host.cellEditing && this._delayForCellEdit;
  }

  _enqueue(action: Action): void {
    this._queue.push(action);
  }

  get _hasPending(): boolean {
    return this._queue.length > 0;
  }

  /** Runs a batch against the model; throws the batch's error. */
  private _flush(actions: Action[]): void {
    const host = this._host;
    const requestBytes = actions.reduce((sum, action) => sum + action.requestBytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: actions.length };
    const stats = host.stats;
    stats.syncs += 1;
    stats.actions += actions.length;
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    stats.perSync.push(record);
    const fail = (error: unknown): never => {
      record.error = error instanceof EmulatedOfficeError ? error.code : String(error);
      stats.failedSyncs += 1;
      throw error;
    };

    // excel/excel-add-ins-delay-in-cell-edit: without `delayForCellEdit` the batch fails while the user
    // edits a cell.
    if (host.profile.cellEditBlocksBatches && host.cellEditing) {
      fail(officeError(ErrorCode.invalidOperationInCellEditMode));
    }
    if (requestBytes > host.limits.payloadBytes) {
      fail(officeError(ErrorCode.requestPayloadSizeLimitExceeded, `${requestBytes} bytes in one sync`));
    }

    const writes = actions.some((action) => action.write);
    // One undo record per writing sync, or per run with `mergeUndoGroup` (excel/excel-add-ins-undo-capabilities).
    const recordsUndo =
      writes && host.profile.addinUndo === "recordPerSync" && !(this._mergeUndo && this._undoRecorded);
    const backup = host.atomicSync || recordsUndo ? host.model.clone() : undefined;
    // "If you call an unsupported API, the user's undo stack is cleared starting from that API call";
    // in a `mergeUndoGroup` run it fails with `UndoNotSupported` (excel/excel-add-ins-undo-capabilities).
    let undoBroken = false;
    const noteWrite = () => {
      if (!writes) return;
      host.noteAddinWrite(recordsUndo && !undoBroken ? backup : undefined, undoBroken);
      if (recordsUndo) this._undoRecorded = true;
    };
    const exec = new ExecState(host);
    let current: Action | undefined;
    try {
      for (const action of actions) {
        current = action;
        if (action.undoUnsupported && host.profile.addinUndo === "recordPerSync") {
          if (this._mergeUndo) throw officeError(ErrorCode.undoNotSupported, action.describe);
          undoBroken = true;
        }
        const recorded = exec.changes.length;
        action.execute(exec);
        // Changes made while events are off are never reported, even if events come back on later.
        if (!host.enableEvents) exec.changes.length = recorded;
      }
    } catch (error) {
      if (backup && host.atomicSync) {
        host.model = backup;
        for (const object of exec.resolved) object._forgetResolution();
      } else {
        noteWrite();
        host.publishChanges(exec.changes);
      }
      if (error instanceof EmulatedOfficeError) {
        error.debugInfo.statement = current?.describe;
        error.traceMessages = exec.traceMessages;
      }
      fail(error);
    }

    noteWrite();
    record.responseBytes = exec.responseBytes;
    stats.totalResponseBytes += exec.responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, exec.responseBytes);
    if (exec.responseBytes > host.limits.payloadBytes) {
      // The operations ran in Excel; only the answer could not come back.
      host.publishChanges(exec.changes);
      fail(
        officeError(ErrorCode.responsePayloadSizeLimitExceeded, `${exec.responseBytes} bytes in one sync`),
      );
    }

    for (const apply of exec.results) apply();
    for (const object of exec.resolved) object._markResolved();
    host.publishChanges(exec.changes);
  }
}

/** Office.js refuses proxies of one request context in another's calls. */
export function assertSameContext(context: EmRequestContext, object: unknown): void {
  const other = (object as { _ctx?: unknown } | null)?._ctx;
  if (other !== undefined && other !== context) throw officeError(ErrorCode.invalidRequestContext);
}

/** Waits like a request to Excel and back: a macrotask, or some milliseconds. */
function roundTrip(delay: SyncDelay): Promise<void> {
  if (delay === "none") return Promise.resolve();
  return new Promise((resolve) => {
    if (delay === "macrotask" && typeof setImmediate === "function") setImmediate(resolve);
    else setTimeout(resolve, delay === "macrotask" ? 0 : delay);
  });
}
