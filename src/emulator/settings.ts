/**
 * `workbook.settings` (Excel's `SettingCollection`, ExcelApi 1.4): key/value pairs saved in the workbook.
 * Values go through JSON like Excel stores them, so a `Date` comes back as its ISO text. This is not
 * `Office.context.document.settings`, which is a different API.
 */
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { jsonBytes } from "./payload";

function stored(exec: ExecState, key: string): string {
  const value = exec.model.settings.get(key);
  if (value === undefined) throw officeError(ErrorCode.itemNotFound, `setting ${JSON.stringify(key)}`);
  return value;
}

function serialize(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw officeError(ErrorCode.invalidArgument, "a setting needs a JSON value");
  return json;
}

type SettingCollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "add"
  | "getCount"
  | "getItem"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

export class EmSettingCollection
  extends EmCollection<true, EmSetting>
  implements Pick<Excel.SettingCollection, SettingCollectionMembers>
{
  get _typeName(): string {
    return "SettingCollection";
  }

  protected _itemKeys(_target: true, exec: ExecState): string[] {
    return [...exec.model.settings.keys()];
  }

  protected _makeItem(key: string): EmSetting {
    return new EmSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => key);
  }

  get items(): Excel.Setting[] {
    return this._get("items");
  }

  /** Adds or replaces a setting. */
  add(key: string, value: string | number | boolean | Date | any[] | any): Excel.Setting {
    let done = false;
    const setting = new EmSetting(this._ctx, `${this._path}.add(${JSON.stringify(key)})`, (exec) => {
      if (!done) {
        if (typeof key !== "string" || key === "")
          throw officeError(ErrorCode.invalidArgument, "setting key");
        exec.model.settings.set(key, serialize(value));
        done = true;
      }
      return key;
    });
    this._ctx._enqueue({
      describe: `${this._path}.add(${JSON.stringify(key)}, …)`,
      requestBytes: jsonBytes({ key, value }),
      write: true,
      execute: (exec) => void setting._resolve(exec),
    });
    return setting as unknown as Excel.Setting;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  private _lookup(key: string, orNull: boolean): Excel.Setting {
    const name = orNull ? "getItemOrNullObject" : "getItem";
    const setting = new EmSetting(
      this._ctx,
      `${this._path}.${name}(${JSON.stringify(key)})`,
      (exec): Resolved<string> => {
        if (exec.model.settings.has(key)) return key;
        if (orNull) return NULL_TARGET;
        throw officeError(ErrorCode.itemNotFound, `setting ${JSON.stringify(key)}`);
      },
    );
    return setting._queueLookup() as unknown as Excel.Setting;
  }

  getItem(key: string): Excel.Setting {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): Excel.Setting {
    return this._lookup(key, true);
  }

  load(
    options?: Excel.Interfaces.SettingCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.SettingCollection;
  load(propertyNames?: string | string[]): Excel.SettingCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.SettingCollection;
  load(spec?: unknown): Excel.SettingCollection {
    return this._load(spec) as unknown as Excel.SettingCollection;
  }

  override toJSON(): Excel.Interfaces.SettingCollectionData {
    return this._json() as unknown as Excel.Interfaces.SettingCollectionData;
  }
}

type SettingMembers = "context" | "isNullObject" | "key" | "value" | "set" | "delete" | "load" | "toJSON";

export class EmSetting extends EmClientObject<string> implements Pick<Excel.Setting, SettingMembers> {
  get _typeName(): string {
    return "Setting";
  }

  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }

  protected _readScalars(target: string, names: readonly string[], exec: ExecState): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = name === "key" ? target : JSON.parse(stored(exec, target));
    return values;
  }

  get key(): string {
    return this._get("key");
  }

  get value(): any {
    return this._get("value");
  }
  set value(value: any) {
    this._queueSet("value", value, (target, exec) => {
      stored(exec, target);
      exec.model.settings.set(target, serialize(value));
    });
  }

  set(
    properties: Excel.Interfaces.SettingUpdateData | Excel.Setting,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) => {
      stored(exec, target);
      exec.model.settings.delete(target);
    });
  }

  load(options?: Excel.Interfaces.SettingLoadOptions): Excel.Setting;
  load(propertyNames?: string | string[]): Excel.Setting;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.Setting;
  load(spec?: unknown): Excel.Setting {
    return this._load(spec) as unknown as Excel.Setting;
  }

  override toJSON(): Excel.Interfaces.SettingData {
    return this._json() as unknown as Excel.Interfaces.SettingData;
  }
}
