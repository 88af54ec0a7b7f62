/**
 * The base of every emulated proxy object. It models what makes Office.js strict:
 * - property reads before `load` + `sync` throw `PropertyNotLoaded`;
 * - writes and method calls are queued and applied at `sync`;
 * - objects from `get…` methods are looked up at `sync` (a missing item fails the batch with `ItemNotFound`,
 *   a `…OrNullObject` look-up yields `isNullObject`, known only after `sync`);
 * - an Excel member the emulator lacks throws `EmulatorGapError` instead of silently returning `undefined`.
 */
import type { EmRequestContext } from "./context";
import { EmulatorGapError, ErrorCode, officeError, propertyNotLoaded } from "./errors";
import type { Action, ExecState, Resolvable } from "./exec";
import type { LoadTree } from "./loadTree";
import { emptyTree, parseLoadSpec } from "./loadTree";
import { jsonBytes } from "./payload";

/** The look-up result of a `…OrNullObject` that found nothing. */
export const NULL_TARGET = Symbol("null object");
export type Resolved<T> = T | typeof NULL_TARGET;

/** Property names that tools (await, jest, JSON, inspectors) probe; reading them must not throw. */
const PROBED = new Set([
  "then",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "toJSON",
  "inspect",
  "constructor",
  "jasmineToString",
  "hasAttribute",
  "length",
]);

function isProbe(name: string): boolean {
  return PROBED.has(name) || name.startsWith("_") || name.startsWith("@@") || name.startsWith("$$");
}

/** Wraps an object so that reading a member it does not define throws a clear `EmulatorGapError`. */
export function guard<T extends object>(object: T, typeName: () => string): T {
  return new Proxy(object, {
    get(target, property, receiver) {
      if (typeof property === "string" && !(property in target) && !isProbe(property)) {
        throw new EmulatorGapError(`${typeName()}.${property}`);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

export abstract class EmClientObject<TTarget> implements Resolvable {
  protected readonly _values = new Map<string, unknown>();
  private _target: Resolved<TTarget> | undefined;
  private _isNull: boolean | undefined;

  constructor(
    readonly _ctx: EmRequestContext,
    /** A readable path such as `worksheets.getItem("Enn2").getRange("A1")`, for errors. */
    readonly _path: string,
    /** Finds what this proxy stands for in the model, at `sync` time. */
    private readonly _resolver: (exec: ExecState) => Resolved<TTarget>,
  ) {
    // Returning the guard from the base constructor makes every subclass instance guarded.
    if (_ctx._host.guardUnimplemented) return guard(this, () => this._typeName);
  }

  /** The Excel class name, e.g. `Range`. */
  abstract get _typeName(): string;
  /** Scalar properties `load` can fetch (and `load()` without names fetches all of). */
  protected abstract _scalarNames(): readonly string[];
  /** Computes loaded values at `sync` time. */
  protected abstract _readScalars(
    target: TTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown>;

  /** Navigation properties `load("child/…")` may traverse. */
  protected _child(name: string): EmClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  get context(): Excel.RequestContext {
    return this._ctx as unknown as Excel.RequestContext;
  }

  /** Known after the first `sync` that looked this object up; before that it throws like Excel. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._isNull;
  }

  // ---- resolution -------------------------------------------------------------------------------------

  _resolve(exec: ExecState): Resolved<TTarget> {
    if (this._target === undefined) {
      this._target = this._resolver(exec);
      exec.resolved.push(this);
    }
    return this._target;
  }

  /** The target, failing the batch when the object is a null object used where Excel needs a real one. */
  _require(exec: ExecState): TTarget {
    const target = this._resolve(exec);
    if (target === NULL_TARGET) throw officeError(ErrorCode.itemNotFound, this._path);
    return target;
  }

  _forgetResolution(): void {
    this._target = undefined;
  }

  _markResolved(): void {
    if (this._target !== undefined) this._isNull = this._target === NULL_TARGET;
  }

  // ---- reading ----------------------------------------------------------------------------------------

  /** Reads a loaded (or locally set) property; Office.js semantics for unloaded ones and null objects. */
  protected _get<T>(name: string): T {
    if (this._values.has(name)) return this._values.get(name) as T;
    if (this._isNull === true) return null as T;
    throw propertyNotLoaded(this._typeName, name);
  }

  // ---- queueing ---------------------------------------------------------------------------------------

  protected _enqueue(action: Action): void {
    this._ctx._enqueue(action);
  }

  /**
   * Queues the look-up of an object returned by a `get…` method (Office.js instantiates it in the batch);
   * `creates` for `add`/`copy` methods whose look-up makes the object.
   */
  _queueLookup(creates = false, undoUnsupported = false): this {
    this._enqueue({
      describe: this._path,
      requestBytes: jsonBytes(this._path),
      write: creates,
      undoUnsupported,
      execute: (exec) => void this._resolve(exec),
    });
    return this;
  }

  /** Whether this object's writes change the workbook (undo); not for runtime or application switches. */
  protected get _changesDocument(): boolean {
    return true;
  }

  /** Queues a property write; like Office.js the proxy shows the written value until the next load. */
  protected _queueSet(
    property: string,
    value: unknown,
    apply: (target: TTarget, exec: ExecState) => void,
    undoUnsupported = false,
  ): void {
    this._values.set(property, value);
    this._queueCall(`${property} =`, value, apply, undoUnsupported);
  }

  /** Queues a method call or write. Operations on a null object are skipped, as in Excel. */
  protected _queueCall(
    name: string,
    args: unknown,
    apply: (target: TTarget, exec: ExecState) => void,
    undoUnsupported = false,
  ): void {
    const path = this._path;
    this._enqueue({
      describe: `${path}.${name}`,
      write: this._changesDocument,
      undoUnsupported,
      // Measured at sync, when Office.js serialises the request (the caller may still change `args`).
      get requestBytes() {
        return jsonBytes({ path, name, args });
      },
      execute: (exec) => {
        const target = this._resolve(exec);
        if (target === NULL_TARGET) return;
        apply(target, exec);
      },
    });
  }

  // ---- load -------------------------------------------------------------------------------------------

  /** Shared `load` implementation; subclasses expose it with Excel's overloads. */
  protected _load(spec: unknown): this {
    const tree = parseLoadSpec(spec);
    this._checkTree(tree);
    const names = [...tree.names.keys()].join(",") || "*";
    this._enqueue({
      describe: `${this._path}.load(${names})`,
      requestBytes: jsonBytes({ path: this._path, load: names }),
      execute: (exec) => this._executeLoad(tree, exec),
    });
    return this;
  }

  /** Rejects, at the `load` call, names the emulator cannot serve: a gap, not an Excel error. */
  _checkTree(tree: LoadTree): void {
    const scalars = this._scalarNames();
    for (const [name, sub] of tree.names) {
      const child = this._child(name);
      if (child) child._checkTree(sub === true ? emptyTree(true) : sub);
      else if (sub !== true || !scalars.includes(name)) {
        throw new EmulatorGapError(`${this._typeName}.load("${name}")`);
      }
    }
  }

  _executeLoad(tree: LoadTree, exec: ExecState): void {
    const target = this._resolve(exec);
    if (target === NULL_TARGET) return;
    const names = new Set<string>(tree.all ? this._scalarNames() : []);
    for (const [name, sub] of tree.names) {
      const child = this._child(name);
      if (child) child._executeLoad(sub === true ? emptyTree(true) : sub, exec);
      else names.add(name);
    }
    if (names.size === 0) return;
    const values = this._readScalars(target, [...names], exec);
    exec.deliver(values, () => {
      for (const [name, value] of Object.entries(values)) this._values.set(name, value);
    });
  }

  // ---- set / toJSON / tracking ------------------------------------------------------------------------

  /** Order in which `set({...})` applies properties (e.g. number format before values). */
  protected _setOrder(): readonly string[] {
    return [];
  }

  _setFrom(properties: object): void {
    const order = this._setOrder();
    const entries = Object.entries(properties).sort(
      ([a], [b]) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1),
    );
    for (const [name, value] of entries) {
      const child = this._child(name);
      if (child && value && typeof value === "object") {
        child._setFrom(value as object);
        continue;
      }
      const descriptor = findSetter(this, name);
      if (!descriptor) throw new EmulatorGapError(`${this._typeName}.set({ ${name} })`);
      descriptor.call(this, value);
    }
  }

  /** The loaded data as plain JSON, as Office.js's `toJSON()` gives it. */
  _json(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [name, value] of this._values) json[name] = value;
    return json;
  }

  toJSON(): object {
    return this._json();
  }
}

function findSetter(object: object, name: string): ((value: unknown) => void) | undefined {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set;
  }
  return undefined;
}

/** `OfficeExtension.ClientResult`: a value that exists only after `sync`. */
export class EmClientResult<T> implements OfficeExtension.ClientResult<T> {
  private _loaded = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._loaded) throw officeError(ErrorCode.valueNotLoaded);
    return this._value as T;
  }

  _set(value: T): void {
    this._loaded = true;
    this._value = value;
  }
}

/** Queues the computation of a `ClientResult` (e.g. `getCount()`, `getXml()`). */
export function queueResult<T>(
  owner: EmClientObject<unknown>,
  name: string,
  compute: (exec: ExecState) => T | typeof NULL_TARGET,
): OfficeExtension.ClientResult<T> {
  const result = new EmClientResult<T>();
  owner._ctx._enqueue({
    describe: `${owner._path}.${name}()`,
    requestBytes: jsonBytes({ path: owner._path, name }),
    execute: (exec) => {
      const value = compute(exec);
      if (value === NULL_TARGET) return;
      exec.deliver(value, () => result._set(value));
    },
  });
  return result;
}
