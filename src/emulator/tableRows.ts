/** `Excel.TableRowCollection` and `TableRow`: growing and shrinking a table by rows. */
import type { CellArea } from "./address";
import { readValue } from "./cellInput";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { SheetModel } from "./model";
import { EmRange } from "./range";
import { assertEditable, readGrid, recordChange, sheetOf, writeCells } from "./sheetOps";
import { shiftDown, shiftUp, tableById } from "./tableModel";

interface RowTarget {
  tableId: string;
  index: number;
}

type RowCollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "count"
  | "add"
  | "deleteRowsAt"
  | "getCount"
  | "getItemAt"
  | "load"
  | "toJSON";

export class EmTableRowCollection
  extends EmCollection<string, EmTableRow>
  implements Pick<Excel.TableRowCollection, RowCollectionMembers>
{
  get _typeName(): string {
    return "TableRowCollection";
  }

  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected override _readScalars(
    target: string,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    void names;
    return { count: this._itemKeys(target, exec).length };
  }

  protected _itemKeys(target: string, exec: ExecState): string[] {
    const table = tableById(exec.model, target);
    return Array.from({ length: table.area.bottom - table.area.top }, (_, i) => String(i));
  }

  protected _makeItem(key: string): EmTableRow {
    return new EmTableRow(this._ctx, `${this._path}.getItemAt(${key})`, (exec) => {
      const id = this._resolve(exec);
      return id === NULL_TARGET ? NULL_TARGET : { tableId: id, index: Number(key) };
    });
  }

  get items(): Excel.TableRow[] {
    return this._get("items");
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  getItemAt(index: number): Excel.TableRow {
    return this._item(String(index))._queueLookup() as unknown as Excel.TableRow;
  }

  /**
   * Inserts rows at `index` (default: at the end), shifting the cells below within the table's columns.
   * A table whose only data row is still empty fills that row first, as Excel does.
   */
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean,
  ): Excel.TableRow {
    void alwaysInsert;
    let placed: RowTarget | undefined;
    const row = new EmTableRow(this._ctx, `${this._path}.add(${index ?? ""})`, (exec) => {
      if (placed) return placed;
      const id = this._resolve(exec);
      if (id === NULL_TARGET) return NULL_TARGET;
      const table = tableById(exec.model, id);
      const sheet = sheetOf(exec.model, table.sheetId);
      const rows = Array.isArray(values) ? values.length : 1;
      const dataRows = table.area.bottom - table.area.top;
      const at = index ?? dataRows;
      if (at < 0 || at > dataRows) throw officeError(ErrorCode.invalidArgument, `row index ${at}`);
      const lastRow = { ...table.area, top: table.area.bottom };
      const bodyEmpty =
        dataRows === 1 &&
        readGrid(sheet, lastRow, readValue)
          .flat()
          .every((v) => v === "");
      if (bodyEmpty && index === undefined) {
        const area = { ...table.area, top: table.area.bottom, bottom: table.area.bottom + rows - 1 };
        assertEditable(sheet, [area], "content");
        if (rows > 1) shiftDown(sheet, table.area.bottom + 1, table.area.left, table.area.right, rows - 1);
        table.area = { ...table.area, bottom: area.bottom };
        if (values !== undefined) writeCells(sheet, area, values, "values", exec.changes, "ThisLocalAddin");
        placed = { tableId: id, index: 0 };
        return placed;
      }
      const top = table.area.top + 1 + at;
      const area = { ...table.area, top, bottom: top + rows - 1 };
      assertEditable(sheet, [area], "content");
      shiftDown(sheet, top, table.area.left, table.area.right, rows);
      table.area = { ...table.area, bottom: table.area.bottom + rows };
      for (const other of exec.model.tables) {
        const below =
          other !== table &&
          other.sheetId === table.sheetId &&
          other.area.top >= top &&
          other.area.left >= table.area.left &&
          other.area.right <= table.area.right;
        if (below)
          other.area = { ...other.area, top: other.area.top + rows, bottom: other.area.bottom + rows };
      }
      if (values !== undefined) writeCells(sheet, area, values, "values", exec.changes, "ThisLocalAddin");
      placed = { tableId: id, index: at };
      return placed;
    });
    return row._queueLookup() as unknown as Excel.TableRow;
  }

  /** Deletes `count` rows from `index`, moving the cells below up within the table's columns. */
  deleteRowsAt(index: number, count?: number): void {
    const n = count ?? 1;
    this._queueCall("deleteRowsAt", { index, count: n }, (id, exec) => {
      const table = tableById(exec.model, id);
      const sheet = sheetOf(exec.model, table.sheetId);
      const dataRows = table.area.bottom - table.area.top;
      if (index < 0 || n < 1 || index + n > dataRows)
        throw officeError(ErrorCode.invalidArgument, "rows to delete");
      const top = table.area.top + 1 + index;
      const area = { ...table.area, top, bottom: top + n - 1 };
      assertEditable(sheet, [area], "content");
      shiftUp(sheet, top + n, table.area.left, table.area.right, n);
      table.area = { ...table.area, bottom: Math.max(table.area.bottom - n, table.area.top + 1) };
      recordChange(exec.changes, sheet, area, "ThisLocalAddin");
    });
  }

  load(
    options?: Excel.Interfaces.TableRowCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.TableRowCollection;
  load(propertyNames?: string | string[]): Excel.TableRowCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.TableRowCollection;
  load(spec?: unknown): Excel.TableRowCollection {
    return this._load(spec) as unknown as Excel.TableRowCollection;
  }

  override toJSON(): Excel.Interfaces.TableRowCollectionData {
    return this._json() as unknown as Excel.Interfaces.TableRowCollectionData;
  }
}

type RowMembers = "context" | "isNullObject" | "index" | "values" | "getRange" | "load" | "toJSON";

/** A table row: a physical position in the table, as in Excel. */
export class EmTableRow extends EmClientObject<RowTarget> implements Pick<Excel.TableRow, RowMembers> {
  get _typeName(): string {
    return "TableRow";
  }

  protected _scalarNames(): readonly string[] {
    return ["index", "values"];
  }

  private _area(target: RowTarget, exec: ExecState): { sheet: SheetModel; area: CellArea } {
    const table = tableById(exec.model, target.tableId);
    const row = table.area.top + 1 + target.index;
    if (row > table.area.bottom) throw officeError(ErrorCode.itemNotFound, "the table row no longer exists");
    return { sheet: sheetOf(exec.model, table.sheetId), area: { ...table.area, top: row, bottom: row } };
  }

  protected _readScalars(
    target: RowTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "index") values.index = target.index;
      else {
        const { sheet, area } = this._area(target, exec);
        values.values = readGrid(sheet, area, readValue);
      }
    }
    return values;
  }

  get index(): number {
    return this._get("index");
  }

  get values(): any[][] {
    return this._get("values");
  }
  set values(values: any[][]) {
    this._queueSet("values", values, (target, exec) => {
      const { sheet, area } = this._area(target, exec);
      assertEditable(sheet, [area], "content");
      writeCells(sheet, area, values, "values", exec.changes, "ThisLocalAddin");
    });
  }

  getRange(): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.getRange()`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const { sheet, area } = this._area(target, exec);
      return { sheetId: sheet.id, area };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  load(options?: Excel.Interfaces.TableRowLoadOptions): Excel.TableRow;
  load(propertyNames?: string | string[]): Excel.TableRow;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.TableRow;
  load(spec?: unknown): Excel.TableRow {
    return this._load(spec) as unknown as Excel.TableRow;
  }

  override toJSON(): Excel.Interfaces.TableRowData {
    return this._json() as unknown as Excel.Interfaces.TableRowData;
  }
}
