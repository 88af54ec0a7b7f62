/** Collections (`worksheets`, `settings`, `areas`, …): `items` exists only after `load` + `sync`. */
import { EmClientObject, NULL_TARGET, queueResult } from "./clientObject";
import { EmulatorGapError } from "./errors";
import type { ExecState } from "./exec";
import type { LoadTree } from "./loadTree";
import { emptyTree } from "./loadTree";

export abstract class EmCollection<
  TTarget,
  TItem extends EmClientObject<unknown>,
> extends EmClientObject<TTarget> {
  private readonly _items = new Map<string, TItem>();

  /** Keys of the current items, in collection order, at `sync` time. */
  protected abstract _itemKeys(target: TTarget, exec: ExecState): string[];
  /** A proxy for the item with this key (already bound to it, no look-up needed). */
  protected abstract _makeItem(key: string): TItem;

  protected _item(key: string): TItem {
    let item = this._items.get(key);
    if (!item) {
      item = this._makeItem(key);
      this._items.set(key, item);
    }
    return item;
  }

  /** Collections of Excel have few scalars of their own; names of item properties load on every item. */
  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(
    target: TTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    void target;
    void names;
    void exec;
    return {};
  }

  protected _itemTree(tree: LoadTree): LoadTree {
    const own = this._scalarNames();
    const items = tree.names.get("items");
    const itemTree: LoadTree = items === undefined || items === true ? emptyTree(items === true) : items;
    for (const [name, sub] of tree.names) {
      if (name !== "items" && !own.includes(name)) itemTree.names.set(name, sub);
    }
    if (tree.all) itemTree.all = true;
    return itemTree;
  }

  override _checkTree(tree: LoadTree): void {
    const own = this._scalarNames();
    for (const [name, sub] of tree.names) {
      if (own.includes(name) && sub !== true)
        throw new EmulatorGapError(`${this._typeName}.load("${name}/…")`);
    }
    // An unbound item proxy checks the item part; it is never queued.
    this._makeItem("")._checkTree(this._itemTree(tree));
  }

  override _executeLoad(tree: LoadTree, exec: ExecState): void {
    const target = this._resolve(exec);
    if (target === NULL_TARGET) return;
    const own = this._scalarNames().filter((n) => tree.all || tree.names.has(n));
    if (own.length > 0) {
      const values = this._readScalars(target, own, exec);
      exec.deliver(values, () => {
        for (const [name, value] of Object.entries(values)) this._values.set(name, value);
      });
    }
    const itemTree = this._itemTree(tree);
    const wantsItems = tree.all || tree.names.has("items") || itemTree.names.size > 0;
    if (!wantsItems) return;
    const items = this._itemKeys(target, exec).map((key) => this._item(key));
    for (const item of items) {
      item._resolve(exec);
      item._executeLoad(itemTree, exec);
    }
    exec.deliver([], () => this._values.set("items", items));
  }

  /** `getCount()`: the number of items at `sync` time. */
  protected _queueCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this, "getCount", (exec) => {
      const target = this._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : this._itemKeys(target, exec).length;
    });
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const items = this._values.get("items") as TItem[] | undefined;
    if (items) json.items = items.map((item) => item._json());
    return json;
  }
}
