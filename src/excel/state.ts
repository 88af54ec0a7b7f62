/**
 * What Sitova remembers in the workbook itself, so that it survives closing and reopening: the reviewer's
 * rule settings, the findings reviewers ignored (with reasons), whether to write the report sheet, and the
 * input rules it installed. Kept as JSON in one custom XML part (ExcelApi 1.5) that
 * travels with the file and leaves no trace in cells. Custom XML parts are not part of Excel's undo
 * (office-js #6415), so nothing a check writes lives here: highlights are conditional formats and own
 * sheets carry a tag (see highlights.ts, ownSheets.ts).
 *
 * Earlier versions painted fills and recorded each cell's own fill here (`highlights`), and recorded their
 * sheets by id (`ownSheets`). Those fill records are read only to restore the fills once (highlights.ts),
 * then dropped; sheet ids are ignored (an id can be reused by a user's new sheet on Excel for Mac).
 */
import type { IgnoreRecord, RuleSetting } from "../domain";
import { ignoreKey } from "../domain";

export const STATE_NAMESPACE = "urn:sitova:state:1";

/**
 * A cell's fill before Sitova painted it: its pattern (`None` = no fill) and colour as Excel reports them.
 * A theme colour comes back as the RGB Excel shows, so it is restored as that RGB.
 */
export interface OriginalFill {
  pattern: string;
  color: string;
}

/** A fill record of an earlier version, read only to restore it once. */
export interface HighlightRecord {
  original: OriginalFill;
  /** The colour Sitova painted; a cell whose fill the user changed since is left as the user made it. */
  painted: string;
}

/** A data validation Sitova installed (input rules), so that removing takes away exactly these. */
export interface InputRuleRecord {
  sheetId: string;
  /** The range, e.g. `E5:E12`. */
  address: string;
  kind: "forecast" | "recovery" | "numeric";
  /** What was installed: the validation type and the input message, to recognise it still as ours. */
  type: string;
  prompt: string;
}

export interface SitovaState {
  version: 1;
  /** Fill records of an earlier version: sheet id → cell address → record; empty once restored. */
  highlights: Record<string, Record<string, HighlightRecord>>;
  ruleSettings: Record<string, RuleSetting>;
  /** The input rules (data validations) Sitova installed; absent when none. */
  inputRules?: InputRuleRecord[];
  /** Findings the reviewers chose to ignore, with their reasons; absent when none. */
  ignored?: IgnoreRecord[];
  /** Write the report sheet with every check ("Kirjoita tarkistusraportti välilehdelle"); off when absent. */
  writeReport?: boolean;
}

export function emptyState(): SitovaState {
  return { version: 1, highlights: {}, ruleSettings: {} };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Highlights as stored: per sheet, one entry per original fill and painted colour, cells as column runs. */
interface StoredHighlights {
  pattern: string;
  color: string;
  painted: string;
  /** `D4:D9,F12`: the cells, consecutive rows of a column written as one range. */
  cells: string;
}

/** `D4, D5, D6, F12` → `D4:D6,F12`; flagged cells run down columns, so 50 000 of them take a few bytes. */
export function compactCells(addresses: Iterable<string>): string {
  const rowsByColumn = new Map<string, number[]>();
  for (const address of addresses) {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const rows = rowsByColumn.get(column) ?? [];
    rows.push(Number(row));
    rowsByColumn.set(column, rows);
  }
  const runs: string[] = [];
  for (const [column, rows] of rowsByColumn) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      runs.push(i === j ? `${column}${rows[i]}` : `${column}${rows[i]}:${column}${rows[j]}`);
      i = j + 1;
    }
  }
  return runs.join(",");
}

export function expandCells(compact: string): string[] {
  const cells: string[] = [];
  for (const run of compact.split(",").filter(Boolean)) {
    const [, column, first, last] = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(run)!;
    for (let row = Number(first); row <= Number(last ?? first); row++) cells.push(`${column}${row}`);
  }
  return cells;
}

function storeHighlights(highlights: SitovaState["highlights"]): Record<string, StoredHighlights[]> {
  const stored: Record<string, StoredHighlights[]> = {};
  for (const [sheetId, cells] of Object.entries(highlights)) {
    const groups = new Map<string, { record: HighlightRecord; addresses: string[] }>();
    for (const [address, record] of Object.entries(cells)) {
      const key = `${record.original.pattern}|${record.original.color}|${record.painted}`;
      const group = groups.get(key) ?? { record, addresses: [] };
      group.addresses.push(address);
      groups.set(key, group);
    }
    stored[sheetId] = [...groups.values()].map(({ record, addresses }) => ({
      pattern: record.original.pattern,
      color: record.original.color,
      painted: record.painted,
      cells: compactCells(addresses),
    }));
  }
  return stored;
}

function restoreHighlights(stored: Record<string, StoredHighlights[]>): SitovaState["highlights"] {
  const highlights: SitovaState["highlights"] = {};
  for (const [sheetId, groups] of Object.entries(stored)) {
    const cells: Record<string, HighlightRecord> = (highlights[sheetId] = {});
    for (const group of groups) {
      const record = { original: { pattern: group.pattern, color: group.color }, painted: group.painted };
      for (const address of expandCells(group.cells)) cells[address] = record;
    }
  }
  return highlights;
}

export function stateToXml(state: SitovaState): string {
  const stored = { ...state, highlights: storeHighlights(state.highlights) };
  return `<sitova xmlns="${STATE_NAMESPACE}">${escapeXml(JSON.stringify(stored))}</sitova>`;
}

/** Reads the part's XML; a damaged or foreign part gives an empty state rather than an error. */
export function stateFromXml(xml: string): SitovaState {
  const body = /<sitova[^>]*>([\s\S]*)<\/sitova>/.exec(xml)?.[1];
  if (!body) return emptyState();
  try {
    const parsed = JSON.parse(unescapeXml(body)) as Partial<Omit<SitovaState, "highlights">> & {
      highlights?: Record<string, StoredHighlights[]>;
    };
    // Only the fields this version knows: an earlier version's `ownSheets` is dropped on the next save.
    const state: SitovaState = {
      version: 1,
      highlights: restoreHighlights(parsed.highlights ?? {}),
      ruleSettings: parsed.ruleSettings ?? {},
    };
    if (parsed.inputRules) state.inputRules = parsed.inputRules;
    const ignored = cleanIgnores(parsed.ignored);
    if (ignored.length) state.ignored = ignored;
    if (parsed.writeReport === true) state.writeReport = true;
    return state;
  } catch {
    return emptyState();
  }
}

/** Keeps only well-formed ignore records: a part edited by hand or by another version must not break a check. */
export function cleanIgnores(raw: unknown): IgnoreRecord[] {
  if (!Array.isArray(raw)) return [];
  const text = (v: unknown) => typeof v === "string";
  return raw
    .filter(
      (r): r is IgnoreRecord =>
        !!r &&
        typeof r === "object" &&
        (r.sheet === null || text(r.sheet)) &&
        text(r.rule) &&
        text(r.place) &&
        text(r.value) &&
        text(r.reason),
    )
    .map((r) => ({
      sheet: r.sheet,
      rule: r.rule,
      place: r.place,
      value: r.value,
      reason: r.reason,
      goal: typeof r.goal === "string" ? r.goal : null,
    }));
}

/**
 * The state parts of the workbook. There should be one; a workbook written while two runs raced (before
 * the one queue) may hold several, and `getOnlyItemOrNullObject` is then null (@types/office-js,
 * ExcelApi 1.5), so every part is read and they are merged; the next save keeps one.
 */
export interface StateParts {
  collection: Excel.CustomXmlPartScopedCollection;
  xml: OfficeExtension.ClientResult<string>[];
}

/** Queues the load of the state parts' list (first sync). */
export function queueStateParts(context: Excel.RequestContext): StateParts {
  const collection = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  collection.load("items/id");
  return { collection, xml: [] };
}

/** Queues the load of each part's XML (second sync). */
export function queueStateXml(parts: StateParts): void {
  parts.xml = parts.collection.items.map((part) => part.getXml());
}

/** The state, several parts merged: every record of each, the first part's setting where they differ. */
export function mergeStates(states: SitovaState[]): SitovaState {
  const merged = emptyState();
  for (const state of [...states].reverse()) {
    for (const [sheetId, cells] of Object.entries(state.highlights))
      merged.highlights[sheetId] = { ...merged.highlights[sheetId], ...cells };
    merged.ruleSettings = { ...merged.ruleSettings, ...state.ruleSettings };
    if (state.inputRules) {
      const known = new Set((merged.inputRules ?? []).map((r) => `${r.sheetId}|${r.address}`));
      const added = state.inputRules.filter((r) => !known.has(`${r.sheetId}|${r.address}`));
      merged.inputRules = [...(merged.inputRules ?? []), ...added];
    }
    if (state.ignored) {
      const known = new Set((merged.ignored ?? []).map(ignoreKey));
      merged.ignored = [...(merged.ignored ?? []), ...state.ignored.filter((r) => !known.has(ignoreKey(r)))];
    }
    if (state.writeReport !== undefined) merged.writeReport = state.writeReport;
  }
  return merged;
}

/** The state as loaded, with the parts it came from; `queueSaveState` writes it back as one part. */
export interface StatePart {
  state: SitovaState;
  part: Excel.CustomXmlPart | null;
  /** Further parts, merged into `state`; deleted on save. */
  extra: Excel.CustomXmlPart[];
}

/** The state from loaded parts (after `queueStateXml` and a sync). */
export function stateOf(parts: StateParts): StatePart {
  const items = parts.collection.items;

  const states = parts.xml.map((xml) => stateFromXml(xml.value));
  return { state: mergeStates(states), part: items[0] ?? null, extra: items.slice(1) };
}

/** Whether the workbook holds more than one state part (they are merged into one on the next save). */
export function hasExtraParts(stored: StatePart): boolean {
  return stored.extra.length > 0;
}

/** Loads the state in two syncs (the part list, then their XML). */
export async function loadState(context: Excel.RequestContext): Promise<StatePart> {
  const parts = queueStateParts(context);
  await context.sync();
  queueStateXml(parts);
  await context.sync();
  return stateOf(parts);
}

/** Queues the write of the state as one part; it happens with the caller's next sync. */
export function queueSaveState(context: Excel.RequestContext, stored: StatePart): void {
  const xml = stateToXml(stored.state);
  if (stored.part) stored.part.setXml(xml);
  else stored.part = context.workbook.customXmlParts.add(xml);
  stored.extra.forEach((part) => part.delete());
  stored.extra = [];
}
