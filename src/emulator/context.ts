/**
 * `Excel.RequestContext`: the queue of pending operations and `sync`, which sends them as one batch.
 *
 * At `sync` the batch is checked against the 5 MB request limit (nothing runs if it is over), then run in
 * order. Like Excel, a failing operation stops the batch and operations before it stay applied (unless the
 * emulator was created with `atomicSync`); loaded values reach the proxies only if the whole batch succeeds
 * and its response stays under the limit. Every sync is counted with its payload sizes.
 */
import { guard } from "./clientObject";
import { EmulatedOfficeError, ErrorCode, officeError } from "./errors";
import type { Action } from "./exec";
import { ExecState } from "./exec";
import type { EmulatorHost, SyncRecord } from "./host";
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

  constructor(readonly _host: EmulatorHost) {
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
    let failure: unknown;
    try {
      this._flush();
    } catch (error) {
      failure = error;
    }
    // Excel answers asynchronously; the batch itself has already run, in order with other contexts.
    return Promise.resolve().then(() => {
      if (failure !== undefined) throw failure;
      return passThroughValue as T;
    });
  }

  _enqueue(action: Action): void {
    this._queue.push(action);
  }

  get _hasPending(): boolean {
    return this._queue.length > 0;
  }

  /** Runs the pending batch against the model; throws the batch's error. */
  private _flush(): void {
    const host = this._host;
    const actions = this._queue;
    this._queue = [];
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

    if (requestBytes > host.limits.payloadBytes) {
      fail(officeError(ErrorCode.requestPayloadSizeLimitExceeded, `${requestBytes} bytes in one sync`));
    }

    const backup = host.atomicSync ? host.model.clone() : undefined;
    const exec = new ExecState(host);
    let current: Action | undefined;
    try {
      for (const action of actions) {
        current = action;
        const recorded = exec.changes.length;
        action.execute(exec);
        // Changes made while events are off are never reported, even if events come back on later.
        if (!host.enableEvents) exec.changes.length = recorded;
      }
    } catch (error) {
      if (backup) {
        host.model = backup;
        for (const object of exec.resolved) object._forgetResolution();
      } else {
        host.publishChanges(exec.changes);
      }
      if (error instanceof EmulatedOfficeError) {
        error.debugInfo.statement = current?.describe;
        error.traceMessages = exec.traceMessages;
      }
      fail(error);
    }

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
