/**
 * The analysis of a workbook, made once: its goal tables (with their column map, rounds and year) and a
 * reading of every goal row. Validation, the summary and the adapters all work from it; none of them
 * detects tables or reads goal rows again.
 */
import type { CompiledSchema } from "./schema/compile";
import type { TableInfo } from "./report";
import type { WorkbookSnapshot } from "./snapshot";
import { cellAddress, columnLetter, isCellError } from "./snapshot";
import type { FieldId, GoalTable } from "./table";
import { detectTable, tableRange } from "./table";
import type { GoalReading } from "./goal";
import { readGoal } from "./goal";

/** A cell of a table holding an Excel error, at the place findings on it go (a merged area's anchor). */
export interface ErrorCell {
  anchorRow: number;
  anchorColumn: number;
  address: string;
  field: FieldId | undefined;
  error: string;
}

export interface AnalyzedTable extends GoalTable {
  /** One reading per data row, in the order of `rows`. */
  goals: readonly GoalReading[];
  /** Cells of the header row and the data rows that hold an Excel error. */
  errorCells: readonly ErrorCell[];
  /** The table as the JSON report shows it (column letters, A1 range). */
  info: TableInfo;
}

export interface WorkbookAnalysis {
  snapshot: WorkbookSnapshot;
  schema: CompiledSchema;
  tables: readonly AnalyzedTable[];
}

function tableInfo(table: GoalTable): TableInfo {
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(table.columns)) columns[field] = columnLetter(column!);
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    range: tableRange(table),
    year: table.year,
    rounds: table.rounds,
    columns,
    rows: table.rows.length,
  };
}

function findErrorCells(table: GoalTable): ErrorCell[] {
  const fieldOfColumn = new Map<number, FieldId>();
  for (const [field, column] of Object.entries(table.columns)) fieldOfColumn.set(column!, field as FieldId);
  const cells: ErrorCell[] = [];
  const seen = new Set<number>();
  for (const row of [table.headerRow, ...table.rows.map((r) => r.row)]) {
    for (let column = table.firstColumn; column <= table.lastColumn; column++) {
      const value = table.grid.value(row, column);
      if (!isCellError(value)) continue;
      // Findings on a merged area go to its top-left cell when that lies inside the table.
      const area = table.grid.mergedInto(row, column);
      const inside = area !== undefined && area.top >= table.headerRow && area.left >= table.firstColumn;
      const [anchorRow, anchorColumn] = inside ? [area.top, area.left] : [row, column];
      const key = anchorRow * 16384 + anchorColumn;
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({
        anchorRow,
        anchorColumn,
        address: cellAddress(anchorRow, anchorColumn),
        field: fieldOfColumn.get(column),
        error: value.error,
      });
    }
  }
  return cells;
}

/** Finds the goal table of every sheet and reads every goal row once. */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, schema: CompiledSchema): WorkbookAnalysis {
  const tables: AnalyzedTable[] = [];
  for (const sheet of snapshot.sheets) {
    const table = detectTable(sheet, schema.headers);
    if (!table) continue;
    tables.push({
      ...table,
      goals: table.rows.map((row) => readGoal(schema, table, row)),
      errorCells: findErrorCells(table),
      info: tableInfo(table),
    });
  }
  return { snapshot, schema, tables };
}
