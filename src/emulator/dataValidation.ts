/**
 * `Excel.DataValidation` (ExcelApi 1.8) on a range: the rule, input prompt, error alert and `ignoreBlanks`
 * of every cell, strict where Excel is:
 * - `type` reads the rule's kind when every cell has the same validation, `None` when no cell has one,
 *   `MixedCriteria` when some cells have one and others none, `Inconsistent` when the cells differ;
 *   `rule`, `prompt`, `errorAlert` and `ignoreBlanks` read `null` unless every cell agrees.
 * - Setting `rule` on a range whose cells differ fails with `InvalidArgument` (OfficeDev/office-js#2594);
 *   a rule must name exactly one kind, with its required parts.
 * - Prompt titles and error titles are limited to 32 characters, prompt messages to 255 and error messages
 *   to 225, a typed list source to 255 characters, as in Excel's dialog.
 * - A protected sheet refuses every change (`AccessDenied`), whatever its protection options.
 *
 * Validations are kept per emulator, by sheet id and cell, beside the workbook model (which stays as it
 * was); `dataValidationAt` reads them in tests. Not modelled: `valid`, `getInvalidCells`, checking a
 * user's typing against the rule, and undoing validation changes when an `atomicSync` batch fails.
 */
import type { CellArea } from "./address";
import { areaCellCount } from "./address";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import type { EmRequestContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { EmulatorHost } from "./host";
import { cellKey, keyToCell } from "./model";
import type { EmRange } from "./range";
import type { CellsTarget } from "./sheetOps";
import { assertMaterializable, sheetOf } from "./sheetOps";

/** One cell's data validation, as plain data. */
export interface DataValidationModel {
  rule: Excel.DataValidationRule | null;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"] as const;
type RuleKind = (typeof RULE_KINDS)[number];
const TYPE_OF: Record<RuleKind, Excel.DataValidationType> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
} as Record<RuleKind, Excel.DataValidationType>;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];

/** Excel's dialog limits. */
export const DATA_VALIDATION_LIMITS = {
  title: 32,
  promptMessage: 255,
  errorMessage: 225,
  listSource: 255,
} as const;

function defaults(): DataValidationModel {
  return {
    rule: null,
    prompt: { message: "", showPrompt: true, title: "" },
    errorAlert: { message: "", showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: "" },
    ignoreBlanks: true,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Models are plain JSON (and `structuredClone` is missing from some test environments). */
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const isDefault = (model: DataValidationModel) => same(model, defaults());

// ---- storage ---------------------------------------------------------------------------------------------

const stores = new WeakMap<EmulatorHost, Map<string, Map<number, DataValidationModel>>>();

function cellsOf(host: EmulatorHost, sheetId: string): Map<number, DataValidationModel> {
  let sheets = stores.get(host);
  if (!sheets) stores.set(host, (sheets = new Map()));
  let cells = sheets.get(sheetId);
  if (!cells) sheets.set(sheetId, (cells = new Map()));
  return cells;
}

/** A copied sheet (`worksheet.copy`) keeps its cells' validation. */
export function copyDataValidations(host: EmulatorHost, fromSheetId: string, toSheetId: string): void {
  const to = cellsOf(host, toSheetId);
  for (const [key, model] of cellsOf(host, fromSheetId)) to.set(key, clone(model));
}

/** A sheet's validations under its new id (`changeSheetIds`). */
export function moveDataValidations(host: EmulatorHost, fromSheetId: string, toSheetId: string): void {
  const sheets = stores.get(host);
  const cells = sheets?.get(fromSheetId);
  if (!sheets || !cells) return;
  sheets.delete(fromSheetId);
  sheets.set(toSheetId, cells);
}

/** A cell's validation (for tests), or `undefined` when it has none. */
export function dataValidationAt(
  host: EmulatorHost,
  sheetName: string,
  row: number,
  column: number,
): DataValidationModel | undefined {
  const sheet = host.model.sheetByName(sheetName);
  if (!sheet) return undefined;
  const found = cellsOf(host, sheet.id).get(cellKey(row, column));
  return found && clone(found);
}

/** Every cell of a sheet that has a validation, by row and column (for tests). */
export function dataValidationCells(host: EmulatorHost, sheetName: string): [number, number][] {
  const sheet = host.model.sheetByName(sheetName);
  if (!sheet) return [];
  return [...cellsOf(host, sheet.id).keys()]
    .map((key) => keyToCell(key))
    .map(({ row, column }) => [row, column] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Every validated cell of the workbook (`Enn2!5,4` → its validation), for before/after comparisons. */
export function allDataValidations(host: EmulatorHost): Record<string, DataValidationModel | undefined> {
  const all: Record<string, DataValidationModel | undefined> = {};
  for (const sheet of host.model.sheets)
    for (const [row, column] of dataValidationCells(host, sheet.name))
      all[`${sheet.name}!${row},${column}`] = dataValidationAt(host, sheet.name, row, column);
  return all;
}

/** The models of every cell of the areas (`undefined` for cells without one), row by row. */
function modelsIn(
  cells: Map<number, DataValidationModel>,
  areas: CellArea[],
): (DataValidationModel | undefined)[] {
  const found: (DataValidationModel | undefined)[] = [];
  for (const area of areas) {
    if (areaCellCount(area) > cells.size) {
      // Large areas: count the stored cells inside and stand the rest in as `undefined`.
      let inside = 0;
      for (const [key, model] of cells) {
        const { row, column } = keyToCell(key);
        if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) {
          found.push(model);
          inside++;
        }
      }
      if (inside < areaCellCount(area)) found.push(undefined);
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) found.push(cells.get(cellKey(r, c)));
  }
  return found;
}

/** The validation every cell shares (`undefined` = none), or `"mixed"` / `"inconsistent"`. */
function shared(
  models: (DataValidationModel | undefined)[],
): DataValidationModel | undefined | "mixed" | "inconsistent" {
  const withRule = models.filter((m) => m?.rule);
  if (withRule.length === 0) {
    const first = models[0];
    return models.every((m) => same(m ?? defaults(), first ?? defaults())) ? first : "inconsistent";
  }
  if (withRule.length < models.length) return "mixed";
  return models.every((m) => same(m, models[0])) ? models[0] : "inconsistent";
}

function ruleKind(rule: Excel.DataValidationRule): RuleKind {
  const kinds = RULE_KINDS.filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1)
    throw officeError(
      ErrorCode.invalidArgument,
      `a data validation rule needs exactly one kind, got ${kinds.length}`,
    );
  return kinds[0];
}

function checkRule(rule: unknown): Excel.DataValidationRule {
  if (!rule || typeof rule !== "object")
    throw officeError(ErrorCode.invalidArgument, "rule must be an object");
  const typed = rule as Excel.DataValidationRule;
  const kind = ruleKind(typed);
  const part = (typed as Record<string, Record<string, unknown>>)[kind];
  const present = (v: unknown) => v !== undefined && v !== null && v !== "";
  if (kind === "list") {
    const source = part.source;
    if (typeof source !== "string" || source.trim() === "")
      throw officeError(ErrorCode.invalidArgument, "list.source must be a non-empty text or range");
    if (!source.startsWith("=") && source.length > DATA_VALIDATION_LIMITS.listSource)
      throw officeError(
        ErrorCode.invalidArgument,
        `list.source is longer than ${DATA_VALIDATION_LIMITS.listSource}`,
      );
  } else if (kind === "custom") {
    if (!present(part.formula)) throw officeError(ErrorCode.invalidArgument, "custom.formula is missing");
  } else {
    if (!OPERATORS.includes(String(part.operator)))
      throw officeError(ErrorCode.invalidArgument, `${kind}.operator ${String(part.operator)}`);
    if (!present(part.formula1)) throw officeError(ErrorCode.invalidArgument, `${kind}.formula1 is missing`);
    const between = part.operator === "Between" || part.operator === "NotBetween";
    if (between && !present(part.formula2))
      throw officeError(
        ErrorCode.invalidArgument,
        `${kind}.formula2 is missing for ${String(part.operator)}`,
      );
  }
  return clone(typed);
}

function checkText(value: unknown, limit: number, what: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string") throw officeError(ErrorCode.invalidArgument, `${what} must be text`);
  if (value.length > limit)
    throw officeError(ErrorCode.invalidArgument, `${what} is longer than ${limit} characters`);
  return value;
}

// ---- the proxy -------------------------------------------------------------------------------------------

type DataValidationMembers =
  | "context"
  | "isNullObject"
  | "type"
  | "rule"
  | "prompt"
  | "errorAlert"
  | "ignoreBlanks"
  | "clear"
  | "set"
  | "load"
  | "toJSON";

export class EmDataValidation
  extends EmClientObject<CellsTarget>
  implements Pick<Excel.DataValidation, DataValidationMembers>
{
  get _typeName(): string {
    return "DataValidation";
  }

  protected _scalarNames(): readonly string[] {
    return ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"];
  }

  protected override _setOrder(): readonly string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks"];
  }

  protected _readScalars(
    target: CellsTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    sheetOf(exec.model, target.sheetId);
    const common = shared(modelsIn(cellsOf(exec.host, target.sheetId), target.areas));
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "type") {
        if (common === "mixed") values.type = "MixedCriteria";
        else if (common === "inconsistent") values.type = "Inconsistent";
        else values.type = common?.rule ? TYPE_OF[ruleKind(common.rule)] : "None";
        continue;
      }
      if (common === "mixed" || common === "inconsistent") {
        values[name] = null;
        continue;
      }
      const model = common ?? defaults();
      values[name] = clone(model[name as keyof DataValidationModel]);
    }
    return values;
  }

  /** Applies `change` to every cell's model, after the protection check; drops models back at defaults. */
  private _update(target: CellsTarget, exec: ExecState, change: (model: DataValidationModel) => void): void {
    const sheet = sheetOf(exec.model, target.sheetId);
    if (sheet.protection.protected)
      throw officeError(ErrorCode.accessDenied, `worksheet "${sheet.name}" is protected`);
    assertMaterializable(target.areas, "data validation");
    const cells = cellsOf(exec.host, target.sheetId);
    for (const area of target.areas) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = cellKey(r, c);
          const model = clone(cells.get(key) ?? defaults());
          change(model);
          if (isDefault(model)) cells.delete(key);
          else cells.set(key, model);
        }
      }
    }
  }

  get type(): Excel.DataValidationType {
    return this._get("type");
  }

  get rule(): Excel.DataValidationRule {
    return this._get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this._queueSet("rule", rule, (target, exec) => {
      const checked = checkRule(rule);
      const current = shared(modelsIn(cellsOf(exec.host, target.sheetId), target.areas));
      if (current === "mixed" || current === "inconsistent")
        throw officeError(
          ErrorCode.invalidArgument,
          "the range has different data validations; clear it first",
        );
      this._update(target, exec, (model) => (model.rule = clone(checked)));
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._get("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this._queueSet("prompt", prompt, (target, exec) => {
      const checked = {
        message: checkText(prompt?.message, DATA_VALIDATION_LIMITS.promptMessage, "prompt.message"),
        showPrompt: prompt?.showPrompt ?? true,
        title: checkText(prompt?.title, DATA_VALIDATION_LIMITS.title, "prompt.title"),
      };
      this._update(target, exec, (model) => (model.prompt = { ...checked }));
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this._queueSet("errorAlert", alert, (target, exec) => {
      const style = alert?.style ?? "Stop";
      if (!ALERT_STYLES.includes(style))
        throw officeError(ErrorCode.invalidArgument, `errorAlert.style ${style}`);
      const checked = {
        message: checkText(alert?.message, DATA_VALIDATION_LIMITS.errorMessage, "errorAlert.message"),
        showAlert: alert?.showAlert ?? true,
        style: style as Excel.DataValidationAlertStyle,
        title: checkText(alert?.title, DATA_VALIDATION_LIMITS.title, "errorAlert.title"),
      };
      this._update(target, exec, (model) => (model.errorAlert = { ...checked }));
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this._queueSet("ignoreBlanks", ignore, (target, exec) => {
      if (typeof ignore !== "boolean")
        throw officeError(ErrorCode.invalidArgument, "ignoreBlanks must be a boolean");
      this._update(target, exec, (model) => (model.ignoreBlanks = ignore));
    });
  }

  /** Removes the validation of every cell of the range. */
  clear(): void {
    for (const name of this._scalarNames()) this._values.delete(name);
    this._queueCall("clear()", undefined, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      if (sheet.protection.protected)
        throw officeError(ErrorCode.accessDenied, `worksheet "${sheet.name}" is protected`);
      const cells = cellsOf(exec.host, target.sheetId);
      for (const key of [...cells.keys()]) {
        const { row, column } = keyToCell(key);
        if (
          target.areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right)
        )
          cells.delete(key);
      }
    });
  }

  set(properties: Excel.Interfaces.DataValidationUpdateData | Excel.DataValidation): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.DataValidationLoadOptions): Excel.DataValidation;
  load(propertyNames?: string | string[]): Excel.DataValidation;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.DataValidation;
  load(spec?: unknown): Excel.DataValidation {
    return this._load(spec) as unknown as Excel.DataValidation;
  }

  override toJSON(): Excel.Interfaces.DataValidationData {
    return this._json() as Excel.Interfaces.DataValidationData;
  }
}

/** `range.dataValidation`: one proxy per range proxy, resolving to the range's cells at `sync`. */
const proxies = new WeakMap<EmRange, EmDataValidation>();

export function dataValidationOf(range: EmRange): EmDataValidation {
  let proxy = proxies.get(range);
  if (!proxy) {
    const ctx: EmRequestContext = range._ctx;
    proxy = new EmDataValidation(ctx, `${range._path}.dataValidation`, (exec): Resolved<CellsTarget> => {
      const target = range._resolve(exec);
      return target === NULL_TARGET ? NULL_TARGET : { sheetId: target.sheetId, areas: [target.area] };
    });
    proxies.set(range, proxy);
  }
  return proxy;
}
