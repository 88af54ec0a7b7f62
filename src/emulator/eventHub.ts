/** Delivers recorded changes to registered `onChanged` handlers, asynchronously, and tracks them. */
import { formatArea } from "./address";
import type { ChangeRecord, HandlerRegistration } from "./host";

export class EventHub {
  private registrations: HandlerRegistration[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly failures: unknown[] = [];

  register(registration: HandlerRegistration): void {
    this.registrations.push(registration);
  }

  unregister(match: (registration: HandlerRegistration) => boolean): void {
    this.registrations = this.registrations.filter((r) => !match(r));
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /**
   * Calls every matching handler after the current call stack, like Excel raising the event once the
   * change is done. Jest's fake timers do not hold these back: they use promise jobs, not timers.
   */
  publish(changes: ChangeRecord[]): void {
    for (const change of changes) {
      for (const registration of this.registrations) {
        if (registration.sheetId !== undefined && registration.sheetId !== change.sheetId) continue;
        const args = changedEventArgs(change);
        const run = Promise.resolve()
          .then(() => registration.handler(args))
          .catch((error: unknown) => {
            this.failures.push(error);
          });
        this.running.add(run);
        void run.finally(() => this.running.delete(run));
      }
    }
  }

  /** Waits until no handler is running; rethrows the first error a handler threw, as a test would want. */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    if (this.failures.length > 0) {
      const [first] = this.failures.splice(0);
      throw first;
    }
  }
}

function changedEventArgs(change: ChangeRecord): Excel.WorksheetChangedEventArgs {
  const address = formatArea(change.area);
  const details =
    change.before && change.after
      ? {
          valueBefore: change.before.value,
          valueAfter: change.after.value,
          valueTypeBefore: change.before.type,
          valueTypeAfter: change.after.type,
        }
      : undefined;
  const args = {
    type: "WorksheetChanged",
    changeType: "RangeEdited",
    source: change.source ?? "Local",
    address,
    worksheetId: change.sheetId,
    triggerSource: change.triggerSource,
    details,
    getRange: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(change.sheetId).getRange(address),
    getRangeOrNullObject: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItemOrNullObject(change.sheetId).getRange(address),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}
