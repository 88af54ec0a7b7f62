/**
 * Reading the open workbook inside a caller's `Excel.run`, in a fixed number of syncs whatever its size:
 * 1. the sheet list (names, ids, protection) and the list of Sitova's state parts;
 * 2. per sheet: its own-sheet tag, its used range, merged areas and Sitova's conditional formats, and the
 *    state parts' XML;
 * 3. the values and number formats of the users' sheets, as many cells per sync as stay well under the
 *    5 MB response limit of Excel on the web (learn.microsoft.com/office/dev/add-ins/concepts/
 *    resource-limits-and-performance-optimization), halving a sync that still comes back too large.
 * Sitova's own sheets (the report, the summary) are never read. A used range reaching column XFD or row
 * 1 048 576 comes back as whole rows or columns (learn.microsoft.com/javascript/api/excel/excel.rangeareas),
 * so the used range is taken from its indexes, never parsed from its address, and the read is bounded
 * (see `readSheetValues`): a stray value far away neither makes the read crawl nor asks Excel for
 * millions of empty cells.
 *
 * Hidden rows and columns are not read: the engine validates hidden cells like any other and uses neither.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../domain";
import { parseAreaAddress } from "../domain";
import { HEADER_SEARCH_ROWS } from "../domain/table";
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
/**
 * A used range wider than this is read at up to MAX_COLUMNS columns until the header search rows are
 * read, then only as wide as the rows read so far hold values (a goal table's columns are its header
 * cells, which are in those rows).
 */
const WIDE_COLUMNS = 64;
const MAX_COLUMNS = 256;

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
  /** The workbook's file name (`Workbook.name`, ExcelApi 1.7): named in the summaries' sources. */
  workbookName: string;
  sheets: SheetEntry[];
  workbookProtected: boolean;
  parts: StateParts;
}

export interface LayoutOptions {
  /** Read merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
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
  context.workbook.load("name");
  const parts = queueStateParts(context);
  await context.sync();

  queueStateXml(parts);
  const pending = worksheets.items.map((sheet) => {
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
  return { workbookName: context.workbook.name, sheets, workbookProtected: protection.protected, parts };
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

/** Rows of one sheet read in one go, 1-based. */
interface Chunk {
  sheet: number;
  area: CellArea;
  range?: Excel.Range;
}

/** Where the read of a sheet has got to. */
interface Cursor {
  /** Next row to read, and the last; columns read. */
  next: number;
  bottom: number;
  left: number;
  right: number;
  /** Fully blank rows just read, in a row. */
  blankRun: number;
  /** Narrow the columns to those holding values once the header search rows are read. */
  narrow: boolean;
}

const width = (area: CellArea) => area.right - area.left + 1;

function cursorOf(used: CellArea | null): Cursor | null {
  if (!used) return null;
  const right = Math.min(used.right, used.left + MAX_COLUMNS - 1);
  const narrow = used.right - used.left + 1 > WIDE_COLUMNS;
  return { next: used.top, bottom: used.bottom, left: used.left, right, blankRun: 0, narrow };
}

/** The next sync's chunks: rows of each unfinished sheet in turn, at most `maxCells` cells (one row at least). */
function nextChunks(cursors: (Cursor | null)[], maxCells: number): Chunk[] {
  const chunks: Chunk[] = [];
  let budget = maxCells;
  cursors.forEach((cursor, sheet) => {
    if (!cursor || cursor.next > cursor.bottom || budget <= 0) return;
    const columns = cursor.right - cursor.left + 1;
    const rows = Math.min(
      cursor.bottom - cursor.next + 1,
      Math.max(chunks.length ? 0 : 1, Math.floor(budget / columns)),
    );
    if (rows === 0) return;
    chunks.push({
      sheet,
      area: { top: cursor.next, bottom: cursor.next + rows - 1, left: cursor.left, right: cursor.right },
    });
    cursor.next += rows;
    budget -= rows * columns;
  });
  return chunks;
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

/** How far a read has got, for the pane's progress: sheets finished and rows read, of how many. */
export interface ReadProgress {
  sheetsRead: number;
  sheets: number;
  rowsRead: number;
}

/**
 * Watches a long read: told after each sync, and asked whether to go on. Throwing from `afterSync` (the
 * user cancelled) stops the read between two syncs, before anything is written.
 */
export interface ReadWatch {
  afterSync(progress: ReadProgress): void;
}

/**
 * Step 3: the snapshots of `entries`, one sync per READ_SYNC_CELLS cells. Bounded whatever the used range:
 * - at most MAX_COLUMNS columns from the used range's first (a goal table is a dozen columns; a stray
 *   value in column XFD makes the used range 16 384 columns wide);
 * - a sheet's rows stop after two blank rows below the header search rows: a goal table has its header
 *   in the first HEADER_SEARCH_ROWS rows and ends at two blank rows, so nothing below can be in it (a
 *   stray value in row 1 048 576 makes the used range a million rows tall).
 * A sync whose response is too large is read again in halves; any other error is Excel's.
 */
export async function readSheetValues(
  context: Excel.RequestContext,
  entries: SheetEntry[],
  watch?: ReadWatch,
): Promise<SheetSnapshot[]> {
  const cursors = entries.map((entry) => cursorOf(entry.used));
  const values: CellValue[][][] = entries.map(() => []);
  const formats: string[][][] = entries.map(() => []);
  const retries: Chunk[][] = [];
  for (;;) {
    const chunks = retries.shift() ?? nextChunks(cursors, READ_SYNC_CELLS);
    if (chunks.length === 0) break;
    for (const chunk of chunks) {
      const { top, left } = chunk.area;
      chunk.range = entries[chunk.sheet].sheet.getRangeByIndexes(
        top - 1,
        left - 1,
        chunk.area.bottom - top + 1,
        width(chunk.area),
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
      retries.unshift(...halves);
      continue;
    }
    for (const chunk of chunks)
      placeChunk(
        chunk,
        entries[chunk.sheet].used!,
        values[chunk.sheet],
        formats[chunk.sheet],
        cursors[chunk.sheet]!,
      );
    watch?.afterSync(readProgress(cursors, values));
  }
  return entries.map((entry, i) => sheetSnapshot(entry, values[i], formats[i]));
}

function readProgress(cursors: (Cursor | null)[], values: CellValue[][][]): ReadProgress {
  return {
    sheets: cursors.length,
    sheetsRead: cursors.filter((c) => !c || c.next > c.bottom).length,
    rowsRead: values.reduce((n, rows) => n + rows.length, 0),
  };
}

/** Puts a chunk's rows in place and ends its sheet's read after two blank rows below the header rows. */
function placeChunk(
  chunk: Chunk,
  origin: CellArea,
  values: CellValue[][],
  formats: string[][],
  cursor: Cursor,
): void {
  const { values: v, valueTypes: t, numberFormat: f } = chunk.range!;
  for (let r = 0; r < v.length; r++) {
    const row = v[r].map((value, c) => cellValue(value, t[r][c]));
    values[chunk.area.top - origin.top + r] = row;
    formats[chunk.area.top - origin.top + r] = f[r].map((format) => String(format));
    const sheetRow = chunk.area.top + r;
    cursor.blankRun = row.every((value) => value === null) ? cursor.blankRun + 1 : 0;
    if (cursor.blankRun >= 2 && sheetRow - 1 > HEADER_SEARCH_ROWS) cursor.next = cursor.bottom + 1;
  }
  if (cursor.narrow && cursor.next > HEADER_SEARCH_ROWS) {
    // The header search rows are read: the rows below need only their columns.
    const used = values.reduce((right, row) => {
      let last = row.length - 1;
      while (last >= 0 && row[last] === null) last--;
      return Math.max(right, last);
    }, 0);
    cursor.right = cursor.left + used;
    cursor.narrow = false;
  }
}

function sheetSnapshot(entry: SheetEntry, values: CellValue[][], formats: string[][]): SheetSnapshot {
  const used = entry.used;
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
