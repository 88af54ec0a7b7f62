/**
 * `workbook.customXmlParts` (ExcelApi 1.5): XML documents saved inside the workbook, found by id or by
 * their root element's namespace. Malformed XML fails with `InvalidArgument`.
 */
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET, queueResult } from "./clientObject";
import { EmCollection } from "./collection";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { CustomXmlPartModel, WorkbookModel } from "./model";
import { inspectXml } from "./xml";

/** The whole workbook's parts, or those of one namespace. */
export interface PartsScope {
  namespaceUri?: string;
}

function partsIn(model: WorkbookModel, scope: PartsScope): CustomXmlPartModel[] {
  return model.customXmlParts.filter(
    (p) => scope.namespaceUri === undefined || p.namespaceUri === scope.namespaceUri,
  );
}

function partById(model: WorkbookModel, id: string): CustomXmlPartModel {
  const part = model.customXmlParts.find((p) => p.id === id);
  if (!part) throw officeError(ErrorCode.itemNotFound, `custom XML part ${id}`);
  return part;
}

function checkedXml(xml: unknown): { xml: string; namespaceUri: string } {
  const info = typeof xml === "string" ? inspectXml(xml) : undefined;
  if (!info) throw officeError(ErrorCode.invalidArgument, "the XML is not well-formed");
  return { xml: xml as string, namespaceUri: info.namespaceUri };
}

/** Ids look like Excel's: a braced GUID. */
function newPartId(model: WorkbookModel): string {
  const n =
    model.customXmlParts.length +
    1 +
    model.customXmlParts.reduce((m, p) => Math.max(m, parseInt(p.id.slice(1, 9), 16) || 0), 0);
  return `{${n.toString(16).toUpperCase().padStart(8, "0")}-C0DE-4E11-8000-000000000000}`;
}

abstract class EmPartsBase extends EmCollection<PartsScope, EmCustomXmlPart> {
  protected _itemKeys(target: PartsScope, exec: ExecState): string[] {
    return partsIn(exec.model, target).map((p) => p.id);
  }

  protected _makeItem(key: string): EmCustomXmlPart {
    return new EmCustomXmlPart(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => key);
  }

  get items(): Excel.CustomXmlPart[] {
    return this._get("items");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  protected _lookup(
    call: string,
    find: (parts: CustomXmlPartModel[]) => CustomXmlPartModel | undefined,
    orNull: boolean,
  ): Excel.CustomXmlPart {
    const part = new EmCustomXmlPart(this._ctx, `${this._path}.${call}`, (exec): Resolved<string> => {
      const scope = this._resolve(exec);
      if (scope === NULL_TARGET) return NULL_TARGET;
      const found = find(partsIn(exec.model, scope));
      if (found) return found.id;
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
    return part._queueLookup() as unknown as Excel.CustomXmlPart;
  }

  getItem(id: string): Excel.CustomXmlPart {
    return this._lookup(`getItem(${JSON.stringify(id)})`, (parts) => parts.find((p) => p.id === id), false);
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return this._lookup(
      `getItemOrNullObject(${JSON.stringify(id)})`,
      (parts) => parts.find((p) => p.id === id),
      true,
    );
  }
}

type CollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "add"
  | "getByNamespace"
  | "getCount"
  | "getItem"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

export class EmCustomXmlPartCollection
  extends EmPartsBase
  implements Pick<Excel.CustomXmlPartCollection, CollectionMembers>
{
  get _typeName(): string {
    return "CustomXmlPartCollection";
  }

  add(xml: string): Excel.CustomXmlPart {
    let created: string | undefined;
    const part = new EmCustomXmlPart(this._ctx, `${this._path}.add(…)`, (exec) => {
      if (created) return created;
      const checked = checkedXml(xml);
      created = newPartId(exec.model);
      exec.model.customXmlParts.push({ id: created, ...checked });
      return created;
    });
    this._ctx._enqueue({
      describe: `${this._path}.add(xml)`,
      requestBytes: xml.length,
      write: true,
      execute: (exec) => void part._resolve(exec),
    });
    return part as unknown as Excel.CustomXmlPart;
  }

  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    const scoped = new EmCustomXmlPartScopedCollection(
      this._ctx,
      `${this._path}.getByNamespace(${JSON.stringify(namespaceUri)})`,
      () => ({ namespaceUri }),
    );
    return scoped as unknown as Excel.CustomXmlPartScopedCollection;
  }

  load(
    options?: Excel.Interfaces.CustomXmlPartCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.CustomXmlPartCollection;
  load(propertyNames?: string | string[]): Excel.CustomXmlPartCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.CustomXmlPartCollection;
  load(spec?: unknown): Excel.CustomXmlPartCollection {
    return this._load(spec) as unknown as Excel.CustomXmlPartCollection;
  }

  override toJSON(): Excel.Interfaces.CustomXmlPartCollectionData {
    return this._json() as unknown as Excel.Interfaces.CustomXmlPartCollectionData;
  }
}

type ScopedMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "getCount"
  | "getItem"
  | "getItemOrNullObject"
  | "getOnlyItem"
  | "getOnlyItemOrNullObject"
  | "load"
  | "toJSON";

export class EmCustomXmlPartScopedCollection
  extends EmPartsBase
  implements Pick<Excel.CustomXmlPartScopedCollection, ScopedMembers>
{
  get _typeName(): string {
    return "CustomXmlPartScopedCollection";
  }

  /** The only part of the namespace; with none or several, `getOnlyItem` fails and the other is null. */
  getOnlyItem(): Excel.CustomXmlPart {
    const part = new EmCustomXmlPart(this._ctx, `${this._path}.getOnlyItem()`, (exec) => {
      const scope = this._resolve(exec);
      if (scope === NULL_TARGET) return NULL_TARGET;
      const parts = partsIn(exec.model, scope);
      if (parts.length === 0) throw officeError(ErrorCode.itemNotFound, "no part in this namespace");
      if (parts.length > 1)
        throw officeError(ErrorCode.invalidOperation, `${parts.length} parts in this namespace`);
      return parts[0].id;
    });
    return part._queueLookup() as unknown as Excel.CustomXmlPart;
  }

  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return this._lookup(
      "getOnlyItemOrNullObject()",
      (parts) => (parts.length === 1 ? parts[0] : undefined),
      true,
    );
  }

  load(
    options?: Excel.Interfaces.CustomXmlPartScopedCollectionLoadOptions &
      Excel.Interfaces.CollectionLoadOptions,
  ): Excel.CustomXmlPartScopedCollection;
  load(propertyNames?: string | string[]): Excel.CustomXmlPartScopedCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.CustomXmlPartScopedCollection;
  load(spec?: unknown): Excel.CustomXmlPartScopedCollection {
    return this._load(spec) as unknown as Excel.CustomXmlPartScopedCollection;
  }

  override toJSON(): Excel.Interfaces.CustomXmlPartScopedCollectionData {
    return this._json() as unknown as Excel.Interfaces.CustomXmlPartScopedCollectionData;
  }
}

type PartMembers =
  "context" | "isNullObject" | "id" | "namespaceUri" | "delete" | "getXml" | "setXml" | "load" | "toJSON";

export class EmCustomXmlPart
  extends EmClientObject<string>
  implements Pick<Excel.CustomXmlPart, PartMembers>
{
  get _typeName(): string {
    return "CustomXmlPart";
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "namespaceUri"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const part = partById(exec.model, target);
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = name === "id" ? part.id : part.namespaceUri;
    return values;
  }

  get id(): string {
    return this._get("id");
  }

  get namespaceUri(): string {
    return this._get("namespaceUri");
  }

  getXml(): OfficeExtension.ClientResult<string> {
    return queueResult(this, "getXml", (exec) => {
      const id = this._resolve(exec);
      return id === NULL_TARGET ? NULL_TARGET : partById(exec.model, id).xml;
    });
  }

  setXml(xml: string): void {
    this._queueCall("setXml", xml, (target, exec) => {
      const part = partById(exec.model, target);
      const checked = checkedXml(xml);
      part.xml = checked.xml;
      part.namespaceUri = checked.namespaceUri;
    });
  }

  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) => {
      partById(exec.model, target);
      exec.model.customXmlParts = exec.model.customXmlParts.filter((p) => p.id !== target);
    });
  }

  load(options?: Excel.Interfaces.CustomXmlPartLoadOptions): Excel.CustomXmlPart;
  load(propertyNames?: string | string[]): Excel.CustomXmlPart;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.CustomXmlPart;
  load(spec?: unknown): Excel.CustomXmlPart {
    return this._load(spec) as unknown as Excel.CustomXmlPart;
  }

  override toJSON(): Excel.Interfaces.CustomXmlPartData {
    return this._json() as unknown as Excel.Interfaces.CustomXmlPartData;
  }
}
