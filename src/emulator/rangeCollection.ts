/** `Excel.RangeCollection`: the rectangles of a `RangeAreas` (`areas`), in order. */
import type { Resolved } from "./clientObject";
import { NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import { EmRange } from "./range";
import type { CellsTarget, RangeTarget } from "./sheetOps";

type RangeCollectionMembers =
  "context" | "isNullObject" | "items" | "getCount" | "getItemAt" | "load" | "toJSON";

export class EmRangeCollection
  extends EmCollection<CellsTarget, EmRange>
  implements Pick<Excel.RangeCollection, RangeCollectionMembers>
{
  get _typeName(): string {
    return "RangeCollection";
  }

  protected _itemKeys(target: CellsTarget): string[] {
    return target.areas.map((_, index) => String(index));
  }

  protected _makeItem(key: string): EmRange {
    return new EmRange(this._ctx, `${this._path}.items[${key}]`, (exec) => this._areaAt(exec, Number(key)));
  }

  private _areaAt(exec: ExecState, index: number): Resolved<RangeTarget> {
    const target = this._resolve(exec);
    if (target === NULL_TARGET) return NULL_TARGET;
    const area = target.areas[index];
    if (!area) throw officeError(ErrorCode.invalidArgument, `no area at index ${index}`);
    return { sheetId: target.sheetId, area };
  }

  get items(): Excel.Range[] {
    return this._get("items");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  getItemAt(index: number): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.getItemAt(${index})`, (exec) =>
      this._areaAt(exec, index),
    );
    return range._queueLookup() as unknown as Excel.Range;
  }

  load(
    options?: Excel.Interfaces.RangeCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions,
  ): Excel.RangeCollection;
  load(propertyNames?: string | string[]): Excel.RangeCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.RangeCollection;
  load(spec?: unknown): Excel.RangeCollection {
    return this._load(spec) as unknown as Excel.RangeCollection;
  }

  override toJSON(): Excel.Interfaces.RangeCollectionData {
    return this._json() as unknown as Excel.Interfaces.RangeCollectionData;
  }
}
