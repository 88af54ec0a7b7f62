/**
 * Live validation: when a user edits a sheet, re-check after the edits settle (debounced), reading only
 * the edited cells where the sheet's shape is unchanged, and repaint only the sheets whose highlights
 * change: two syncs for a typical edit, three when the edited sheet must be read again.
 *
 * Events are never switched off (`enableEvents` is runtime-wide, so a writer that failed to switch it
 * back on would stop live validation for good; learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-events). Instead:
 * - changes with `source: "Remote"` are ignored: a co-author's own add-in re-checks them, and every
 *   instance repainting each edit would fight (learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins);
 * - changes on Sitova's own sheets (its report and summary writes) are recognised by their tag in the
 *   re-check's first sync and cost nothing more. Not by id: a user's new sheet may have the id of a
 *   deleted report sheet (Excel for Mac), and its edits must be re-checked.
 * Highlights are conditional formats, which raise no `onChanged`.
 * Known gap: Excel on the web raises no `onChanged` for a value picked from a data-validation drop-down
 * (office-js #4066, #3888); such a pick is seen by the next edit or check.
 */
import type { CellValue, Finding, SheetSnapshot, ValidationReport, WorkbookSnapshot } from "../domain";
import type { ExcelHost } from "./host";
import { WriteBatch } from "./chunks";
import {
  assertHighlightsWritable,
  highlightTargets,
  queueHighlightChanges,
  queueHighlightDiff,
  queueHighlightRanges,
} from "./highlights";
import { OWN_SHEET_KINDS, queueOwnSheetTags } from "./ownSheets";
import type { SheetEntry } from "./workbookRead";
import {
  READ_SYNC_CELLS,
  cellValue,
  loadLayout,
  parseAreaList,
  queueSitovaFormats,
  readSheetValues,
  usedArea,
} from "./workbookRead";
import type { WorkbookMemory } from "./check";
import { memoryOf, readSnapshotOf, sheetsWithChangedHighlights } from "./check";
import { isSitovaRule } from "./highlightMark";

export const LIVE_DEBOUNCE_MS = 300;

export interface LiveValidation {
  stop(): Promise<void>;
}

/** The edits of one sheet since the last re-check. */
export interface SheetChange {
  sheetId: string;
  /** Edited ranges (`D9`, `D9:E12`). */
  addresses: string[];
  /** Rows or columns inserted or deleted, or a change without an address: the sheet is read again. */
  structural: boolean;
}

/** Replaces sheets of a snapshot (or adds them), keeping the others as they were read. */
export function replaceSheets(snapshot: WorkbookSnapshot, fresh: WorkbookSnapshot): WorkbookSnapshot {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = snapshot.sheets.map((s) => byName.get(s.name) ?? s);
  for (const s of fresh.sheets) if (!snapshot.sheets.some((old) => old.name === s.name)) sheets.push(s);
  return { ...snapshot, sheets };
}

/** Collects change events (except co-authors') and calls `onChanges` once they settle. */
export async function startLiveValidation(
  host: ExcelHost,
  onChanges: (changes: SheetChange[]) => void,
  debounceMs = LIVE_DEBOUNCE_MS,
): Promise<LiveValidation> {
  const pending = new Map<string, SheetChange>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const changes = [...pending.values()];
    pending.clear();
    if (changes.length) onChanges(changes);
  };

  const registration = await host.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      if (event.source === "Remote") return;
      const change = pending.get(event.worksheetId) ?? {
        sheetId: event.worksheetId,
        addresses: [],
        structural: false,
      };
      if (event.changeType === "RangeEdited" && event.address) change.addresses.push(event.address);
      else change.structural = true;
      pending.set(event.worksheetId, change);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    await context.sync();
    return handler;
  });

  return {
    async stop() {
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
      // Removed in the context that added it (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
      registration.remove();
      await registration.context.sync();
    },
  };
}

export interface LiveCheckInput {
  previous: WorkbookSnapshot;
  previousFindings: readonly Finding[];
  memory: WorkbookMemory;
  changes: readonly SheetChange[];
  validate(snapshot: WorkbookSnapshot): ValidationReport;
  highlights: boolean;
  mergedAreas: boolean;
}

export interface LiveCheckOutcome {
  snapshot: WorkbookSnapshot;
  /** Null when only Sitova's own sheets changed: nothing to re-check. */
  report: ValidationReport | null;
  memory: WorkbookMemory;
}

interface Watched {
  sheet: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
  change?: {
    tags: ReturnType<typeof queueOwnSheetTags>;
    used: Excel.Range;
    merged?: Excel.RangeAreas;
    edits: Excel.Range[] | null;
    structural: boolean;
  };
}

const areaCells = (address: string) =>
  parseAreaList(`x!${address}`).reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);

/** The snapshot's area (its used range as read), or null when it was blank. */
function snapshotArea(sheet: SheetSnapshot) {
  if (sheet.values.length === 0) return null;
  const width = Math.max(...sheet.values.map((r) => r.length));
  return {
    top: sheet.origin.row,
    left: sheet.origin.column,
    bottom: sheet.origin.row + sheet.values.length - 1,
    right: sheet.origin.column + width - 1,
  };
}

/** The previous sheet with the edited cells' new values, or null when it cannot be patched. */
function patched(previous: SheetSnapshot | undefined, watched: Watched, name: string): SheetSnapshot | null {
  const change = watched.change!;
  if (!previous || change.structural || !change.edits || change.used.isNullObject) return null;
  const before = snapshotArea(previous);
  const now = usedArea(change.used);
  if (
    !before ||
    before.top !== now.top ||
    before.left !== now.left ||
    before.bottom !== now.bottom ||
    before.right !== now.right
  )
    return null;
  const values = previous.values.map((row) => [...row]);
  const numberFormats = previous.numberFormats.map((row) => [...row]);
  for (const edit of change.edits) {
    const area = usedArea(edit);
    edit.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const i = area.top + r - now.top;
        const j = area.left + c - now.left;
        if (i < 0 || j < 0 || i >= values.length || j > now.right - now.left) return;
        (values[i] as CellValue[])[j] = cellValue(value, edit.valueTypes[r][c]);
        numberFormats[i][j] = String(edit.numberFormat[r][c]);
      }),
    );
  }
  return { ...previous, name, values, numberFormats };
}

/**
 * Re-checks after edits: one sync reads the edited cells, the sheets' highlights and tags; one more reads
 * a sheet whose shape changed; one writes the highlights of the sheets whose flagged cells changed. A sheet
 * unknown or gone since the last check falls back to reading the whole workbook.
 */
export async function runLiveCheck(host: ExcelHost, input: LiveCheckInput): Promise<LiveCheckOutcome | null> {
  return host.run(async (context) => {
    const changedIds = new Set(input.changes.map((c) => c.sheetId));
    const ids = new Set([...Object.values(input.memory.sheetIds), ...changedIds]);
    const watched = new Map<string, Watched>();
    for (const id of ids) {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name,id,protection/protected");
      watched.set(id, { sheet, formats: queueSitovaFormats(sheet) });
    }
    for (const change of input.changes) {
      const entry = watched.get(change.sheetId)!;
      const used = entry.sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = input.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
      merged?.load("address");
      const cells = change.addresses.reduce((n, a) => n + areaCells(a), 0);
      // A sheet that was Sitova's own at the last check: its tag decides, its cells are not loaded.
      const wasOwn = input.memory.ownSheetIds.includes(change.sheetId);
      const edits =
        wasOwn || change.structural || cells > READ_SYNC_CELLS
          ? null
          : change.addresses.map((address) => {
              const range = entry.sheet.getRange(address);
              range.load("values,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
              return range;
            });
      entry.change = {
        tags: queueOwnSheetTags(entry.sheet),
        used,
        merged,
        edits,
        structural: change.structural,
      };
    }
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code !== "ItemNotFound") throw error;
      return null; // a sheet was deleted since: the caller checks the whole workbook instead
    }

    const namesById = new Map(Object.entries(input.memory.sheetIds).map(([name, id]) => [id, name]));
    const fresh: SheetSnapshot[] = [];
    const reread: SheetEntry[] = [];
    const entries: SheetEntry[] = [];
    for (const [id, entry] of watched) {
      const own = entry.change
        ? (OWN_SHEET_KINDS.find((k) => !entry.change!.tags[k].isNullObject) ?? null)
        : null;
      const sheetEntry: SheetEntry = {
        sheet: entry.sheet,
        name: entry.sheet.name,
        id,
        protected: entry.sheet.protection.protected,
        own,
        used: entry.change && !entry.change.used.isNullObject ? usedArea(entry.change.used) : null,
        merges:
          entry.change?.merged && !entry.change.merged.isNullObject
            ? parseAreaList(entry.change.merged.address)
            : [],
        highlights: entry.formats.items.filter(
          (f) => f.type === "Custom" && isSitovaRule(f.customOrNullObject.rule.formula),
        ),
      };
      entries.push(sheetEntry);
      if (!entry.change || own) continue;
      const previousName = namesById.get(id);
      const previous = input.previous.sheets.find((s) => s.name === previousName);
      const sheet = patched(previous, entry, sheetEntry.name);
      if (sheet)
        fresh.push({ ...sheet, merges: sheetEntry.merges.length ? sheetEntry.merges : sheet.merges });
      else reread.push(sheetEntry);
    }
    if (reread.length) fresh.push(...(await readSheetValues(context, reread)));
    const users = entries.filter((e) => !e.own);
    const untagged = new Set(users.filter((e) => changedIds.has(e.id)).map((e) => e.id));
    const memory: WorkbookMemory = {
      sheetIds: Object.fromEntries(users.map((e) => [e.name, e.id])),
      // A changed sheet found untagged (a reused id) is the user's now; tagged ones are Sitova's.
      ownSheetIds: [
        ...new Set([
          ...input.memory.ownSheetIds.filter((id) => !untagged.has(id)),
          ...entries.filter((e) => e.own).map((e) => e.id),
        ]),
      ],
    };
    if (fresh.length === 0) return { snapshot: input.previous, report: null, memory };

    // Renamed sheets replace their old snapshot.
    const renamed = new Map(
      entries.filter((e) => namesById.has(e.id)).map((e) => [namesById.get(e.id)!, e.name]),
    );
    const previous: WorkbookSnapshot = {
      ...input.previous,
      sheets: input.previous.sheets.map((s) => ({ ...s, name: renamed.get(s.name) ?? s.name })),
    };
    const snapshot = replaceSheets(previous, { sheets: fresh });
    const report = input.validate(snapshot);

    if (input.highlights) {
      // Only sheets whose flagged cells changed: a change event that changed no value (Excel may raise
      // one for a format change) writes nothing, so Sitova's own writes can never feed a loop.
      const only = sheetsWithChangedHighlights(input.previousFindings, report.findings);
      const wanted = highlightTargets(report.findings);
      assertHighlightsWritable(entries, wanted, only);
      const batch = new WriteBatch();
      if (reread.length === 0) {
        // A sync to spare (the edited cells were read in the first): change only the formats that
        // differ, rather than replacing every format of the sheet.
        const touched = entries.filter((e) => only.has(e.name) && !e.own);
        const placed = touched.map((entry) => queueHighlightRanges(entry));
        if (placed.some((p) => p.length)) await context.sync();
        touched.forEach((entry, i) => queueHighlightDiff(batch, entry, placed[i], wanted.get(entry.name)));
        const others = new Set([...only].filter((name) => !touched.some((e) => e.name === name)));
        queueHighlightChanges(batch, entries, wanted, others);
      } else {
        queueHighlightChanges(batch, entries, wanted, only);
      }
      await batch.send(context);
    }
    return { snapshot, report, memory };
  });
}

/** The fallback: the whole workbook read and its highlights matched, without the report sheet. */
export async function runFullLiveCheck(
  host: ExcelHost,
  validate: (snapshot: WorkbookSnapshot) => ValidationReport,
  highlights: boolean,
): Promise<LiveCheckOutcome> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: host.features.mergedAreas });
    const snapshot = await readSnapshotOf(context, layout);
    const report = validate(snapshot);
    if (highlights) {
      const wanted = highlightTargets(report.findings);
      assertHighlightsWritable(layout.sheets, wanted);
      const batch = new WriteBatch();
      queueHighlightChanges(batch, layout.sheets, wanted);
      await batch.send(context);
    }
    return { snapshot, report, memory: memoryOf(layout) };
  });
}
