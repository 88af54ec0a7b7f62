/**
 * Defined names: `workbook.names` (workbook scope) and `worksheet.names` (sheet scope, ExcelApi 1.4).
 * `add(name, reference, comment?)`, `getItem`, `getItemOrNullObject`, `getCount`, `items`; a name's `name`,
 * `comment`, `formula` (1.7), `value`, `type`, `visible`, `scope`, `delete()` (1.4), `getRange()` and
 * `getRangeOrNullObject()` (1.4). Docs: learn.microsoft.com/javascript/api/excel/excel.nameditemcollection,
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-named-items.
 *
 * As in Excel: names compare case-insensitively within their scope (a second one fails with
 * `ItemAlreadyExists`); a name must start with a letter, `_` or `\`, hold no spaces or other punctuation than
 * `.` `_` `\` `?`, be at most 255 characters, and must not read as a cell reference (`A1`, `R1C1`) or be
 * `R`/`C` (`InvalidArgument`). A range name follows its sheet's renames, a sheet-scoped name travels with
 * a copied sheet (referring to the copy), and a name whose sheet was deleted reads `#REF!`.
 * Not modelled: names that hold formulas other than a range or a constant (they throw
 * `EmulatorGapError`), `arrayValues`, `valueAsJson`, `worksheet`/`worksheetOrNullObject`, `addFormulaLocal`.
 */
import { absoluteArea, parseAddress, quoteSheetName } from "./address";
import { requireApiSet } from "./apiSets";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import { assertSameContext } from "./context";
import { EmulatorGapError, ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { NO_UNDO } from "./exec";
import type { NameModel, SheetModel, WorkbookModel } from "./model";
import type { EmRange } from "./range";
import { rangeFromAddress } from "./range";
import { sheetOf } from "./sheetOps";

/** Where names live: the workbook (`sheetId` undefined) or one sheet. */
export interface NameScope {
  sheetId?: string;
}

interface NameTarget extends NameScope {
  name: string;
}

function namesIn(model: WorkbookModel, scope: NameScope): NameModel[] {
  return scope.sheetId === undefined ? model.names : sheetOf(model, scope.sheetId).names;
}

function findName(model: WorkbookModel, scope: NameScope, name: string): NameModel | undefined {
  const wanted = name.toLocaleUpperCase();
  return namesIn(model, scope).find((n) => n.name.toLocaleUpperCase() === wanted);
}

function nameOf(model: WorkbookModel, target: NameTarget): NameModel {
  const found = findName(model, target, target.name);
  if (!found) throw officeError(ErrorCode.itemNotFound, `name ${target.name}`);
  return found;
}

/** Excel's rules for defined names ("Names in formulas", support.microsoft.com). */
export function isValidName(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return false;
  if (/^[RrCc]$/.test(name)) return false;
  if (parseAddress(name) !== undefined) return false;
  return !/^[Rr]\d*[Cc]\d*$/.test(name);
}

type Constant = string | number | boolean;

/** `="text"`, `=12.5`, `=TRUE`: the constants a name may hold; `undefined` for anything else. */
function parseConstant(formula: string): { value: Constant } | undefined {
  const body = formula.slice(1).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { value: text[1].replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { value: body.toUpperCase() === "TRUE" };
  return undefined;
}

/** The name's `value` (a range's address without `=`), `type` and `formula`, as Excel reports them. */
export function describeName(
  model: WorkbookModel,
  name: NameModel,
): { value: Constant; type: string; formula: string } {
  const reference = name.reference;
  if (reference.kind === "constant") {
    const value = reference.value;
    const formula =
      typeof value === "string"
        ? `="${value.replace(/"/g, '""')}"`
        : `=${typeof value === "boolean" ? String(value).toUpperCase() : value}`;
    const type =
      typeof value === "string"
        ? "String"
        : typeof value === "boolean"
          ? "Boolean"
          : Number.isInteger(value)
            ? "Integer"
            : "Double";
    return { value, type, formula };
  }
  const sheet = reference.kind === "range" ? model.sheetById(reference.sheetId) : undefined;
  if (reference.kind !== "range" || !sheet) return { value: "#REF!", type: "Error", formula: "=#REF!" };
  const address = `${quoteSheetName(sheet.name)}!${absoluteArea(reference.area)}`;
  return { value: address, type: "Range", formula: `=${address}` };
}

type CollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "add"
  | "getCount"
  | "getItem"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

export class EmNamedItemCollection
  extends EmCollection<NameScope, EmNamedItem>
  implements Pick<Excel.NamedItemCollection, CollectionMembers>
{
  get _typeName(): string {
    return "NamedItemCollection";
  }

  protected _itemKeys(target: NameScope, exec: ExecState): string[] {
    return namesIn(exec.model, target).map((n) => n.name);
  }

  protected _makeItem(key: string): EmNamedItem {
    return this._named(`getItem(${JSON.stringify(key)})`, () => key, false);
  }

  private _named(
    call: string,
    find: (scope: NameScope, exec: ExecState) => string | undefined,
    orNull: boolean,
  ) {
    return new EmNamedItem(this._ctx, `${this._path}.${call}`, (exec): Resolved<NameTarget> => {
      const scope = this._resolve(exec);
      if (scope === NULL_TARGET) return NULL_TARGET;
      const name = find(scope, exec);
      if (name !== undefined) return { ...scope, name };
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
  }

  get items(): Excel.NamedItem[] {
    return this._get("items");
  }

  /**
   * ExcelApi 1.4. `reference` is a range, or a formula: `=Sheet!$A$1:$B$2` (on a sheet's names the sheet
   * may be left out), or a constant such as `="Sitova"`.
   */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    assertSameContext(this._ctx, reference);
    const constant =
      typeof reference === "string" && reference.startsWith("=") ? parseConstant(reference) : undefined;
    if (typeof reference === "string" && !constant) {
      const address = reference.startsWith("=") ? parseAddress(reference.slice(1)) : undefined;
      if (!address)
        throw new EmulatorGapError(`NamedItemCollection.add with the formula ${JSON.stringify(reference)}`);
    }
    let created: string | undefined;
    const item = this._named(
      `add(${JSON.stringify(name)})`,
      (scope, exec) => {
        if (created) return created;
        requireApiSet(exec, "1.4", "NamedItemCollection.add");
        if (!isValidName(name)) throw officeError(ErrorCode.invalidArgument, `name ${JSON.stringify(name)}`);
        if (findName(exec.model, scope, name)) throw officeError(ErrorCode.itemAlreadyExists, `name ${name}`);
        if (comment !== undefined && (typeof comment !== "string" || comment.length > 255)) {
          throw officeError(ErrorCode.invalidArgument, "a name's comment is at most 255 characters");
        }
        const stored: NameModel = {
          name,
          comment: comment ?? "",
          visible: true,
          reference: constant
            ? { kind: "constant", value: constant.value }
            : rangeReference(exec, scope, reference),
        };
        namesIn(exec.model, scope).push(stored);
        created = name;
        return created;
      },
      false,
    );
    return item._queueLookup(true) as unknown as Excel.NamedItem;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  getItem(name: string): Excel.NamedItem {
    const item = this._named(
      `getItem(${JSON.stringify(name)})`,
      (s, e) => findName(e.model, s, name)?.name,
      false,
    );
    return item._queueLookup() as unknown as Excel.NamedItem;
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    const item = this._named(
      `getItemOrNullObject(${JSON.stringify(name)})`,
      (s, e) => findName(e.model, s, name)?.name,
      true,
    );
    return item._queueLookup() as unknown as Excel.NamedItem;
  }

  load(
    options?: Excel.Interfaces.NamedItemCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.NamedItemCollection;
  load(propertyNames?: string | string[]): Excel.NamedItemCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.NamedItemCollection;
  load(spec?: unknown): Excel.NamedItemCollection {
    return this._load(spec) as unknown as Excel.NamedItemCollection;
  }

  override toJSON(): Excel.Interfaces.NamedItemCollectionData {
    return this._json() as unknown as Excel.Interfaces.NamedItemCollectionData;
  }
}

/** A range reference from a `Range` proxy or an address formula, checked at `sync`. */
function rangeReference(
  exec: ExecState,
  scope: NameScope,
  reference: Excel.Range | string,
): NameModel["reference"] {
  if (typeof reference !== "string") {
    const target = (reference as unknown as EmRange)._require(exec);
    return { kind: "range", sheetId: target.sheetId, area: { ...target.area } };
  }
  const parsed = parseAddress(reference.slice(1));
  if (!parsed) throw officeError(ErrorCode.invalidArgument, `reference ${reference}`);
  const sheet: SheetModel | undefined =
    parsed.sheet !== undefined
      ? exec.model.sheetByName(parsed.sheet)
      : scope.sheetId !== undefined
        ? exec.model.sheetById(scope.sheetId)
        : undefined;
  if (!sheet) throw officeError(ErrorCode.invalidArgument, `reference ${reference}`);
  return { kind: "range", sheetId: sheet.id, area: parsed.area };
}

type ItemMembers =
  | "context"
  | "isNullObject"
  | "name"
  | "comment"
  | "formula"
  | "value"
  | "type"
  | "visible"
  | "scope"
  | "delete"
  | "getRange"
  | "getRangeOrNullObject"
  | "set"
  | "load"
  | "toJSON";

export class EmNamedItem extends EmClientObject<NameTarget> implements Pick<Excel.NamedItem, ItemMembers> {
  get _typeName(): string {
    return "NamedItem";
  }

  protected _scalarNames(): readonly string[] {
    return ["name", "comment", "formula", "value", "type", "visible", "scope"];
  }

  protected _readScalars(
    target: NameTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const name = nameOf(exec.model, target);
    const described = describeName(exec.model, name);
    const all: Record<string, unknown> = {
      name: name.name,
      comment: name.comment,
      formula: described.formula,
      value: described.value,
      type: described.type,
      visible: name.visible,
      scope: target.sheetId === undefined ? "Workbook" : "Worksheet",
    };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }

  get name(): string {
    return this._get("name");
  }
  get value(): any {
    return this._get("value");
  }
  get type(): Excel.NamedItemType {
    return this._get("type");
  }
  get scope(): Excel.NamedItemScope {
    return this._get("scope");
  }

  get comment(): string {
    return this._get("comment");
  }
  set comment(comment: string) {
    this._queueSet(
      "comment",
      comment,
      (target, exec) => {
        if (typeof comment !== "string" || comment.length > 255)
          throw officeError(ErrorCode.invalidArgument, "comment");
        nameOf(exec.model, target).comment = comment;
      },
      NO_UNDO,
    );
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(visible: boolean) {
    this._queueSet("visible", visible, (target, exec) => (nameOf(exec.model, target).visible = !!visible));
  }

  get formula(): any {
    return this._get("formula");
  }
  /** ExcelApi 1.7: a new range or constant for the name. */
  set formula(formula: any) {
    this._queueSet("formula", formula, (target, exec) => {
      requireApiSet(exec, "1.7", "NamedItem.formula");
      const name = nameOf(exec.model, target);
      const text = String(formula);
      const constant = text.startsWith("=") ? parseConstant(text) : undefined;
      if (constant) name.reference = { kind: "constant", value: constant.value };
      else if (text.startsWith("=") && parseAddress(text.slice(1)))
        name.reference = rangeReference(exec, target, text);
      else throw new EmulatorGapError(`NamedItem.formula = ${JSON.stringify(formula)}`);
    });
  }

  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) => {
      requireApiSet(exec, "1.4", "NamedItem.delete");
      const name = nameOf(exec.model, target);
      const list = namesIn(exec.model, target);
      list.splice(list.indexOf(name), 1);
    });
  }

  private _range(call: string, orNull: boolean): Excel.Range {
    const range = rangeFromAddress(
      this._ctx,
      `${this._path}.${call}`,
      (exec) => {
        const target = this._resolve(exec);
        if (target === NULL_TARGET) return NULL_TARGET;
        const reference = nameOf(exec.model, target).reference;
        if (reference.kind === "range" && exec.model.sheetById(reference.sheetId)) return reference.sheetId;
        if (orNull) return NULL_TARGET;
        throw officeError(ErrorCode.invalidReference, `the name ${target.name} is not a range`);
      },
      (exec) => {
        const reference = nameOf(exec.model, this._require(exec)).reference;
        return reference.kind === "range" ? { ...reference.area } : { top: 1, left: 1, bottom: 1, right: 1 };
      },
    );
    return range._queueLookup() as unknown as Excel.Range;
  }

  getRange(): Excel.Range {
    return this._range("getRange()", false);
  }

  /** ExcelApi 1.4. */
  getRangeOrNullObject(): Excel.Range {
    return this._range("getRangeOrNullObject()", true);
  }

  set(properties: Excel.Interfaces.NamedItemUpdateData | Excel.NamedItem): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.NamedItemLoadOptions): Excel.NamedItem;
  load(propertyNames?: string | string[]): Excel.NamedItem;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.NamedItem;
  load(spec?: unknown): Excel.NamedItem {
    return this._load(spec) as unknown as Excel.NamedItem;
  }

  override toJSON(): Excel.Interfaces.NamedItemData {
    return this._json() as unknown as Excel.Interfaces.NamedItemData;
  }
}

/** Names of the workbook that refer to a deleted sheet become `#REF!` (its own names go with it). */
export function dropSheetReferences(model: WorkbookModel, sheetId: string): void {
  for (const sheet of [undefined, ...model.sheets]) {
    for (const name of sheet ? sheet.names : model.names) {
      if (name.reference.kind === "range" && name.reference.sheetId === sheetId)
        name.reference = { kind: "refError" };
    }
  }
}

/** Sheet-scoped names of a copied sheet: the same names, their ranges on the source moved to the copy. */
export function copiedNames(source: SheetModel, copyId: string): NameModel[] {
  return source.names.map((name) => {
    const reference = name.reference;
    if (reference.kind === "range" && reference.sheetId === source.id)
      return { ...name, reference: { ...reference, sheetId: copyId, area: { ...reference.area } } };
    return { ...name, reference: { ...reference } };
  });
}
