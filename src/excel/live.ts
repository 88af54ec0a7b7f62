/**
 * Live validation: when a user edits a sheet, re-read only that sheet (debounced), put it into the last
 * snapshot and validate again. Sitova's own writes switch events off, so they never trigger this.
 */
import type { WorkbookSnapshot } from "../domain";
import type { ExcelHost } from "./host";
import { readWorkbookSnapshot } from "./readSnapshot";

export const LIVE_DEBOUNCE_MS = 300;

export interface LiveValidation {
  stop(): Promise<void>;
}

/** Replaces one sheet of a snapshot (or adds it), keeping the others as they were read. */
export function replaceSheets(snapshot: WorkbookSnapshot, fresh: WorkbookSnapshot): WorkbookSnapshot {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = snapshot.sheets.map((s) => byName.get(s.name) ?? s);
  for (const s of fresh.sheets) if (!snapshot.sheets.some((old) => old.name === s.name)) sheets.push(s);
  return { ...snapshot, sheets };
}

/**
 * Calls `onSnapshot` with the updated snapshot after edits settle. `current` gives the snapshot the
 * edits apply to (the state module's latest).
 */
export async function startLiveValidation(
  host: ExcelHost,
  current: () => WorkbookSnapshot,
  onSnapshot: (snapshot: WorkbookSnapshot) => void,
  onError: (error: unknown) => void,
  debounceMs = LIVE_DEBOUNCE_MS,
): Promise<LiveValidation> {
  const changedSheetIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = async () => {
    const ids = [...changedSheetIds];
    changedSheetIds.clear();
    try {
      const names = await host.run(async (context) => {
        const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
        sheets.forEach((s) => s.load("name"));
        await context.sync();
        return sheets.filter((s) => !s.isNullObject).map((s) => s.name);
      });
      if (names.length === 0) return;
      onSnapshot(replaceSheets(current(), await readWorkbookSnapshot(host, { sheets: names })));
    } catch (error) {
      onError(error);
    }
  };

  const registration = await host.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      changedSheetIds.add(event.worksheetId);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), debounceMs);
    });
    await context.sync();
    return handler;
  });

  return {
    async stop() {
      if (timer !== undefined) clearTimeout(timer);
      registration.remove();
      await registration.context.sync();
    },
  };
}
