/**
 * Cheap listeners for the pane: neither reads anything when its event comes.
 * - `watchChanges`: with live validation off, an edit only marks the results stale. Co-authors' edits
 *   (`source: "Remote"`) are left to them, as live validation does (learn.microsoft.com/office/dev/add-ins/
 *   excel/co-authoring-in-excel-add-ins).
 * - `watchSelection`: `worksheets.onSelectionChanged` (ExcelApi 1.9, the manifest's minimum;
 *   learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onselectionchanged-member)
 *   gives the sheet's id and the selected address, so following the selection costs no sync. Arrow keys
 *   raise one event per cell: only the last of a quick run is passed on (debounced).
 * Handlers are removed in the context that added them (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 */
import type { ExcelHost } from "./host";

export interface ChangeWatch {
  stop(): Promise<void>;
}

async function register<Args>(
  host: ExcelHost,
  handlers: (context: Excel.RequestContext) => OfficeExtension.EventHandlers<Args>,
  handler: (args: Args) => Promise<void>,
): Promise<ChangeWatch> {
  const registration = await host.run(async (context) => {
    const result = handlers(context).add(handler);
    await context.sync();
    return result;
  });
  return {
    async stop() {
      registration.remove();
      await registration.context.sync();
    },
  };
}

/** Calls `onEdit` with the sheet's id and the edited address (null for a change without one). */
export function watchChanges(
  host: ExcelHost,
  onEdit: (sheetId: string, address: string | null) => void,
): Promise<ChangeWatch> {
  return register(
    host,
    (context) => context.workbook.worksheets.onChanged,
    async (event: Excel.WorksheetChangedEventArgs) => {
      if (event.source === "Remote") return;
      onEdit(event.worksheetId, event.changeType === "RangeEdited" && event.address ? event.address : null);
    },
  );
}

/** Calls `onSelect` with the sheet's id and the selection's address once the selection rests. */
export function watchSelection(
  host: ExcelHost,
  onSelect: (sheetId: string, address: string) => void,
  debounceMs: number,
): Promise<ChangeWatch> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return register(
    host,
    (context) => context.workbook.worksheets.onSelectionChanged,
    async (event: Excel.WorksheetSelectionChangedEventArgs) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        onSelect(event.worksheetId, event.address);
      }, debounceMs);
    },
  ).then((watch) => ({
    async stop() {
      if (timer !== undefined) clearTimeout(timer);
      await watch.stop();
    },
  }));
}
