/** One queued operation and the state of the batch that runs it at `sync`. */
import type { ChangeRecord, EmulatorHost } from "./host";
import type { WorkbookModel } from "./model";
import { jsonBytes } from "./payload";

export interface Action {
  /** Readable statement, reported in errors' `debugInfo.statement` and `context.debugInfo`. */
  describe: string;
  requestBytes: number;
  /** The action changes the workbook (for the undo stack); loads and look-ups do not. */
  write?: boolean;
  /**
   * An API without undo support (the "Unsupported APIs" table of excel/excel-add-ins-undo-capabilities;
   * on any platform): it clears the user's undo stack, and fails a `mergeUndoGroup` run.
   */
  undoUnsupported?: boolean;
  execute(exec: ExecState): void;
}

/** Marks an API without undo support (`Action.undoUnsupported`), for readable call sites. */
export const NO_UNDO = true;

/** Something whose look-up result is cached during a batch and must be forgotten if the batch is undone. */
export interface Resolvable {
  _forgetResolution(): void;
  _markResolved(): void;
}

export class ExecState {
  /** Applied to proxies only when the whole sync succeeds, as Office.js fills loaded values. */
  readonly results: (() => void)[] = [];
  readonly changes: ChangeRecord[] = [];
  readonly resolved: Resolvable[] = [];
  readonly traceMessages: string[] = [];
  /**
   * Hyperlinks per sheet id, counted once per batch and kept up to date by the batch's hyperlink writes
   * (clearing drops the entry), so that a batch linking cell by cell stays linear.
   */
  readonly hyperlinkCounts = new Map<string, number>();
  responseBytes = 0;

  constructor(readonly host: EmulatorHost) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** Queues loaded data for delivery and counts it toward the response payload. */
  deliver(payload: unknown, apply: () => void): void {
    this.responseBytes += jsonBytes(payload);
    this.results.push(apply);
  }
}
