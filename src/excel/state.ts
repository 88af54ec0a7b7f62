/**
 * What Sitova remembers in the workbook itself, so that it survives closing and reopening: the fills it
 * painted over (to restore them exactly), the sheets it owns and the reviewer's rule settings. Kept as
 * JSON in one custom XML part (ExcelApi 1.5) that travels with the file and leaves no trace in cells.
 */
import type { RuleSetting } from "../domain";

export const STATE_NAMESPACE = "urn:sitova:state:1";

/**
 * A cell's fill before Sitova painted it: its pattern (`None` = no fill) and colour as Excel reports them.
 * A theme colour comes back as the RGB Excel shows, so it is restored as that RGB.
 */
export interface OriginalFill {
  pattern: string;
  color: string;
}

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
  /** Sheet id → cell address → record. Ids, not names, so that renaming a sheet loses nothing. */
  highlights: Record<string, Record<string, HighlightRecord>>;
  /** Ids of the sheets Sitova created; only these are ever cleared or replaced. */
  ownSheets: { report?: string; summary?: string };
  ruleSettings: Record<string, RuleSetting>;
  /** The input rules (data validations) Sitova installed; absent when none. */
  inputRules?: InputRuleRecord[];
}

export function emptyState(): SitovaState {
  return { version: 1, highlights: {}, ownSheets: {}, ruleSettings: {} };
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
    return { ...emptyState(), ...parsed, highlights: restoreHighlights(parsed.highlights ?? {}), version: 1 };
  } catch {
    return emptyState();
  }
}

/** The state part, loaded in two syncs (the part list, then its XML). */
export interface StatePart {
  state: SitovaState;
  part: Excel.CustomXmlPart | null;
}

export async function loadState(context: Excel.RequestContext): Promise<StatePart> {
  const found = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).getOnlyItemOrNullObject();
  found.load("id");
  await context.sync();
  if (found.isNullObject) return { state: emptyState(), part: null };
  const xml = found.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
  return { state: stateFromXml(xml.value), part: found };
}

/** Queues the write of the state; it happens with the caller's next sync. */
export function queueSaveState(context: Excel.RequestContext, stored: StatePart): void {
  const xml = stateToXml(stored.state);
  if (stored.part) stored.part.setXml(xml);
  else stored.part = context.workbook.customXmlParts.add(xml);
}
