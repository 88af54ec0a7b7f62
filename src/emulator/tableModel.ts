/** Table helpers over the model, shared by tables and their rows. */
import { ErrorCode, officeError } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { cellKey, keyToCell } from "./model";

export function tableById(model: WorkbookModel, id: string): TableModel {
  const table = model.tables.find((t) => t.id === id);
  if (!table) throw officeError(ErrorCode.itemNotFound, "the table no longer exists");
  return table;
}

/** Moves every cell at or below `fromRow` in the given columns down by `count` rows (an insert). */
export function shiftDown(
  sheet: SheetModel,
  fromRow: number,
  left: number,
  right: number,
  count: number,
): void {
  const moving = [...sheet.cells.entries()]
    .map(([key, cell]) => ({ ...keyToCell(key), cell }))
    .filter(({ row, column }) => row >= fromRow && column >= left && column <= right)
    .sort((a, b) => b.row - a.row);
  for (const { row, column, cell } of moving) {
    sheet.cells.delete(cellKey(row, column));
    sheet.cells.set(cellKey(row + count, column), cell);
  }
}

/** Moves cells below a deleted block of rows up by `count` (a delete, within the given columns). */
export function shiftUp(
  sheet: SheetModel,
  fromRow: number,
  left: number,
  right: number,
  count: number,
): void {
  for (let r = fromRow - count; r < fromRow; r++) {
    for (let c = left; c <= right; c++) sheet.cells.delete(cellKey(r, c));
  }
  const moving = [...sheet.cells.entries()]
    .map(([key, cell]) => ({ ...keyToCell(key), cell }))
    .filter(({ row, column }) => row >= fromRow && column >= left && column <= right)
    .sort((a, b) => a.row - b.row);
  for (const { row, column, cell } of moving) {
    sheet.cells.delete(cellKey(row, column));
    sheet.cells.set(cellKey(row - count, column), cell);
  }
}
