/**
 * Finding the goal table of a sheet: the header row, the column of every field, the data rows. Merged
 * areas are resolved here, so that every rule sees a merged value in each cell of its area.
 */
import type { Schema, FixedFieldId } from "./schema";
import { FIELD_IDS } from "./schema";
import type { CellArea, CellValue, SheetSnapshot } from "./snapshot";
import { cellAddress, areaAddress, isCellError } from "./snapshot";
import { cellText, collapseSpace, escapeRegExp, headerKey, isEmptyValue } from "./normalize";

/** How far down the header row may be. */
export const HEADER_SEARCH_ROWS = 30;
/** Matching header cells a header row needs, one of them a forecast column. */
export const HEADER_MIN_MATCHES = 3;

/** `theme`, `goal`, … or `forecast<n>`. */
export type FieldId = FixedFieldId | `forecast${number}`;

export function forecastField(round: number): FieldId {
  return `forecast${round}`;
}

export interface HeaderMatch {
  field: FieldId;
  round?: number;
  year?: number;
}

/** Reads a sheet's cells in sheet coordinates, with merged areas resolved to their top-left value. */
export class SheetGrid {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  private readonly mergeAnchors = new Map<number, CellArea>();

  constructor(readonly sheet: SheetSnapshot) {
    this.firstRow = sheet.origin.row;
    this.firstColumn = sheet.origin.column;
    this.lastRow = sheet.origin.row + sheet.values.length - 1;
    const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.lastColumn = sheet.origin.column + width - 1;
    for (const area of sheet.merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r !== area.top || c !== area.left) this.mergeAnchors.set(this.key(r, c), area);
        }
      }
    }
  }

  private key(row: number, column: number): number {
    return row * 20000 + column;
  }

  /** The value as stored: only a merged area's top-left cell holds its value. */
  rawValue(row: number, column: number): CellValue {
    const values = this.sheet.values[row - this.firstRow];
    return values?.[column - this.firstColumn] ?? null;
  }

  /** The merged area a cell lies in, if it is not the area's top-left cell. */
  mergedInto(row: number, column: number): CellArea | undefined {
    return this.mergeAnchors.get(this.key(row, column));
  }

  /** The top-left cell of the merged area holding the cell, or the cell itself. */
  anchor(row: number, column: number): { row: number; column: number } {
    const area = this.mergedInto(row, column);
    return area ? { row: area.top, column: area.left } : { row, column };
  }

  /** The value the cell shows: a merged area's value counts for every cell of the area. */
  value(row: number, column: number): CellValue {
    const area = this.mergedInto(row, column);
    return area ? this.rawValue(area.top, area.left) : this.rawValue(row, column);
  }

  numberFormat(row: number, column: number): string {
    const area = this.mergedInto(row, column);
    const [r, c] = area ? [area.top, area.left] : [row, column];
    return this.sheet.numberFormats[r - this.firstRow]?.[c - this.firstColumn] ?? "General";
  }
}

/** What a cell needs of its table to find, when asked, its merged area and its number format. */
interface CellContext {
  grid: SheetGrid;
  headerRow: number;
  firstColumn: number;
  /** Findings go to the cell itself, even inside a merged area. */
  ownAddress: boolean;
}

/**
 * A cell of a goal table as the rules see it. A table of 200 000 rows has 1.8 million of them, so a cell
 * holds only what is read for most cells: its place, its value and the caches the rules share. Its anchor
 * and number format are looked up in the grid when asked (for a finding, or the numeric forecast), and
 * its text is normalised on first use: most cells are read by only a few rules, and long goal and comment
 * texts are costly to normalise.
 */
export class TableCell {
  // Every field is set in the constructor, the caches too: V8 sizes an object by what its constructor
  // sets, and a field added later goes to a separate property store (an allocation per cell).
  private keyCache: string | undefined = undefined;
  // One memo slot: a cell is read against one value list (its column's); a second key just recomputes.
  private memoKey: object | undefined = undefined;
  private memoValue: unknown = undefined;

  constructor(
    readonly row: number,
    readonly column: number,
    private readonly context: CellContext,
    readonly value: CellValue,
  ) {}

  /** The merged area whose top-left cell findings on this cell go to, when that lies inside the table. */
  private anchorArea(): CellArea | undefined {
    const { grid, headerRow, firstColumn, ownAddress } = this.context;
    if (ownAddress) return undefined;
    const area = grid.mergedInto(this.row, this.column);
    return area !== undefined && area.top >= headerRow && area.left >= firstColumn ? area : undefined;
  }

  /** Where findings on this cell go: the cell itself, or the top-left cell of its merged area. */
  get anchorRow(): number {
    return this.anchorArea()?.top ?? this.row;
  }

  get anchorColumn(): number {
    return this.anchorArea()?.left ?? this.column;
  }

  /** The number format the cell shows (a merged area's, for a cell inside one). */
  get numberFormat(): string {
    return this.context.grid.numberFormat(this.row, this.column);
  }

  /** A1 address of the cell; findings on a merged area go to its top-left cell. */
  get address(): string {
    const area = this.anchorArea();
    return area ? cellAddress(area.top, area.left) : cellAddress(this.row, this.column);
  }

  /** The text, white space collapsed, case kept (read for messages and a few rules: not kept). */
  get text(): string {
    return isCellError(this.value) ? "" : collapseSpace(cellText(this.value));
  }

  /** The comparison key: collapsed white space, lower case. */
  get key(): string {
    this.keyCache ??= this.text.toLowerCase();
    return this.keyCache;
  }

  /** Nothing, or a placeholder; not cached: for most values it is a `trim()` and a length. */
  get empty(): boolean {
    return isEmptyValue(this.value);
  }

  /** The Excel error code the cell shows, or null. */
  get error(): string | null {
    return isCellError(this.value) ? this.value.error : null;
  }

  /** Computes a reading of the cell once per key (its value list), for the rules that share it. */
  memo<T>(key: object, compute: () => T): T {
    if (this.memoKey !== key) {
      this.memoValue = compute();
      this.memoKey = key;
    }
    return this.memoValue as T;
  }
}

/** Where a finding goes: a cell, or the top-left cell of its merged area. */
export type CellPlace = Pick<TableCell, "anchorRow" | "anchorColumn" | "address">;

export interface GoalRow {
  row: number;
  cells: Partial<Record<FieldId, TableCell>>;
}

export interface HeaderCell {
  column: number;
  address: string;
  text: string;
  match: HeaderMatch | null;
  /** The field was already mapped to an earlier column. */
  duplicate: boolean;
}

export interface GoalTable {
  sheet: string;
  grid: SheetGrid;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** The last data row, or the header row when the table has none. */
  lastRow: number;
  year: number | null;
  /** Forecast rounds, ascending. */
  rounds: number[];
  columns: Partial<Record<FieldId, number>>;
  headers: HeaderCell[];
  rows: GoalRow[];
  /** Single blank rows inside the table. */
  blankRows: number[];
  /** Text of the rows above the header (titles, division code). */
  titleLines: string[];
}

export function latestRound(table: GoalTable): number | null {
  return table.rounds.length ? table.rounds[table.rounds.length - 1] : null;
}

/** The round just before the latest, when the table has that column. */
export function previousRound(table: GoalTable): number | null {
  const latest = latestRound(table);
  return latest !== null && table.rounds.includes(latest - 1) ? latest - 1 : null;
}

export function tableRange(table: GoalTable): string {
  return areaAddress({
    top: table.headerRow,
    left: table.firstColumn,
    bottom: table.lastRow,
    right: table.lastColumn,
  });
}

/** Compiles the schema's headers into one matcher. */
export class HeaderMatcher {
  private readonly fixed = new Map<string, FixedFieldId>();
  private readonly forecast: RegExp[];

  constructor(schema: Schema) {
    for (const id of FIELD_IDS) {
      for (const header of schema.fields[id].headers) this.fixed.set(headerKey(header), id);
    }
    this.forecast = schema.forecast.headers.map((template) => {
      const parts = headerKey(template).split(/(\{round\}|\{year\})/);
      const source = parts
        .map((p) =>
          p === "{round}" ? "(?<round>\\d{1,2})" : p === "{year}" ? "(?<year>\\d{4})" : escapeRegExp(p),
        )
        .join("");
      return new RegExp(`^${source}$`);
    });
  }

  match(value: CellValue): HeaderMatch | null {
    if (typeof value !== "string") return null;
    const key = headerKey(value);
    if (key === "") return null;
    const fixed = this.fixed.get(key);
    if (fixed) return { field: fixed };
    for (const pattern of this.forecast) {
      const m = pattern.exec(key);
      if (m?.groups) {
        const round = Number(m.groups.round);
        return {
          field: forecastField(round),
          round,
          year: m.groups.year ? Number(m.groups.year) : undefined,
        };
      }
    }
    return null;
  }
}

function isBlankRow(grid: SheetGrid, row: number, firstColumn: number, lastColumn: number): boolean {
  for (let c = firstColumn; c <= lastColumn; c++) {
    // A value merged down from a row above does not make a row non-blank.
    if (!grid.mergedInto(row, c) && !isEmptyValue(grid.rawValue(row, c))) return false;
  }
  return true;
}

function yearFromTitles(lines: string[]): number | null {
  for (const line of lines) {
    const m = /\b(20\d\d)\b/.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * A cell of the table. A merged area's value counts for each of its cells, and findings go to the area's
 * top-left cell unless that lies outside the table (above its header row or left of its first column),
 * or `ownAddress` asks for the cell itself.
 */
export function tableCell(
  table: Pick<GoalTable, "grid" | "headerRow" | "firstColumn">,
  row: number,
  column: number,
  ownAddress = false,
): TableCell {
  const { grid, headerRow, firstColumn } = table;
  return new TableCell(row, column, { grid, headerRow, firstColumn, ownAddress }, grid.value(row, column));
}

/** Finds the goal table of a sheet, or null when no row of its first 30 looks like a header. */
export function detectTable(sheet: SheetSnapshot, matcher: HeaderMatcher): GoalTable | null {
  const grid = new SheetGrid(sheet);
  const lastHeaderRow = Math.min(grid.lastRow, HEADER_SEARCH_ROWS);
  for (let row = grid.firstRow; row <= lastHeaderRow; row++) {
    const headers: HeaderCell[] = [];
    let matches = 0;
    let forecasts = 0;
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
      const value = grid.rawValue(row, c);
      if (isEmptyValue(value) || isCellError(value)) continue;
      const match = matcher.match(value);
      headers.push({
        column: c,
        address: cellAddress(row, c),
        text: collapseSpace(cellText(value)),
        match,
        duplicate: false,
      });
      if (match) {
        matches++;
        if (match.round !== undefined) forecasts++;
      }
    }
    if (matches >= HEADER_MIN_MATCHES && forecasts > 0) return buildTable(sheet.name, grid, row, headers);
  }
  return null;
}

function buildTable(sheetName: string, grid: SheetGrid, headerRow: number, headers: HeaderCell[]): GoalTable {
  const columns: Partial<Record<FieldId, number>> = {};
  const years = new Set<number>();
  for (const header of headers) {
    if (!header.match) continue;
    if (columns[header.match.field] !== undefined) header.duplicate = true;
    else columns[header.match.field] = header.column;
    if (header.match.year !== undefined) years.add(header.match.year);
  }
  const firstColumn = headers[0].column;
  const lastColumn = headers[headers.length - 1].column;
  const rounds = headers
    .filter((h) => h.match?.round !== undefined && !h.duplicate)
    .map((h) => h.match!.round!)
    .sort((a, b) => a - b);
  const titleLines: string[] = [];
  for (let r = grid.firstRow; r < headerRow; r++) {
    const line = [];
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
      const text = collapseSpace(cellText(grid.rawValue(r, c)));
      if (text) line.push(text);
    }
    if (line.length) titleLines.push(line.join(" "));
  }
  const year = years.size ? Math.max(...years) : yearFromTitles(titleLines);

  const fields = Object.entries(columns) as [FieldId, number][];
  // One context for all the table's cells (tableCell makes one per cell).
  const context: CellContext = { grid, headerRow, firstColumn, ownAddress: false };
  const rows: GoalRow[] = [];
  const blankRows: number[] = [];
  let pendingBlank: number | null = null;
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    if (isBlankRow(grid, row, firstColumn, lastColumn)) {
      if (pendingBlank !== null) break; // two blank rows in a row end the table
      pendingBlank = row;
      continue;
    }
    if (pendingBlank !== null) blankRows.push(pendingBlank);
    pendingBlank = null;
    const cells: Partial<Record<FieldId, TableCell>> = {};
    // An index loop: destructuring each [field, column] pair cost an iterator per cell.
    for (let f = 0; f < fields.length; f++) {
      const column = fields[f][1];
      cells[fields[f][0]] = new TableCell(row, column, context, grid.value(row, column));
    }
    rows.push({ row, cells });
    lastRow = row;
  }
  return {
    sheet: sheetName,
    grid,
    headerRow,
    firstColumn,
    lastColumn,
    lastRow,
    year,
    rounds,
    columns,
    headers,
    rows,
    blankRows,
    titleLines,
  };
}
