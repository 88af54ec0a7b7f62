/**
 * Highlights: a conditional format per rectangle of flagged cells, its fill by severity. A conditional
 * format changes none of the cell's own formats: Excel draws it over them
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting). So nothing of the
 * user's needs saving or restoring, and no fill can be restored wrong: "no fill" and a white fill read the
 * same (office-js #4900, #6218), gradients cannot be set, theme tints come back as RGB.
 *
 * Sitova's formats are recognised by their rule alone: a custom rule `=N("Sitova error")=0`, true in every
 * cell (`N` of a text is 0), read back through `rule.formula`. That mark travels with a copied sheet and
 * with the file, needs no sheet id, and is the same for every co-author. Removing deletes exactly the
 * formats with the mark; a user's conditional formats are never touched.
 *
 * No address lists: `getRanges("E5,E7")` fails where the list separator is `;` (Finnish Windows; office-js
 * #1167, #1985) and long lists fail unpredictably (#5198, #4263). Each rectangle is one `getRange`.
 */
import type { Finding, Severity } from "../domain";
import { cellAddress, parseCellAddress } from "../domain";
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";
import type { HighlightRecord, SitovaState, StatePart } from "./state";
import { compactCells, hasExtraParts, queueSaveState, stateOf, stateToXml } from "./state";
import { WriteBatch, utf8Bytes } from "./chunks";
import type { SheetEntry, WorkbookLayout } from "./workbookRead";
import { loadLayout } from "./workbookRead";
import { ruleFormula, ruleSeverity } from "./highlightMark";

export { isSitovaRule, ruleFormula } from "./highlightMark";

/** Light fills that keep black text readable (WCAG AA); the severity is also in the report sheet. */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/** Sheet name → cell → the highest severity of its findings. */
export function highlightTargets(
  findings: readonly Finding[],
  severities: readonly Severity[] = SEVERITY_ORDER,
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

export interface HighlightArea {
  /** `D4:F9` or `D4`. */
  address: string;
  severity: Severity;
}

/**
 * The flagged cells as few rectangles as simply found: runs down each column, then equal runs of
 * neighbouring columns side by side. Flagged cells run down columns, so 1 000 findings make far fewer
 * formats than cells.
 */
export function highlightAreas(cells: ReadonlyMap<string, Severity>): HighlightArea[] {
  const areas: HighlightArea[] = [];
  for (const severity of SEVERITY_ORDER) {
    const addresses = [...cells].filter(([, s]) => s === severity).map(([a]) => a);
    // Column runs, keyed by their rows, then merged across consecutive columns.
    const columnsByRows = new Map<string, number[]>();
    for (const run of compactCells(addresses).split(",").filter(Boolean)) {
      const [first, last = first] = run.split(":");
      const start = parseCellAddress(first);
      const end = parseCellAddress(last);
      const key = `${start.row}:${end.row}`;
      columnsByRows.set(key, [...(columnsByRows.get(key) ?? []), start.column]);
    }
    for (const [key, columns] of columnsByRows) {
      const [top, bottom] = key.split(":").map(Number);
      columns.sort((a, b) => a - b);
      for (let i = 0; i < columns.length;) {
        let j = i;
        while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
        const start = cellAddress(top, columns[i]);
        const end = cellAddress(bottom, columns[j]);
        areas.push({ address: start === end ? start : `${start}:${end}`, severity });
        i = j + 1;
      }
    }
  }
  return areas;
}

/** Queues one conditional format per area: Sitova's mark and the severity's fill. */
export function queueAddHighlights(sheet: Excel.Worksheet, areas: readonly HighlightArea[]): void {
  for (const { address, severity } of areas) {
    const format = sheet.getRange(address).conditionalFormats.add("Custom");
    format.custom.rule.formula = ruleFormula(severity);
    format.custom.format.fill.color = HIGHLIGHT_FILLS[severity];
  }
}

/** Queues deleting Sitova's conditional formats (loaded with their rule formula). */
export function queueDeleteHighlights(formats: readonly Excel.ConditionalFormat[]): void {
  for (const format of formats) format.delete();
}

// ---- earlier versions' fills ------------------------------------------------------------------------

/** A painted cell of an earlier version, with its fill as loaded now. */
interface LegacyCell {
  sheet: Excel.Worksheet;
  address: string;
  record: HighlightRecord;
  fill: Excel.RangeFill;
}

export interface LegacyFills {
  cells: LegacyCell[];
}

/**
 * Queues the load of the current fill of every cell an earlier version painted, on the sheets that still
 * exist. Those records are keyed by sheet id; a cell is restored only while it still shows the exact
 * colour Sitova painted, so a reused id (Excel for Mac) cannot change a user's cell.
 */
export function queueLegacyFills(
  state: SitovaState,
  sheets: readonly { id: string; sheet: Excel.Worksheet }[],
): LegacyFills {
  const cells: LegacyCell[] = [];
  for (const { id, sheet } of sheets) {
    for (const [address, record] of Object.entries(state.highlights[id] ?? {})) {
      const fill = sheet.getRange(address).format.fill;
      fill.load("color");
      cells.push({ sheet, address, record, fill });
    }
  }
  return { cells };
}

/**
 * Plans giving each still-painted cell its own fill back, cells of one fill as column runs, and drops the
 * records from the state. Returns how many cells it restores and the writes to queue.
 */
export function planLegacyRestore(
  legacy: LegacyFills,
  state: SitovaState,
): { restored: number; queue: () => void } {
  const groups = new Map<string, { sheet: Excel.Worksheet; record: HighlightRecord; addresses: string[] }>();
  for (const cell of legacy.cells) {
    if ((cell.fill.color ?? "").toUpperCase() !== cell.record.painted.toUpperCase()) continue;
    const { pattern, color } = cell.record.original;
    const key = `${cell.sheet.id}|${pattern}|${color}`;
    const group = groups.get(key) ?? { sheet: cell.sheet, record: cell.record, addresses: [] };
    group.addresses.push(cell.address);
    groups.set(key, group);
  }
  state.highlights = {};
  const queue = () => {
    for (const { sheet, record, addresses } of groups.values()) {
      for (const run of compactCells(addresses).split(",")) {
        const fill = sheet.getRange(run).format.fill;
        if (record.original.pattern === "None") {
          fill.clear();
          continue;
        }
        fill.color = record.original.color;
        // Setting a colour makes a solid fill; any other pattern is set back as well.
        if (record.original.pattern !== "Solid") fill.pattern = record.original.pattern as Excel.FillPattern;
      }
    }
  };
  return { restored: [...groups.values()].reduce((n, g) => n + g.addresses.length, 0), queue };
}

export function hasLegacyFills(state: SitovaState): boolean {
  return Object.keys(state.highlights).length > 0;
}

// ---- making the workbook's highlights match the findings --------------------------------------------

export interface HighlightResult {
  /** Cells highlighted now. */
  painted: number;
  /** Sitova formats deleted. */
  removed: number;
  /** Cells given back their own fill from an earlier version's records. */
  restored: number;
}

/** The sheets whose highlights change: those with Sitova formats or flagged cells (within `only`). */
function changedSheets(
  sheets: readonly SheetEntry[],
  wanted: ReadonlyMap<string, ReadonlyMap<string, Severity>>,
  only?: ReadonlySet<string>,
): SheetEntry[] {
  return sheets.filter(
    (s) => (!only || only.has(s.name)) && (s.highlights.length > 0 || (!s.own && wanted.has(s.name))),
  );
}

/** Throws before anything is written when a sheet whose highlights change is protected. */
export function assertHighlightsWritable(
  sheets: readonly SheetEntry[],
  wanted: ReadonlyMap<string, ReadonlyMap<string, Severity>>,
  only?: ReadonlySet<string>,
): void {
  const locked = changedSheets(sheets, wanted, only).filter((s) => s.protected);
  if (locked.length)
    throw new SitovaExcelError(
      "protected-sheet",
      locked.map((s) => s.name),
    );
}

/**
 * Queues replacing Sitova's formats on each sheet (within `only`) with one per rectangle of its flagged
 * cells. Own sheets get none. Returns the cells painted and the formats deleted.
 */
export function queueHighlightChanges(
  batch: WriteBatch,
  sheets: readonly SheetEntry[],
  wanted: ReadonlyMap<string, ReadonlyMap<string, Severity>>,
  only?: ReadonlySet<string>,
): { painted: number; removed: number } {
  let painted = 0;
  let removed = 0;
  for (const entry of changedSheets(sheets, wanted, only)) {
    const old = entry.highlights;
    if (old.length) batch.add(120 * old.length, () => queueDeleteHighlights(old));
    removed += old.length;
    const cells = entry.own ? undefined : wanted.get(entry.name);
    if (!cells) continue;
    const areas = highlightAreas(cells);
    batch.add(400 * areas.length, () => queueAddHighlights(entry.sheet, areas));
    painted += cells.size;
  }
  return { painted, removed };
}

/** One of Sitova's formats with the range it applies to (`getRangeOrNullObject`, loaded). */
export interface PlacedHighlight {
  format: Excel.ConditionalFormat;
  /** Null when the format applies to several areas (then it is replaced). */
  range: Excel.Range;
}

/** Queues the load of the range of each of a sheet's Sitova formats, for `queueHighlightDiff`. */
export function queueHighlightRanges(entry: SheetEntry): PlacedHighlight[] {
  return entry.highlights.map((format) => {
    const range = format.getRangeOrNullObject();
    range.load("address");
    return { format, range };
  });
}

/**
 * Queues only the difference between a sheet's Sitova formats (with their ranges loaded) and its flagged
 * cells: formats whose rectangle and severity are still wanted stay, the others go, missing ones are
 * added. One edited cell changes a few formats instead of all of them. Returns formats added and deleted.
 */
export function queueHighlightDiff(
  batch: WriteBatch,
  entry: SheetEntry,
  placed: readonly PlacedHighlight[],
  cells: ReadonlyMap<string, Severity> | undefined,
): { added: number; removed: number } {
  const missing = new Map(highlightAreas(cells ?? new Map()).map((a) => [`${a.address}|${a.severity}`, a]));
  const stale: Excel.ConditionalFormat[] = [];
  for (const { format, range } of placed) {
    const address = range.isNullObject ? null : range.address.split("!").pop()!.replace(/\$/g, "");
    const key = `${address}|${ruleSeverity(format.customOrNullObject.rule.formula)}`;
    if (address !== null && missing.delete(key)) continue;
    stale.push(format);
  }
  const areas = [...missing.values()];
  if (stale.length) batch.add(120 * stale.length, () => queueDeleteHighlights(stale));
  if (areas.length) batch.add(400 * areas.length, () => queueAddHighlights(entry.sheet, areas));
  return { added: areas.length, removed: stale.length };
}

/**
 * Makes the workbook's highlights match `findings` in one run of three syncs: the layout (two), the
 * writes (one per request-size chunk). An earlier version's fill records are restored once (one more
 * sync to read the fills) and dropped; several state parts become one.
 */
export async function syncHighlights(
  host: ExcelHost,
  findings: readonly Finding[],
  severities: readonly Severity[] = SEVERITY_ORDER,
): Promise<HighlightResult> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: false });
    const stored = stateOf(layout.parts);
    const wanted = highlightTargets(findings, severities);
    assertHighlightsWritable(layout.sheets, wanted);
    const batch = new WriteBatch();
    const restored = await queueMigration(context, batch, layout, stored);
    const { painted, removed } = queueHighlightChanges(batch, layout.sheets, wanted);
    await batch.send(context);
    return { painted, removed, restored };
  });
}

/** Removes every Sitova highlight, on every sheet (copies included). */
export function clearHighlights(host: ExcelHost): Promise<HighlightResult> {
  return syncHighlights(host, []);
}

/**
 * Queues the one-time migration of an earlier version's state: its fill records restored (their fills are
 * read first, in one sync) and several state parts merged into one. Returns the cells restored.
 */
export async function queueMigration(
  context: Excel.RequestContext,
  batch: WriteBatch,
  layout: WorkbookLayout,
  stored: StatePart,
): Promise<number> {
  const migrate = hasLegacyFills(stored.state);
  if (!migrate && !hasExtraParts(stored)) return 0;
  let restored = 0;
  if (migrate) {
    const fills = queueLegacyFills(stored.state, layout.sheets);
    await context.sync();
    const painted = new Set(fills.cells.map((c) => c.sheet));
    const locked = layout.sheets.filter((s) => s.protected && painted.has(s.sheet));
    if (locked.length)
      throw new SitovaExcelError(
        "protected-sheet",
        locked.map((s) => s.name),
      );
    const plan = planLegacyRestore(fills, stored.state);
    batch.add(100 * fills.cells.length, plan.queue);
    restored = plan.restored;
  }
  batch.add(utf8Bytes(stateToXml(stored.state)), () => queueSaveState(context, stored));
  return restored;
}
