/**
 * `Excel.TableCollection`, `Table`, `TableRowCollection` and `TableRow`: enough for an add-in that keeps
 * its report as a table (add, find, grow by rows, shrink, delete). No filters, sorting, totals or styles
 * beyond the style name.
 */
import type { CellArea } from "./address";
import { intersect, parseAddress } from "./address";
import { readValue } from "./cellInput";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import type { EmRequestContext } from "./context";
import { assertSameContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { shiftDown, tableById } from "./tableModel";
import { EmTableRowCollection } from "./tableRows";
import { EmRange } from "./range";
import type { RangeTarget } from "./sheetOps";
import { assertEditable, clearCells, recordChange, sheetOf } from "./sheetOps";
import { EmWorksheet } from "./worksheet";

/** A workbook's tables, or one sheet's (`sheetId`). */
export interface TablesTarget {
  sheetId?: string;
}

function findTable(model: WorkbookModel, scope: TablesTarget, key: string): TableModel | undefined {
  const wanted = key.toLocaleUpperCase();
  return model.tables.find(
    (t) =>
      (scope.sheetId === undefined || t.sheetId === scope.sheetId) &&
      (t.id === key || t.name.toLocaleUpperCase() === wanted),
  );
}

function assertValidTableName(model: WorkbookModel, name: unknown, except?: TableModel): string {
  if (
    typeof name !== "string" ||
    !/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name)
  ) {
    throw officeError(ErrorCode.invalidArgument, `table name ${JSON.stringify(name)}`);
  }
  const clash = model.tables.find((t) => t.name.toLocaleUpperCase() === name.toLocaleUpperCase());
  if (clash && clash !== except) throw officeError(ErrorCode.itemAlreadyExists, `table ${name}`);
  return name;
}

/** Header texts as Excel makes them: text, unique, `Column<n>` for blanks. */
function normalizeHeaders(sheet: SheetModel, area: CellArea): void {
  const seen = new Set<string>();
  for (let c = area.left, n = 1; c <= area.right; c++, n++) {
    const raw = String(readValue(sheet.cell(area.top, c))).trim();
    let header = raw === "" ? `Column${n}` : raw;
    for (let k = 2; seen.has(header.toLocaleUpperCase()); k++) header = `${raw === "" ? "Column" : raw}${k}`;
    seen.add(header.toLocaleUpperCase());
    sheet.updateCell(area.top, c, (cell) => {
      cell.value = header;
      delete cell.formula;
    });
  }
}

type TableCollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "count"
  | "add"
  | "getCount"
  | "getItem"
  | "getItemAt"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

export class EmTableCollection
  extends EmCollection<TablesTarget, EmTable>
  implements Pick<Excel.TableCollection, TableCollectionMembers>
{
  get _typeName(): string {
    return "TableCollection";
  }

  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected override _readScalars(
    target: TablesTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    void names;
    return { count: this._itemKeys(target, exec).length };
  }

  protected _itemKeys(target: TablesTarget, exec: ExecState): string[] {
    return exec.model.tables
      .filter((t) => target.sheetId === undefined || t.sheetId === target.sheetId)
      .map((t) => t.id);
  }

  protected _makeItem(key: string): EmTable {
    return new EmTable(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => key);
  }

  get items(): Excel.Table[] {
    return this._get("items");
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  private _lookup(
    call: string,
    find: (target: TablesTarget, exec: ExecState) => TableModel | undefined,
    orNull: boolean,
  ): Excel.Table {
    const table = new EmTable(this._ctx, `${this._path}.${call}`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const found = find(target, exec);
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
    return table._queueLookup() as unknown as Excel.Table;
  }

  getItem(key: string): Excel.Table {
    return this._lookup(`getItem(${JSON.stringify(key)})`, (t, exec) => findTable(exec.model, t, key), false);
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this._lookup(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (t, exec) => findTable(exec.model, t, key),
      true,
    );
  }

  getItemAt(index: number): Excel.Table {
    return this._lookup(
      `getItemAt(${index})`,
      (t, exec) => {
        const id = this._itemKeys(t, exec)[index];
        return id === undefined ? undefined : tableById(exec.model, id);
      },
      false,
    );
  }

  /** Creates a table over `address`; with `hasHeaders` false Excel inserts a header row above the data. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    assertSameContext(this._ctx, address);
    let created: string | undefined;
    const table = new EmTable(
      this._ctx,
      `${this._path}.add(${typeof address === "string" ? JSON.stringify(address) : "range"})`,
      (exec) => {
        if (created) return created;
        const scope = this._resolve(exec);
        if (scope === NULL_TARGET) return NULL_TARGET;
        const model = exec.model;
        const { sheet, area } = this._placement(address, scope, exec);
        assertEditable(sheet, [area], "content");
        if (sheet.mergesOverlapping(area).length > 0) throw officeError(ErrorCode.mergedRangeConflict);
        if (model.tables.some((t) => t.sheetId === sheet.id && intersect(t.area, area))) {
          throw officeError(ErrorCode.invalidOperation, "a table can't overlap another table");
        }
        let tableArea = area;
        if (!hasHeaders) {
          shiftDown(sheet, area.top, area.left, area.right, 1);
          tableArea = { ...area, bottom: area.bottom + 1 };
        }
        if (tableArea.bottom === tableArea.top) tableArea = { ...tableArea, bottom: tableArea.bottom + 1 };
        normalizeHeaders(sheet, tableArea);
        let n = model.tables.length + 1;
        while (model.tables.some((t) => t.name.toLocaleUpperCase() === `TABLE${n}`)) n++;
        const id = String(
          model.tables.length + 1 + model.tables.reduce((m, t) => Math.max(m, Number(t.id) || 0), 0),
        );
        model.tables.push({
          id,
          name: `Table${n}`,
          sheetId: sheet.id,
          area: tableArea,
          showHeaders: true,
          showTotals: false,
          style: "TableStyleMedium2",
        });
        recordChange(exec.changes, sheet, tableArea, "ThisLocalAddin");
        created = id;
        return id;
      },
    );
    return table._queueLookup(true) as unknown as Excel.Table;
  }

  private _placement(
    address: Excel.Range | string,
    scope: TablesTarget,
    exec: ExecState,
  ): { sheet: SheetModel; area: CellArea } {
    const model = exec.model;
    if (typeof address !== "string") {
      const target = (address as unknown as EmRange)._require(exec);
      if (scope.sheetId !== undefined && target.sheetId !== scope.sheetId) {
        throw officeError(ErrorCode.invalidArgument, "the range is on another sheet");
      }
      return { sheet: sheetOf(model, target.sheetId), area: target.area };
    }
    const parsed = parseAddress(address);
    if (!parsed) throw officeError(ErrorCode.invalidArgument, `address ${JSON.stringify(address)}`);
    const sheet =
      parsed.sheet !== undefined
        ? model.sheetByName(parsed.sheet)
        : model.sheetById(scope.sheetId ?? model.activeSheetId ?? "");
    if (!sheet || (scope.sheetId !== undefined && sheet.id !== scope.sheetId)) {
      throw officeError(ErrorCode.invalidArgument, `address ${JSON.stringify(address)}`);
    }
    return { sheet, area: parsed.area };
  }

  load(
    options?: Excel.Interfaces.TableCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.TableCollection;
  load(propertyNames?: string | string[]): Excel.TableCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.TableCollection;
  load(spec?: unknown): Excel.TableCollection {
    return this._load(spec) as unknown as Excel.TableCollection;
  }

  override toJSON(): Excel.Interfaces.TableCollectionData {
    return this._json() as unknown as Excel.Interfaces.TableCollectionData;
  }
}

type TableMembers =
  | "context"
  | "isNullObject"
  | "id"
  | "name"
  | "showHeaders"
  | "showTotals"
  | "style"
  | "rows"
  | "worksheet"
  | "getRange"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "convertToRange"
  | "delete"
  | "set"
  | "load"
  | "toJSON";

export class EmTable extends EmClientObject<string> implements Pick<Excel.Table, TableMembers> {
  private readonly _rows: EmTableRowCollection;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<string>) {
    super(ctx, path, resolver);
    this._rows = new EmTableRowCollection(ctx, `${path}.rows`, (exec) => this._resolve(exec));
  }

  get _typeName(): string {
    return "Table";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    return name === "rows" ? this._rows : undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals", "style"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const table = tableById(exec.model, target);
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = table[name as keyof TableModel];
    return values;
  }

  get rows(): Excel.TableRowCollection {
    return this._rows as unknown as Excel.TableRowCollection;
  }

  get worksheet(): Excel.Worksheet {
    return new EmWorksheet(this._ctx, `${this._path}.worksheet`, (exec) => {
      const id = this._resolve(exec);
      return id === NULL_TARGET ? NULL_TARGET : tableById(exec.model, id).sheetId;
    }) as unknown as Excel.Worksheet;
  }

  get id(): string {
    return this._get("id");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._queueSet("name", name, (target, exec) => {
      const table = tableById(exec.model, target);
      table.name = assertValidTableName(exec.model, name, table);
    });
  }

  get style(): string {
    return this._get("style");
  }
  set style(style: string) {
    this._queueSet("style", style, (target, exec) => {
      tableById(exec.model, target).style = style;
    });
  }

  set(
    properties: Excel.Interfaces.TableUpdateData | Excel.Table,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  private _part(call: string, area: (table: TableModel) => CellArea | undefined): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.${call}`, (exec): Resolved<RangeTarget> => {
      const id = this._resolve(exec);
      if (id === NULL_TARGET) return NULL_TARGET;
      const table = tableById(exec.model, id);
      const part = area(table);
      if (!part) throw officeError(ErrorCode.itemNotFound, `${call}: the table has no such part`);
      return { sheetId: table.sheetId, area: part };
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  getRange(): Excel.Range {
    return this._part("getRange()", (t) => t.area);
  }

  getHeaderRowRange(): Excel.Range {
    return this._part("getHeaderRowRange()", (t) => ({ ...t.area, bottom: t.area.top }));
  }

  getDataBodyRange(): Excel.Range {
    return this._part("getDataBodyRange()", (t) => ({ ...t.area, top: t.area.top + 1 }));
  }

  /** Keeps the cells, drops the table. */
  convertToRange(): Excel.Range {
    const range = this.getRange();
    this._queueCall("convertToRange()", undefined, (target, exec) => {
      exec.model.tables = exec.model.tables.filter((t) => t.id !== target);
    });
    return range;
  }

  /** Deletes the table and its cells' contents and formats, as Excel does. */
  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) => {
      const table = tableById(exec.model, target);
      const sheet = sheetOf(exec.model, table.sheetId);
      assertEditable(sheet, [table.area], "content");
      clearCells(sheet, [table.area], "All");
      exec.hyperlinkCounts.delete(sheet.id);
      exec.model.tables = exec.model.tables.filter((t) => t.id !== target);
      recordChange(exec.changes, sheet, table.area, "ThisLocalAddin");
    });
  }

  load(options?: Excel.Interfaces.TableLoadOptions): Excel.Table;
  load(propertyNames?: string | string[]): Excel.Table;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Table;
  load(spec?: unknown): Excel.Table {
    return this._load(spec) as unknown as Excel.Table;
  }

  override toJSON(): Excel.Interfaces.TableData {
    return this._json() as unknown as Excel.Interfaces.TableData;
  }
}
