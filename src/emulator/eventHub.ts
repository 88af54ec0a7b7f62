/**
 * Delivers recorded changes to registered `onChanged` handlers, and the user's selections to
 * `onSelectionChanged` handlers, asynchronously, and tracks them.
 */
import type { CellArea } from "./address";
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
    for (const change of changes) this.raise("onChanged", change.sheetId, () => changedEventArgs(change));
  }

  /**
   * A selection on a sheet: `WorksheetSelectionChangedEventArgs` carry the sheet's id and the selected
   * range's address without the sheet's name (learn.microsoft.com/javascript/api/excel/
   * excel.worksheetselectionchangedeventargs).
   */
  publishSelection(sheetId: string, area: CellArea): void {
    const args = { type: "WorksheetSelectionChanged", worksheetId: sheetId, address: formatArea(area) };
    this.raise("onSelectionChanged", sheetId, () => args);
  }

  private raise(event: HandlerRegistration["event"], sheetId: string, argsOf: () => unknown): void {
    for (const registration of this.registrations) {
      if (registration.event !== event) continue;
      if (registration.sheetId !== undefined && registration.sheetId !== sheetId) continue;
      const handler = registration.handler as (args: unknown) => Promise<unknown>;
      const args = argsOf();
      const run = Promise.resolve()
        .then(() => handler(args))
        .catch((error: unknown) => {
          this.failures.push(error);
        });
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
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
