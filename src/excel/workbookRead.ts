/**
 * Reading the open workbook inside a caller's `Excel.run`, in a fixed number of syncs whatever its size:
 * 1. the sheet list (names, ids, protection) and the list of Sitova's state parts;
 * 2. per sheet: its own-sheet tag, its used range, merged areas and Sitova's conditional formats, and the
 *    state parts' XML;
 * 3. the values and number formats of the users' sheets, as many cells per sync as stay well under the
 *    5 MB response limit of Excel on the web (learn.microsoft.com/office/dev/add-ins/concepts/
 *    resource-limits-and-performance-optimization), halving a sync that still comes back too large.
 * Sitova's own sheets (the report, the summary) are never read. A used range reaching column XFD or row
 * 1 048 576 comes back as whole rows or columns (learn.microsoft.com/javascript/api/excel/excel.rangeareas):
 * such a sheet is first probed block by block for the parts that hold values, in one more sync, so that
 * a stray value far away neither makes the read crawl nor asks Excel for millions of empty cells.
 *
 * Hidden rows and columns are not read: the engine validates hidden cells like any other and uses neither.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../domain";
import { parseAreaAddress } from "../domain";
import type { IsSetSupported } from "./host";
import type { OwnSheetKind } from "./ownSheets";
import { OWN_SHEET_KINDS, queueOwnSheetTags } from "./ownSheets";
import type { StateParts } from "./state";
import { queueStateParts, queueStateXml } from "./state";
import { isSitovaRule } from "./highlightMark";

/** Merged areas need ExcelApi 1.13; without it a merged value counts only in its top-left cell. */
export function supportsMergedAreas(isSetSupported: IsSetSupported): boolean {
  return isSetSupported("ExcelApi", "1.13");
}

/** Cells per values sync: 20 000 cells of 150 characters with their types and formats ≈ 3.5 MB. */
export const READ_SYNC_CELLS = 20_000;
/** A used range wider or taller than this is probed for the blocks that hold values before reading. */
const PROBE_COLUMNS = 256;
const PROBE_ROWS = 100_000;
/** Probe blocks per sheet side, so that a whole sheet is at most 64 × 64 look-ups in one sync. */
const PROBE_SPLITS = 64;

export interface SheetEntry {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  readonly protected: boolean;
  /** Sitova's own sheet of this kind, recognised by its tag; null for a user's sheet. */
  own: OwnSheetKind | null;
  /** The used range (values only), 1-based; null for a blank sheet. */
  used: CellArea | null;
  merges: CellArea[];
  /** Sitova's conditional formats on the sheet (its highlights), to delete or keep. */
  highlights: Excel.ConditionalFormat[];
}

export interface WorkbookLayout {
  sheets: SheetEntry[];
  workbookProtected: boolean;
  parts: StateParts;
}

export interface LayoutOptions {
  /** Read merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Look only at these sheets (by id) for used ranges and highlights; all sheets by default. */
  sheetIds?: readonly string[];
}

/** Steps 1 and 2: two syncs. */
export async function loadLayout(
  context: Excel.RequestContext,
  options: LayoutOptions,
): Promise<WorkbookLayout> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/protection/protected");
  const protection = context.workbook.protection;
  protection.load("protected");
  const parts = queueStateParts(context);
  await context.sync();

  queueStateXml(parts);
  const wanted = worksheets.items.filter((s) => !options.sheetIds || options.sheetIds.includes(s.id));
  const pending = wanted.map((sheet) => {
    const tags = queueOwnSheetTags(sheet);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = options.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    const formats = queueSitovaFormats(sheet);
    return { sheet, tags, used, merged, formats };
  });
  await context.sync();

  const sheets = pending.map(({ sheet, tags, used, merged, formats }): SheetEntry => ({
    sheet,
    name: sheet.name,
    id: sheet.id,
    protected: sheet.protection.protected,
    own: OWN_SHEET_KINDS.find((kind) => !tags[kind].isNullObject) ?? null,
    used: used.isNullObject ? null : usedArea(used),
    merges: merged && !merged.isNullObject ? parseAreaList(merged.address) : [],
    highlights: formats.items.filter(
      (f) => f.type === "Custom" && isSitovaRule(f.customOrNullObject.rule.formula),
    ),
  }));
  return { sheets, workbookProtected: protection.protected, parts };
}

/** Queues the load of a sheet's conditional formats with what tells Sitova's apart (their rule formula). */
export function queueSitovaFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type,items/customOrNullObject/rule/formula");
  return formats;
}

/** The 1-based area of a loaded range, from its indexes: its address may be whole rows (`1:20`). */
export function usedArea(range: Excel.Range): CellArea {
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

/**
 * `'Enn 2'!A1:B3, Enn2!C4` → areas, without the sheet names (which may themselves hold commas). Whole
 * columns (`A:C`) and whole rows (`1:20`), as Excel gives areas reaching the sheet's edge, are expanded.
 */
export function parseAreaList(address: string): CellArea[] {
  const part =
    /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?=,|\s|$)/g;
  return [...address.matchAll(part)].map((m) => parseArea(m[1].replace(/\$/g, "")));
}

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

function parseArea(text: string): CellArea {
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: LAST_COLUMN };
  const columns = /^([A-Za-z]+):([A-Za-z]+)$/.exec(text);
  if (columns) {
    const { left, right } = parseAreaAddress(`${columns[1]}1:${columns[2]}1`);
    return { top: 1, bottom: LAST_ROW, left, right };
  }
  return parseAreaAddress(text);
}

/** Excel shows an error as its code in `values` and marks it in `valueTypes`. */
export function cellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

// ---- step 3: values ---------------------------------------------------------------------------------

/** A rectangle of one sheet to read, 1-based. */
interface Rect {
  sheet: number;
  area: CellArea;
}

/** Rows of a rectangle read in one go. */
interface Chunk {
  sheet: number;
  area: CellArea;
  range?: Excel.Range;
}

const cells = (area: CellArea) => (area.bottom - area.top + 1) * (area.right - area.left + 1);

function needsProbe(area: CellArea): boolean {
  return area.right - area.left + 1 > PROBE_COLUMNS || area.bottom - area.top + 1 > PROBE_ROWS;
}

/** Splits `from..to` into at most PROBE_SPLITS spans of at least `minimum`. */
function spans(from: number, to: number, minimum: number): [number, number][] {
  const size = Math.max(minimum, Math.ceil((to - from + 1) / PROBE_SPLITS));
  const result: [number, number][] = [];
  for (let start = from; start <= to; start += size) result.push([start, Math.min(to, start + size - 1)]);
  return result;
}

/**
 * The rectangles that hold values. A huge used range is split into blocks and each block's own used
 * range is asked for, all in one sync; the others are read whole.
 */
async function valueRects(context: Excel.RequestContext, entries: SheetEntry[]): Promise<Rect[]> {
  const rects: Rect[] = [];
  const probes: { sheet: number; range: Excel.Range }[] = [];
  entries.forEach((entry, sheet) => {
    const area = entry.used;
    if (!area) return;
    if (!needsProbe(area)) {
      rects.push({ sheet, area });
      return;
    }
    for (const [top, bottom] of spans(area.top, area.bottom, 10_000))
      for (const [left, right] of spans(area.left, area.right, PROBE_COLUMNS)) {
        const block = entry.sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
        const range = block.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        probes.push({ sheet, range });
      }
  });
  if (probes.length === 0) return rects;
  await context.sync();
  for (const { sheet, range } of probes)
    if (!range.isNullObject) rects.push({ sheet, area: usedArea(range) });
  return rects;
}

/** Packs row slices of the rectangles into syncs of at most `maxCells` cells. */
function planSyncs(rects: Rect[], maxCells: number): Chunk[][] {
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let count = 0;
  for (const { sheet, area } of rects) {
    const width = area.right - area.left + 1;
    const perChunk = Math.max(1, Math.floor(maxCells / width));
    for (let top = area.top; top <= area.bottom; top += perChunk) {
      const chunk = { sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + perChunk - 1) } };
      if (current.length && count + cells(chunk.area) > maxCells) {
        syncs.push(current);
        current = [];
        count = 0;
      }
      current.push(chunk);
      count += cells(chunk.area);
    }
  }
  if (current.length) syncs.push(current);
  return syncs;
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Two syncs covering the same cells as one, or null when it is a single row already. */
function splitSync(chunks: Chunk[]): Chunk[][] | null {
  if (chunks.length > 1) {
    const middle = Math.ceil(chunks.length / 2);
    return [chunks.slice(0, middle), chunks.slice(middle)];
  }
  const [{ sheet, area }] = chunks;
  if (area.bottom === area.top) return null;
  const middle = area.top + Math.ceil((area.bottom - area.top + 1) / 2) - 1;
  return [[{ sheet, area: { ...area, bottom: middle } }], [{ sheet, area: { ...area, top: middle + 1 } }]];
}

/** Writes `row` into a grid row at `offset`, leaving earlier gaps empty. */
function place<T>(target: T[], offset: number, row: T[], empty: T): void {
  while (target.length < offset) target.push(empty);
  for (let i = 0; i < row.length; i++) target[offset + i] = row[i];
}

export interface ReadValuesOptions {
  chunkCells?: number;
  /** Queues more loads into the first values sync (it is sent even when there are no values to read). */
  alongside?: () => void;
}

/**
 * Step 3: the snapshots of `entries`, one sync per `chunkCells` cells (one more when a sheet must be
 * probed). Throws what Excel throws, except a payload too large, which is read again in halves.
 */
export async function readSheetValues(
  context: Excel.RequestContext,
  entries: SheetEntry[],
  options: ReadValuesOptions = {},
): Promise<SheetSnapshot[]> {
  options.alongside?.();
  const pending = planSyncs(await valueRects(context, entries), options.chunkCells ?? READ_SYNC_CELLS);
  const values: CellValue[][][] = entries.map(() => []);
  const formats: string[][][] = entries.map(() => []);
  if (pending.length === 0) await context.sync();
  while (pending.length > 0) {
    const chunks = pending.shift()!;
    for (const chunk of chunks) {
      const { top, left, bottom, right } = chunk.area;
      chunk.range = entries[chunk.sheet].sheet.getRangeByIndexes(
        top - 1,
        left - 1,
        bottom - top + 1,
        right - left + 1,
      );
      chunk.range.load("values,valueTypes,numberFormat");
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, bounded by the 5 MB limit
      await context.sync();
    } catch (error) {
      // Cells longer than the chunk size assumes: read the same rows again in halves.
      const halves = isPayloadTooLarge(error) ? splitSync(chunks) : null;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    for (const chunk of chunks) {
      const origin = entries[chunk.sheet].used!;
      const { values: v, valueTypes: t, numberFormat: f } = chunk.range!;
      const rowOffset = chunk.area.top - origin.top;
      const columnOffset = chunk.area.left - origin.left;
      for (let r = 0; r < v.length; r++) {
        const rowValues = (values[chunk.sheet][rowOffset + r] ??= []);
        const rowFormats = (formats[chunk.sheet][rowOffset + r] ??= []);
        place(
          rowValues,
          columnOffset,
          v[r].map((value, c) => cellValue(value, t[r][c])),
          null,
        );
        place(
          rowFormats,
          columnOffset,
          f[r].map((format) => String(format)),
          "General",
        );
      }
    }
  }
  return entries.map((entry, i) => sheetSnapshot(entry, values[i], formats[i]));
}

function sheetSnapshot(entry: SheetEntry, values: CellValue[][], formats: string[][]): SheetSnapshot {
  const used = entry.used;
  // A probed sheet may have rows no block covered: they are empty. Rows after its last value are left
  // out (a table ends at two blank rows anyway), so a stray value in row 1 048 576 costs no memory.
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
  }
  return {
    name: entry.name,
    origin: used ? { row: used.top, column: used.left } : { row: 1, column: 1 },
    values: used ? values : [],
    numberFormats: used ? formats : [],
    merges: entry.merges,
    hiddenRows: [],
    hiddenColumns: [],
  };
}
