/**
 * Reads the open workbook into the engine's snapshot in a bounded number of syncs: one for the sheet list,
 * one for every sheet's used range, merged areas and visible cells, then one per chunk of cells.
 */
import type { CellArea, CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain";
import { parseAreaAddress } from "../domain";
import type { ExcelHost } from "./host";
import { READ_CHUNK_CELLS, rowBlocks } from "./chunks";

/** Merged areas need ExcelApi 1.13; without it a merged value counts only in its top-left cell. */
export function supportsMergedAreas(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

interface SheetLayout {
  name: string;
  usedRange: Excel.Range;
  merged?: Excel.RangeAreas;
  visible: Excel.RangeAreas;
}

interface Chunk {
  sheet: number;
  /** 0-based first row within the used range, and row count. */
  start: number;
  count: number;
  range?: Excel.Range;
}

/** `'Enn 2'!A1:B3, Enn2!C4` → areas, without the sheet names (which may themselves hold commas). */
export function parseAreaList(address: string): CellArea[] {
  return [...address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=,|\s|$)/g)].map((m) =>
    parseAreaAddress(m[1]),
  );
}

/** Excel shows an error as its code in `values` and marks it in `valueTypes`. */
export function cellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** Rows and columns of `area` that no visible area covers. */
export function hiddenLines(area: CellArea, visible: CellArea[]): { rows: number[]; columns: number[] } {
  const uncovered = (first: number, last: number, spans: [number, number][]) => {
    const seen = new Uint8Array(last - first + 1);
    for (const [from, to] of spans) seen.fill(1, Math.max(0, from - first), Math.max(0, to - first + 1));
    const lines: number[] = [];
    seen.forEach((covered, i) => covered || lines.push(first + i));
    return lines;
  };
  return {
    rows: uncovered(
      area.top,
      area.bottom,
      visible.map((v) => [v.top, v.bottom]),
    ),
    columns: uncovered(
      area.left,
      area.right,
      visible.map((v) => [v.left, v.right]),
    ),
  };
}

/** Packs row blocks of all sheets into syncs of at most `maxCells` cells. */
function planSyncs(sheets: { rows: number; columns: number }[], maxCells: number): Chunk[][] {
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  sheets.forEach((sheet, index) => {
    for (const block of rowBlocks(sheet.rows, sheet.columns, maxCells)) {
      const size = block.count * sheet.columns;
      if (current.length && cells + size > maxCells) {
        syncs.push(current);
        current = [];
        cells = 0;
      }
      current.push({ sheet: index, start: block.start, count: block.count });
      cells += size;
    }
  });
  if (current.length) syncs.push(current);
  return syncs;
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Two syncs covering the same rows as one, or null when it is a single row already. */
function splitSync(chunks: Chunk[]): Chunk[][] | null {
  if (chunks.length > 1) {
    const middle = Math.ceil(chunks.length / 2);
    return [chunks.slice(0, middle), chunks.slice(middle)];
  }
  const [{ sheet, start, count }] = chunks;
  if (count < 2) return null;
  const first = Math.ceil(count / 2);
  return [[{ sheet, start, count: first }], [{ sheet, start: start + first, count: count - first }]];
}

export interface ReadOptions {
  /** Read only these sheets (live validation re-reads the changed one). */
  sheets?: string[];
  chunkCells?: number;
}

export async function readWorkbookSnapshot(
  host: ExcelHost,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const wanted = worksheets.items.filter((ws) => !options.sheets || options.sheets.includes(ws.name));
    const layouts: SheetLayout[] = wanted.map((ws) => {
      const usedRange = ws.getUsedRangeOrNullObject(true);
      usedRange.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const visible = usedRange.getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      const layout: SheetLayout = { name: ws.name, usedRange, visible };
      if (host.features.mergedAreas) {
        layout.merged = usedRange.getMergedAreasOrNullObject();
        layout.merged.load("address");
      }
      return layout;
    });
    await context.sync();

    const sizes = layouts.map((l) =>
      l.usedRange.isNullObject
        ? { rows: 0, columns: 0 }
        : { rows: l.usedRange.rowCount, columns: l.usedRange.columnCount },
    );
    const values: CellValue[][][] = layouts.map(() => []);
    const formats: string[][][] = layouts.map(() => []);
    const pending = planSyncs(sizes, options.chunkCells ?? READ_CHUNK_CELLS);
    while (pending.length > 0) {
      const chunks = pending.shift()!;
      for (const chunk of chunks) {
        chunk.range = layouts[chunk.sheet].usedRange.getRow(chunk.start).getResizedRange(chunk.count - 1, 0);
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
        const { values: v, valueTypes: t, numberFormat: f } = chunk.range!;
        for (let r = 0; r < v.length; r++) {
          values[chunk.sheet].push(v[r].map((value, c) => cellValue(value, t[r][c])));
          formats[chunk.sheet].push(f[r].map((format) => String(format)));
        }
      }
    }

    const sheets: SheetSnapshot[] = layouts.map((layout, i) => {
      const used = layout.usedRange;
      if (used.isNullObject) {
        return {
          name: layout.name,
          origin: { row: 1, column: 1 },
          values: [],
          numberFormats: [],
          merges: [],
          hiddenRows: [],
          hiddenColumns: [],
        };
      }
      const area = parseAreaList(used.address)[0];
      const visible = layout.visible.isNullObject ? [] : parseAreaList(layout.visible.address);
      const hidden = hiddenLines(area, visible);
      return {
        name: layout.name,
        origin: { row: used.rowIndex + 1, column: used.columnIndex + 1 },
        values: values[i],
        numberFormats: formats[i],
        merges: layout.merged && !layout.merged.isNullObject ? parseAreaList(layout.merged.address) : [],
        hiddenRows: hidden.rows,
        hiddenColumns: hidden.columns,
      };
    });
    return { sheets };
  });
}
