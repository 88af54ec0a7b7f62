/**
 * `onChanged` and `onSelectionChanged` handlers. Registration and removal are queued like everything else
 * and take effect at `sync`. Changes reach handlers asynchronously after the sync (or the simulated user
 * edit) that made them, unless `context.runtime.enableEvents` is false; a user's selection reaches
 * `onSelectionChanged` handlers the same way (`selectCells`).
 */
import type { Resolved } from "./clientObject";
import { NULL_TARGET } from "./clientObject";
import type { EmRequestContext } from "./context";
import type { ExecState } from "./exec";
import type { EventName, HandlerRegistration } from "./host";
import { jsonBytes } from "./payload";

type Handler<Args> = (args: Args) => Promise<unknown>;

/** Where handlers attach: one sheet (its id, found at `sync`) or every sheet of the workbook. */
export type HandlerScope =
  { kind: "sheet"; sheetId: (exec: ExecState) => Resolved<string> } | { kind: "workbook" };

export class EmEventHandlers<
  Args = Excel.WorksheetChangedEventArgs,
> implements OfficeExtension.EventHandlers<Args> {
  constructor(
    private readonly _ctx: EmRequestContext,
    private readonly _path: string,
    private readonly _scope: HandlerScope,
    private readonly _event: EventName = "onChanged",
  ) {}

  private _sheetId(exec: ExecState): Resolved<string | undefined> {
    return this._scope.kind === "sheet" ? this._scope.sheetId(exec) : undefined;
  }

  add(handler: Handler<Args>): OfficeExtension.EventHandlerResult<Args> {
    this._ctx._enqueue({
      describe: `${this._path}.add(handler)`,
      requestBytes: jsonBytes(this._path),
      execute: (exec) => {
        const sheetId = this._sheetId(exec);
        if (sheetId === NULL_TARGET) return;
        const registration: HandlerRegistration = {
          event: this._event,
          sheetId,
          handler: handler as HandlerRegistration["handler"],
        };
        exec.host.registerHandler(registration);
      },
    });
    return new EmEventHandlerResult(this._ctx, this, handler);
  }

  remove(handler: Handler<Args>): void {
    this._ctx._enqueue({
      describe: `${this._path}.remove(handler)`,
      requestBytes: jsonBytes(this._path),
      execute: (exec) => {
        const sheetId = this._sheetId(exec);
        if (sheetId === NULL_TARGET) return;
        exec.host.unregisterHandler(
          (r) => r.handler === (handler as HandlerRegistration["handler"]) && r.sheetId === sheetId,
        );
      },
    });
  }
}

export class EmEventHandlerResult<Args> implements OfficeExtension.EventHandlerResult<Args> {
  constructor(
    private readonly _context: EmRequestContext,
    private readonly _handlers: EmEventHandlers<Args>,
    private readonly _handler: Handler<Args>,
  ) {}

  get context(): OfficeExtension.ClientRequestContext {
    return this._context as unknown as OfficeExtension.ClientRequestContext;
  }

  /** Queues the removal on the context that added the handler; it takes effect at that context's `sync`. */
  remove(): void {
    this._handlers.remove(this._handler);
  }
}
