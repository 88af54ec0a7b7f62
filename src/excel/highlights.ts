/**
 * Highlights: a fill by severity on every flagged cell. Each cell's own fill is recorded in the workbook
 * before the first paint, so that clearing restores it exactly, also after the file was closed and
 * reopened, and re-validation repaints without losing it.
 */
import type { Finding, Severity } from "../domain";
import type { ExcelHost } from "./host";
import { ADDRESS_LISTS_PER_SYNC, CELL_PROXIES_PER_SYNC, addressLists, groupsOf } from "./chunks";
import type { HighlightRecord, OriginalFill, SitovaState } from "./state";
import { loadState, queueSaveState } from "./state";
import { assertSheetsWritable, loadProtection } from "./protection";

/** Light fills that keep black text readable (WCAG AA); the severity is also in the report sheet. */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface HighlightResult {
  painted: number;
  restored: number;
}

/** Sheet name → cell → the highest severity of its findings. */
function targets(
  findings: readonly Finding[],
  severities: readonly Severity[],
): Map<string, Map<string, Severity>> {
  const bySheet = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !severities.includes(f.severity)) continue;
    const cells = bySheet.get(f.sheet) ?? new Map<string, Severity>();
    const current = cells.get(f.cell);
    if (!current || RANK[f.severity] > RANK[current]) cells.set(f.cell, f.severity);
    bySheet.set(f.sheet, cells);
  }
  return bySheet;
}

function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

function fillKey(fill: OriginalFill): string {
  return `${fill.pattern}|${fill.color}`;
}

/** Loads the fills of many cells, a chunk of proxies per sync (never a sync per cell). */
async function loadFills(
  context: Excel.RequestContext,
  cells: { sheet: Excel.Worksheet; address: string }[],
): Promise<Excel.RangeFill[]> {
  const fills: Excel.RangeFill[] = [];
  for (const group of groupsOf(cells, CELL_PROXIES_PER_SYNC)) {
    for (const { sheet, address } of group) {
      const fill = sheet.getRange(address).format.fill;
      fill.load("color,pattern");
      fills.push(fill);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, bounded by the 5 MB limit
    await context.sync();
  }
  return fills;
}

/**
 * Fill writes through RangeAreas, one address list per call, sent a bounded number of calls per sync so
 * that no request nears the 5 MB limit.
 */
class FillWrites {
  private readonly calls: (() => void)[] = [];

  add(sheet: Excel.Worksheet, addresses: string[], apply: (fill: Excel.RangeFill) => void): void {
    for (const list of addressLists(addresses))
      this.calls.push(() => apply(sheet.getRanges(list).format.fill));
  }

  restore(sheet: Excel.Worksheet, records: [string, OriginalFill][]): void {
    const byFill = new Map<string, { fill: OriginalFill; addresses: string[] }>();
    for (const [address, fill] of records) {
      const group = byFill.get(fillKey(fill)) ?? { fill, addresses: [] };
      group.addresses.push(address);
      byFill.set(fillKey(fill), group);
    }
    for (const { fill, addresses } of byFill.values()) {
      this.add(sheet, addresses, (target) => {
        if (fill.pattern === "None") {
          target.clear();
          return;
        }
        target.color = fill.color;
        // Setting a colour makes a solid fill; any other pattern is set back as well.
        if (fill.pattern !== "Solid") target.pattern = fill.pattern as Excel.FillPattern;
      });
    }
  }

  async send(context: Excel.RequestContext): Promise<void> {
    for (const group of groupsOf(this.calls, ADDRESS_LISTS_PER_SYNC)) {
      group.forEach((call) => call());
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, bounded by the 5 MB limit
      await context.sync();
    }
  }
}

/**
 * Makes the workbook's highlights match `findings`: new cells are recorded and painted, cells no longer
 * flagged get their own fill back. With no findings it removes every highlight.
 */
export async function syncHighlights(
  host: ExcelHost,
  findings: readonly Finding[],
  severities: readonly Severity[] = ["error", "warning", "info"],
): Promise<HighlightResult> {
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const stored = await loadState(context);
    const state: SitovaState = stored.state;
    const wanted = targets(findings, severities);
    const sheetsById = new Map(worksheets.items.map((s) => [s.id, s]));
    const sheetsByName = new Map(worksheets.items.map((s) => [s.name, s]));

    // Every sheet that will be written to: flagged now, or holding highlights to remove.
    const touched = new Set<Excel.Worksheet>();
    for (const name of wanted.keys()) if (sheetsByName.has(name)) touched.add(sheetsByName.get(name)!);
    for (const id of Object.keys(state.highlights)) if (sheetsById.has(id)) touched.add(sheetsById.get(id)!);
    loadProtection([...touched]);
    await context.sync();
    assertSheetsWritable([...touched]);

    // Cells to record (new) and cells to restore (no longer flagged), with their current fills.
    const toRecord: { sheet: Excel.Worksheet; address: string; severity: Severity }[] = [];
    const toRestore: { sheet: Excel.Worksheet; address: string; record: HighlightRecord }[] = [];
    for (const sheet of touched) {
      const recorded = state.highlights[sheet.id] ?? {};
      const flagged = wanted.get(sheet.name) ?? new Map<string, Severity>();
      for (const [address, severity] of flagged)
        if (!recorded[address]) toRecord.push({ sheet, address, severity });
      for (const [address, record] of Object.entries(recorded))
        if (!flagged.has(address)) toRestore.push({ sheet, address, record });
    }
    // Records of sheets that were deleted meanwhile are dropped.
    for (const id of Object.keys(state.highlights)) if (!sheetsById.has(id)) delete state.highlights[id];

    const fills = await loadFills(context, [...toRecord, ...toRestore]);
    toRecord.forEach(({ sheet, address, severity }, i) => {
      const fill = fills[i];
      (state.highlights[sheet.id] ??= {})[address] = {
        original: { pattern: fill.pattern, color: fill.color },
        painted: HIGHLIGHT_FILLS[severity],
      };
    });

    // Saved before any fill changes, with the new cells' own fills and the old records still in: if a
    // write fails half-way, every painted cell can still be restored.
    queueSaveState(context, stored);
    const writes = new FillWrites();
    const restoreBySheet = new Map<Excel.Worksheet, [string, OriginalFill][]>();
    toRestore.forEach(({ sheet, address, record }, i) => {
      delete state.highlights[sheet.id][address];
      // A cell whose fill the user changed since we painted keeps the user's fill.
      if (!sameColor(fills[toRecord.length + i].color, record.painted)) return;
      const records = restoreBySheet.get(sheet) ?? [];
      records.push([address, record.original]);
      restoreBySheet.set(sheet, records);
    });
    for (const [sheet, records] of restoreBySheet) writes.restore(sheet, records);
    let painted = 0;
    for (const sheet of touched) {
      const flagged = wanted.get(sheet.name);
      if (!flagged) continue;
      for (const severity of Object.keys(HIGHLIGHT_FILLS) as Severity[]) {
        const addresses = [...flagged].filter(([, s]) => s === severity).map(([a]) => a);
        for (const address of addresses)
          state.highlights[sheet.id][address].painted = HIGHLIGHT_FILLS[severity];
        writes.add(sheet, addresses, (fill) => (fill.color = HIGHLIGHT_FILLS[severity]));
        painted += addresses.length;
      }
      if (Object.keys(state.highlights[sheet.id] ?? {}).length === 0) delete state.highlights[sheet.id];
    }
    context.runtime.enableEvents = false; // our own writes must not trigger live validation
    try {
      await writes.send(context);
      queueSaveState(context, stored);
    } finally {
      context.runtime.enableEvents = true;
      await context.sync();
    }
    return { painted, restored: [...restoreBySheet.values()].reduce((n, r) => n + r.length, 0) };
  });
}

/** Removes every highlight and restores each cell's own fill. */
export function clearHighlights(host: ExcelHost): Promise<HighlightResult> {
  return syncHighlights(host, []);
}
