/**
 * `onChanged` handlers. Registration and removal are queued like everything else and take effect at
 * `sync`. Changes reach handlers asynchronously after the sync (or the simulated user edit) that made them,
 * unless `context.runtime.enableEvents` is false.
 */
import type { Resolved } from "./clientObject";
import { NULL_TARGET } from "./clientObject";
import type { EmRequestContext } from "./context";
import type { ExecState } from "./exec";
import type { HandlerRegistration } from "./host";
import { jsonBytes } from "./payload";

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** Where handlers attach: one sheet (its id, found at `sync`) or every sheet of the workbook. */
export type HandlerScope =
  { kind: "sheet"; sheetId: (exec: ExecState) => Resolved<string> } | { kind: "workbook" };

export class EmEventHandlers implements OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
  constructor(
    private readonly _ctx: EmRequestContext,
    private readonly _path: string,
    private readonly _scope: HandlerScope,
  ) {}

  private _sheetId(exec: ExecState): Resolved<string | undefined> {
    return this._scope.kind === "sheet" ? this._scope.sheetId(exec) : undefined;
  }

  add(handler: Handler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    this._ctx._enqueue({
      describe: `${this._path}.add(handler)`,
      requestBytes: jsonBytes(this._path),
      execute: (exec) => {
        const sheetId = this._sheetId(exec);
        if (sheetId === NULL_TARGET) return;
        const registration: HandlerRegistration = { event: "onChanged", sheetId, handler };
        exec.host.registerHandler(registration);
      },
    });
    return new EmEventHandlerResult(this._ctx, this, handler);
  }

  remove(handler: Handler): void {
    this._ctx._enqueue({
      describe: `${this._path}.remove(handler)`,
      requestBytes: jsonBytes(this._path),
      execute: (exec) => {
        const sheetId = this._sheetId(exec);
        if (sheetId === NULL_TARGET) return;
        exec.host.unregisterHandler((r) => r.handler === handler && r.sheetId === sheetId);
      },
    });
  }
}

export class EmEventHandlerResult implements OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
  constructor(
    private readonly _context: EmRequestContext,
    private readonly _handlers: EmEventHandlers,
    private readonly _handler: Handler,
  ) {}

  get context(): OfficeExtension.ClientRequestContext {
    return this._context as unknown as OfficeExtension.ClientRequestContext;
  }

  /** Queues the removal on the context that added the handler; it takes effect at that context's `sync`. */
  remove(): void {
    this._handlers.remove(this._handler);
  }
}
