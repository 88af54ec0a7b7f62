/**
 * A whole check (Tarkista) in one `Excel.run`, so that it is one undo step where Excel can group undo
 * (`mergeUndoGroup`, ExcelApi 1.20) and so that nothing runs between its read and its writes:
 * - two syncs for the layout (sheets, tags, used ranges, Sitova's highlights, the state);
 * - one sync per 20 000 cells of values (one at 1 000 goals, five at 10 000);
 * - the writes: highlights and the report sheet together, one sync per 2.5 MB of request.
 * Four syncs at 1 000 goals where it took fourteen. Everything that can refuse (protection) is checked
 * before the first write, so that a check writes all its results or none.
 */
import type { Finding, IgnoredFinding, Lang, ValidationReport, WorkbookSnapshot } from "../domain";
import type { ExcelHost } from "./host";
import { WriteBatch } from "./chunks";
import {
  assertHighlightsWritable,
  highlightTargets,
  queueHighlightChanges,
  queueMigration,
} from "./highlights";
import type { SitovaState } from "./state";
import { stateOf } from "./state";
import { assertReportWritable, queueReportSheet, reportTarget } from "./reportSheet";
import type { ReadWatch, SheetEntry, WorkbookLayout } from "./workbookRead";
import { loadLayout, readSheetValues } from "./workbookRead";

/** What the session learns about the workbook from a check, for live re-checks. */
export interface WorkbookMemory {
  /** The users' sheets read, by name → id. */
  sheetIds: Record<string, string>;
  /** Ids of Sitova's own (tagged) sheets: a live re-check checks their tag, never reads their cells. */
  ownSheetIds: string[];
}

export interface CheckPlan {
  /** Validates a snapshot with the state saved in the workbook (its rule settings). */
  validate(snapshot: WorkbookSnapshot, saved: SitovaState): ValidationReport;
  /** Highlight the findings' cells (else remove Sitova's highlights). */
  highlights: boolean;
  /**
   * Write the report sheet (only where the workbook has goal tables); `checkedAt` and the ignored findings
   * are asked for once the findings are known.
   */
  report?: {
    lang: Lang;
    checkedAt: () => string;
    ignored?: () => readonly IgnoredFinding[];
    /** Whether to write it, by the state saved in the workbook (absent: always). */
    wanted?: (saved: SitovaState) => boolean;
  };
  /** Told when reading is done (checking starts) and when writing starts. */
  onPhase?(phase: "checking" | "marking"): void;
  /**
   * Told after each read sync; it throws to cancel (the user's *Peruuta*). It is also called once more
   * after validating, before the first write: a cancelled check has written nothing.
   */
  watch?: ReadWatch;
}

export interface CheckOutcome {
  snapshot: WorkbookSnapshot;
  report: ValidationReport;
  reportSheet: string | null;
  memory: WorkbookMemory;
}

export function memoryOf(layout: WorkbookLayout): WorkbookMemory {
  return {
    sheetIds: Object.fromEntries(layout.sheets.filter((s) => !s.own).map((s) => [s.name, s.id])),
    ownSheetIds: layout.sheets.filter((s) => s.own).map((s) => s.id),
  };
}

/** Reads the users' sheets (never Sitova's own) of a loaded layout. */
export async function readSnapshotOf(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  watch?: ReadWatch,
): Promise<WorkbookSnapshot> {
  const users: SheetEntry[] = layout.sheets.filter((s) => !s.own);
  const sheets = await readSheetValues(context, users, watch);
  return layout.workbookName ? { name: layout.workbookName, sheets } : { sheets };
}

export async function runCheck(host: ExcelHost, plan: CheckPlan): Promise<CheckOutcome> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: host.features.mergedAreas });
    const stored = stateOf(layout.parts);
    const snapshot = await readSnapshotOf(context, layout, plan.watch);
    plan.onPhase?.("checking");
    const report = plan.validate(snapshot, stored.state);
    const users = layout.sheets.filter((s) => !s.own).length;
    plan.watch?.afterSync({ sheets: users, sheetsRead: users, rowsRead: 0 });
    plan.onPhase?.("marking");

    const flagged = highlightTargets(plan.highlights ? report.findings : []);
    const target = reportTarget(layout);
    // Never a report sheet for a workbook without goal tables: it would list only "no table found".
    const wanted = plan.report && (plan.report.wanted?.(stored.state) ?? true);
    const reportPlan = report.tables.length > 0 && wanted ? plan.report : undefined;
    assertHighlightsWritable(layout.sheets, flagged);
    if (reportPlan) assertReportWritable(layout, target);

    const batch = new WriteBatch();
    // The report sheet first: adding a sheet is what fails when another workbook has focus.
    const reportSheet = reportPlan
      ? queueReportSheet(
          context,
          batch,
          target,
          report,
          reportPlan.lang,
          reportPlan.checkedAt(),
          undefined,
          reportPlan.ignored?.() ?? [],
        )
      : null;
    // An earlier version's fill records: read once (one more sync), restored, dropped.
    await queueMigration(context, batch, layout, stored);
    queueHighlightChanges(batch, layout.sheets, flagged);
    await batch.send(context);
    const memory = memoryOf(layout);
    // A report sheet added just now: its change events are Sitova's own too.
    if (target.written && !target.existing) memory.ownSheetIds.push(target.written.id);
    return { snapshot, report, reportSheet, memory };
  });
}

/** The findings' flagged cells differ between two reports on a sheet. */
export function sheetsWithChangedHighlights(
  before: readonly Finding[],
  after: readonly Finding[],
): Set<string> {
  const a = highlightTargets(before);
  const b = highlightTargets(after);
  const changed = new Set<string>();
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y || x.size !== y.size || [...x].some(([cell, s]) => y.get(cell) !== s)) changed.add(name);
  }
  return changed;
}
