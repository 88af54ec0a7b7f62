/**
 * Conditional formats (ExcelApi 1.6): `range.conditionalFormats`, `rangeAreas.conditionalFormats` (1.9) and,
 * for a whole sheet, `worksheet.getRange().conditionalFormats`. Only custom (formula) rules are modelled:
 * `add("Custom")`, `custom.rule.formula`, `custom.format.fill` and `custom.format.font`, `getRange`,
 * `getRangeOrNullObject`, `getRanges` (1.9), `priority`, `stopIfTrue`, `type`, `delete`, and on the
 * collection `items`, `getCount`, `getItem`, `getItemAt`, `getItemOrNullObject` (1.14) and `clearAll`.
 * Docs: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting and the
 * `Excel.ConditionalFormat*` reference.
 *
 * As in Excel:
 * - a collection holds the formats that intersect its range, in priority order; `add` puts the new one at
 *   the top priority and applies it to the whole range (every area of a `RangeAreas`);
 * - `clearAll()` takes the range out of every format on it, so a format that also covers other cells
 *   keeps those ("Clear Rules from Selected Cells"); a format left with no cells is gone;
 * - a conditional format changes none of the cells' own formats: `range.format.fill` still reads the
 *   user's fill, and Excel only draws the rule's format over it (`effectiveFill`);
 * - `getRange()` fails and `getRangeOrNullObject()` is a null object when the format applies to several
 *   areas (the error code is not documented: `InvalidOperation` here);
 * - a protected sheet refuses changes unless its protection allows formatting cells (`AccessDenied`).
 * Assumption: a rule formula must start with `=` (anything else fails with `InvalidArgument`).
 * Not modelled: other rule types (they throw `EmulatorGapError`), borders, `numberFormat`, `formulaR1C1`,
 * `setRanges`/`changeRuleTo…` (1.17), and evaluating formulas other than constants (see `ruleHolds`).
 */
import type { CellArea } from "./address";
import { containsCell, intersect, subtractArea } from "./address";
import { requireApiSet } from "./apiSets";
import type { Resolved } from "./clientObject";
import { EmClientObject, NULL_TARGET } from "./clientObject";
import { EmCollection } from "./collection";
import { normalizeColor } from "./colors";
import type { EmRequestContext } from "./context";
import { EmulatorGapError, ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { CellModel, ConditionalFormatModel, SheetModel, WorkbookModel } from "./model";
import { EmRange } from "./range";
import { EmRangeAreas } from "./rangeAreas";
import type { CellsTarget } from "./sheetOps";
import { assertEditable, sheetOf } from "./sheetOps";

/** Conditional formats need ExcelApi 1.6. */
const CONDITIONAL_FORMATS_API = "1.6";

interface FormatTarget {
  sheetId: string;
  id: string;
}

function formatOf(
  model: WorkbookModel,
  target: FormatTarget,
): { sheet: SheetModel; format: ConditionalFormatModel } {
  const sheet = sheetOf(model, target.sheetId);
  const format = sheet.conditionalFormats.find((f) => f.id === target.id);
  if (!format) throw officeError(ErrorCode.itemNotFound, `conditional format ${target.id}`);
  return { sheet, format };
}

function formatsOn(sheet: SheetModel, areas: CellArea[]): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((f) => f.areas.some((a) => areas.some((b) => intersect(a, b))));
}

/** A change to a format: the API set, protection (formatting cells) and the format itself. */
function changeFormat(
  exec: ExecState,
  target: FormatTarget,
  change: (format: ConditionalFormatModel, sheet: SheetModel) => void,
): void {
  requireApiSet(exec, CONDITIONAL_FORMATS_API, "ConditionalFormat");
  const { sheet, format } = formatOf(exec.model, target);
  assertEditable(sheet, format.areas, "format");
  change(format, sheet);
}

type CollectionMembers =
  | "context"
  | "isNullObject"
  | "items"
  | "add"
  | "clearAll"
  | "getCount"
  | "getItem"
  | "getItemAt"
  | "getItemOrNullObject"
  | "load"
  | "toJSON";

export class EmConditionalFormatCollection
  extends EmCollection<CellsTarget, EmConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, CollectionMembers>
{
  get _typeName(): string {
    return "ConditionalFormatCollection";
  }

  protected _itemKeys(target: CellsTarget, exec: ExecState): string[] {
    requireApiSet(exec, CONDITIONAL_FORMATS_API, "ConditionalFormatCollection");
    return formatsOn(sheetOf(exec.model, target.sheetId), target.areas).map((f) => f.id);
  }

  protected _makeItem(key: string): EmConditionalFormat {
    return this._format(`getItem(${JSON.stringify(key)})`, () => key);
  }

  private _format(
    call: string,
    find: (target: CellsTarget, exec: ExecState) => string | undefined,
    orNull = false,
  ) {
    return new EmConditionalFormat(this._ctx, `${this._path}.${call}`, (exec): Resolved<FormatTarget> => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      requireApiSet(exec, CONDITIONAL_FORMATS_API, "ConditionalFormatCollection");
      const id = find(target, exec);
      if (id !== undefined) return { sheetId: target.sheetId, id };
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.itemNotFound, call);
    });
  }

  get items(): Excel.ConditionalFormat[] {
    return this._get("items");
  }

  /** Adds a format over the whole range at the top priority. Only `Custom` is modelled. */
  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    if (type !== "Custom") throw new EmulatorGapError(`ConditionalFormatCollection.add("${type}")`);
    let created: string | undefined;
    const format = this._format(`add(${JSON.stringify(type)})`, (target, exec) => {
      if (created) return created;
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      created = exec.model.newId();
      sheet.conditionalFormats.unshift({
        id: created,
        type: "Custom",
        areas: target.areas.map((a) => ({ ...a })),
        formula: "",
        stopIfTrue: false,
      });
      return created;
    });
    return format._queueLookup(true) as unknown as Excel.ConditionalFormat;
  }

  /** Takes the range out of every format on it; formats left without cells are deleted. */
  clearAll(): void {
    this._queueCall("clearAll()", undefined, (target, exec) => {
      requireApiSet(exec, CONDITIONAL_FORMATS_API, "ConditionalFormatCollection.clearAll");
      const sheet = sheetOf(exec.model, target.sheetId);
      const touched = formatsOn(sheet, target.areas);
      if (touched.length === 0) return;
      assertEditable(sheet, target.areas, "format");
      for (const format of touched) {
        format.areas = target.areas.reduce(
          (remaining, hole) => remaining.flatMap((area) => subtractArea(area, hole)),
          format.areas,
        );
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.areas.length > 0);
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._queueCount();
  }

  getItem(id: string): Excel.ConditionalFormat {
    const format = this._format(`getItem(${JSON.stringify(id)})`, (target, exec) =>
      this._itemKeys(target, exec).find((key) => key === id),
    );
    return format._queueLookup() as unknown as Excel.ConditionalFormat;
  }

  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): Excel.ConditionalFormat {
    const format = this._format(
      `getItemOrNullObject(${JSON.stringify(id)})`,
      (target, exec) => {
        requireApiSet(exec, "1.14", "ConditionalFormatCollection.getItemOrNullObject");
        return this._itemKeys(target, exec).find((key) => key === id);
      },
      true,
    );
    return format._queueLookup() as unknown as Excel.ConditionalFormat;
  }

  getItemAt(index: number): Excel.ConditionalFormat {
    const format = this._format(`getItemAt(${index})`, (target, exec) => this._itemKeys(target, exec)[index]);
    return format._queueLookup() as unknown as Excel.ConditionalFormat;
  }

  load(
    options?: Excel.Interfaces.ConditionalFormatCollectionLoadOptions &
      Excel.Interfaces.CollectionLoadOptions,
  ): Excel.ConditionalFormatCollection;
  load(propertyNames?: string | string[]): Excel.ConditionalFormatCollection;
  load(propertyNamesAndPaths?: OfficeExtension.LoadOption): Excel.ConditionalFormatCollection;
  load(spec?: unknown): Excel.ConditionalFormatCollection {
    return this._load(spec) as unknown as Excel.ConditionalFormatCollection;
  }

  override toJSON(): Excel.Interfaces.ConditionalFormatCollectionData {
    return this._json() as unknown as Excel.Interfaces.ConditionalFormatCollectionData;
  }
}

type FormatMembers =
  | "context"
  | "isNullObject"
  | "custom"
  | "customOrNullObject"
  | "id"
  | "priority"
  | "stopIfTrue"
  | "type"
  | "set"
  | "delete"
  | "getRange"
  | "getRangeOrNullObject"
  | "getRanges"
  | "load"
  | "toJSON";

export class EmConditionalFormat
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.ConditionalFormat, FormatMembers>
{
  private readonly _custom: EmCustomConditionalFormat;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<FormatTarget>) {
    super(ctx, path, resolver);
    this._custom = new EmCustomConditionalFormat(ctx, `${path}.custom`, (exec) => this._resolve(exec));
  }

  get _typeName(): string {
    return "ConditionalFormat";
  }

  /** Only custom rules are modelled, so `customOrNullObject` is never a null object here. */
  protected override _child(name: string): EmClientObject<unknown> | undefined {
    return name === "custom" || name === "customOrNullObject" ? this._custom : undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "priority", "stopIfTrue", "type"];
  }

  protected _readScalars(
    target: FormatTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const { sheet, format } = formatOf(exec.model, target);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "id") values.id = format.id;
      else if (name === "priority") values.priority = sheet.conditionalFormats.indexOf(format);
      else if (name === "stopIfTrue") values.stopIfTrue = format.stopIfTrue;
      else if (name === "type") values.type = format.type;
    }
    return values;
  }

  get custom(): Excel.CustomConditionalFormat {
    return this._custom as unknown as Excel.CustomConditionalFormat;
  }
  get customOrNullObject(): Excel.CustomConditionalFormat {
    return this._custom as unknown as Excel.CustomConditionalFormat;
  }
  get id(): string {
    return this._get("id");
  }
  get type(): Excel.ConditionalFormatType {
    return this._get("type");
  }

  get priority(): number {
    return this._get("priority");
  }
  /** Moves the format in the sheet's order; out-of-bounds values clamp, negative ones count from the end. */
  set priority(priority: number) {
    this._queueSet("priority", priority, (target, exec) =>
      changeFormat(exec, target, (format, sheet) => {
        const others = sheet.conditionalFormats.filter((f) => f !== format);
        const wanted = priority < 0 ? others.length + 1 + priority : priority;
        others.splice(Math.max(0, Math.min(others.length, wanted)), 0, format);
        sheet.conditionalFormats = others;
      }),
    );
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    this._queueSet("stopIfTrue", stop, (target, exec) =>
      changeFormat(exec, target, (f) => (f.stopIfTrue = !!stop)),
    );
  }

  set(properties: Excel.Interfaces.ConditionalFormatUpdateData | Excel.ConditionalFormat): void {
    this._setFrom(properties);
  }

  delete(): void {
    this._queueCall("delete()", undefined, (target, exec) =>
      changeFormat(exec, target, (format, sheet) => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
      }),
    );
  }

  private _range(call: string, orNull: boolean): Excel.Range {
    const range = new EmRange(this._ctx, `${this._path}.${call}`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      const { format } = formatOf(exec.model, target);
      if (format.areas.length === 1) return { sheetId: target.sheetId, area: { ...format.areas[0] } };
      if (orNull) return NULL_TARGET;
      throw officeError(ErrorCode.invalidOperation, "the conditional format applies to several ranges");
    });
    return range._queueLookup() as unknown as Excel.Range;
  }

  getRange(): Excel.Range {
    return this._range("getRange()", false);
  }

  getRangeOrNullObject(): Excel.Range {
    return this._range("getRangeOrNullObject()", true);
  }

  /** ExcelApi 1.9. */
  getRanges(): Excel.RangeAreas {
    const areas = new EmRangeAreas(this._ctx, `${this._path}.getRanges()`, (exec) => {
      const target = this._resolve(exec);
      if (target === NULL_TARGET) return NULL_TARGET;
      requireApiSet(exec, "1.9", "ConditionalFormat.getRanges");
      const { format } = formatOf(exec.model, target);
      return { sheetId: target.sheetId, areas: format.areas.map((a) => ({ ...a })) };
    });
    return areas._queueLookup() as unknown as Excel.RangeAreas;
  }

  load(options?: Excel.Interfaces.ConditionalFormatLoadOptions): Excel.ConditionalFormat;
  load(propertyNames?: string | string[]): Excel.ConditionalFormat;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ConditionalFormat;
  load(spec?: unknown): Excel.ConditionalFormat {
    return this._load(spec) as unknown as Excel.ConditionalFormat;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const custom = this._custom._json();
    if (Object.keys(custom).length > 0) json.custom = custom;
    return json;
  }

  override toJSON(): Excel.Interfaces.ConditionalFormatData {
    return this._json() as unknown as Excel.Interfaces.ConditionalFormatData;
  }
}

type CustomMembers = "context" | "isNullObject" | "format" | "rule" | "load" | "toJSON";

/** `conditionalFormat.custom`: a rule formula and the format drawn where it holds. */
export class EmCustomConditionalFormat
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.CustomConditionalFormat, CustomMembers>
{
  private readonly _rule: EmConditionalFormatRule;
  private readonly _format: EmConditionalRangeFormat;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<FormatTarget>) {
    super(ctx, path, resolver);
    const self = (exec: ExecState) => this._resolve(exec);
    this._rule = new EmConditionalFormatRule(ctx, `${path}.rule`, self);
    this._format = new EmConditionalRangeFormat(ctx, `${path}.format`, self);
  }

  get _typeName(): string {
    return "CustomConditionalFormat";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "rule") return this._rule;
    if (name === "format") return this._format;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(): Record<string, unknown> {
    return {};
  }

  get rule(): Excel.ConditionalFormatRule {
    return this._rule as unknown as Excel.ConditionalFormatRule;
  }
  get format(): Excel.ConditionalRangeFormat {
    return this._format as unknown as Excel.ConditionalRangeFormat;
  }

  load(options?: Excel.Interfaces.CustomConditionalFormatLoadOptions): Excel.CustomConditionalFormat;
  load(propertyNames?: string | string[]): Excel.CustomConditionalFormat;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.CustomConditionalFormat;
  load(spec?: unknown): Excel.CustomConditionalFormat {
    return this._load(spec) as unknown as Excel.CustomConditionalFormat;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const rule = this._rule._json();
    const format = this._format._json();
    if (Object.keys(rule).length > 0) json.rule = rule;
    if (Object.keys(format).length > 0) json.format = format;
    return json;
  }

  override toJSON(): Excel.Interfaces.CustomConditionalFormatData {
    return this._json() as unknown as Excel.Interfaces.CustomConditionalFormatData;
  }
}

type RuleMembers = "context" | "isNullObject" | "formula" | "formulaLocal" | "set" | "load" | "toJSON";

/** `custom.rule`: `formula` (and `formulaLocal`, the same text here: functions are not translated). */
export class EmConditionalFormatRule
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.ConditionalFormatRule, RuleMembers>
{
  get _typeName(): string {
    return "ConditionalFormatRule";
  }

  protected _scalarNames(): readonly string[] {
    return ["formula", "formulaLocal"];
  }

  protected _readScalars(
    target: FormatTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const { format } = formatOf(exec.model, target);
    return Object.fromEntries(names.map((name) => [name, format.formula]));
  }

  private _setFormula(property: "formula" | "formulaLocal", formula: string): void {
    this._queueSet(property, formula, (target, exec) =>
      changeFormat(exec, target, (format) => {
        if (typeof formula !== "string" || !formula.startsWith("=") || formula.length > 8192) {
          throw officeError(ErrorCode.invalidArgument, `rule formula ${JSON.stringify(formula)}`);
        }
        format.formula = formula;
      }),
    );
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(formula: string) {
    this._setFormula("formula", formula);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(formula: string) {
    this._setFormula("formulaLocal", formula);
  }

  set(properties: Excel.Interfaces.ConditionalFormatRuleUpdateData | Excel.ConditionalFormatRule): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.ConditionalFormatRuleLoadOptions): Excel.ConditionalFormatRule;
  load(propertyNames?: string | string[]): Excel.ConditionalFormatRule;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ConditionalFormatRule;
  load(spec?: unknown): Excel.ConditionalFormatRule {
    return this._load(spec) as unknown as Excel.ConditionalFormatRule;
  }

  override toJSON(): Excel.Interfaces.ConditionalFormatRuleData {
    return this._json() as unknown as Excel.Interfaces.ConditionalFormatRuleData;
  }
}

type RangeFormatMembers = "context" | "isNullObject" | "fill" | "font" | "set" | "load" | "toJSON";

export class EmConditionalRangeFormat
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.ConditionalRangeFormat, RangeFormatMembers>
{
  private readonly _fill: EmConditionalRangeFill;
  private readonly _font: EmConditionalRangeFont;

  constructor(ctx: EmRequestContext, path: string, resolver: (exec: ExecState) => Resolved<FormatTarget>) {
    super(ctx, path, resolver);
    const self = (exec: ExecState) => this._resolve(exec);
    this._fill = new EmConditionalRangeFill(ctx, `${path}.fill`, self);
    this._font = new EmConditionalRangeFont(ctx, `${path}.font`, self);
  }

  get _typeName(): string {
    return "ConditionalRangeFormat";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "fill") return this._fill;
    if (name === "font") return this._font;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalars(): Record<string, unknown> {
    return {};
  }

  get fill(): Excel.ConditionalRangeFill {
    return this._fill as unknown as Excel.ConditionalRangeFill;
  }
  get font(): Excel.ConditionalRangeFont {
    return this._font as unknown as Excel.ConditionalRangeFont;
  }

  set(properties: Excel.Interfaces.ConditionalRangeFormatUpdateData | Excel.ConditionalRangeFormat): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.ConditionalRangeFormatLoadOptions): Excel.ConditionalRangeFormat;
  load(propertyNames?: string | string[]): Excel.ConditionalRangeFormat;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ConditionalRangeFormat;
  load(spec?: unknown): Excel.ConditionalRangeFormat {
    return this._load(spec) as unknown as Excel.ConditionalRangeFormat;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const fill = this._fill._json();
    const font = this._font._json();
    if (Object.keys(fill).length > 0) json.fill = fill;
    if (Object.keys(font).length > 0) json.font = font;
    return json;
  }

  override toJSON(): Excel.Interfaces.ConditionalRangeFormatData {
    return this._json() as unknown as Excel.Interfaces.ConditionalRangeFormatData;
  }
}

type FillMembers = "context" | "isNullObject" | "color" | "clear" | "set" | "load" | "toJSON";

/** The rule's fill: `color` reads `null` while the rule sets none. */
export class EmConditionalRangeFill
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.ConditionalRangeFill, FillMembers>
{
  get _typeName(): string {
    return "ConditionalRangeFill";
  }

  protected _scalarNames(): readonly string[] {
    return ["color"];
  }

  protected _readScalars(
    target: FormatTarget,
    _names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    return { color: formatOf(exec.model, target).format.fill ?? null };
  }

  get color(): string {
    return this._get("color");
  }
  set color(color: string) {
    this._queueSet("color", color, (target, exec) => {
      const normalized = normalizeColor(color);
      changeFormat(exec, target, (format) => (format.fill = normalized));
    });
  }

  clear(): void {
    this._values.delete("color");
    this._queueCall("clear()", undefined, (target, exec) => changeFormat(exec, target, (f) => delete f.fill));
  }

  set(properties: Excel.Interfaces.ConditionalRangeFillUpdateData | Excel.ConditionalRangeFill): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.ConditionalRangeFillLoadOptions): Excel.ConditionalRangeFill;
  load(propertyNames?: string | string[]): Excel.ConditionalRangeFill;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ConditionalRangeFill;
  load(spec?: unknown): Excel.ConditionalRangeFill {
    return this._load(spec) as unknown as Excel.ConditionalRangeFill;
  }

  override toJSON(): Excel.Interfaces.ConditionalRangeFillData {
    return this._json() as unknown as Excel.Interfaces.ConditionalRangeFillData;
  }
}

const RULE_FONT_NAMES = ["bold", "italic", "color", "strikethrough", "underline"] as const;
type RuleFontName = (typeof RULE_FONT_NAMES)[number];

type FontMembers = "context" | "isNullObject" | RuleFontName | "clear" | "set" | "load" | "toJSON";

/** The rule's font: each property reads `null` while the rule leaves it to the cell. */
export class EmConditionalRangeFont
  extends EmClientObject<FormatTarget>
  implements Pick<Excel.ConditionalRangeFont, FontMembers>
{
  get _typeName(): string {
    return "ConditionalRangeFont";
  }

  protected _scalarNames(): readonly string[] {
    return RULE_FONT_NAMES;
  }

  protected _readScalars(
    target: FormatTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const font = formatOf(exec.model, target).format.font ?? {};
    return Object.fromEntries(names.map((name) => [name, font[name as RuleFontName] ?? null]));
  }

  private _setFont(name: RuleFontName, value: unknown): void {
    this._queueSet(name, value, (target, exec) => {
      const stored = name === "color" ? normalizeColor(value) : value;
      changeFormat(exec, target, (format) => (format.font = { ...format.font, [name]: stored }));
    });
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setFont("bold", value);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setFont("italic", value);
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setFont("color", value);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._setFont("strikethrough", value);
  }
  get underline(): Excel.ConditionalRangeFontUnderlineStyle {
    return this._get("underline");
  }
  set underline(value: Excel.ConditionalRangeFontUnderlineStyle) {
    this._setFont("underline", value);
  }

  clear(): void {
    for (const name of RULE_FONT_NAMES) this._values.delete(name);
    this._queueCall("clear()", undefined, (target, exec) => changeFormat(exec, target, (f) => delete f.font));
  }

  set(properties: Excel.Interfaces.ConditionalRangeFontUpdateData | Excel.ConditionalRangeFont): void {
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.ConditionalRangeFontLoadOptions): Excel.ConditionalRangeFont;
  load(propertyNames?: string | string[]): Excel.ConditionalRangeFont;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.ConditionalRangeFont;
  load(spec?: unknown): Excel.ConditionalRangeFont {
    return this._load(spec) as unknown as Excel.ConditionalRangeFont;
  }

  override toJSON(): Excel.Interfaces.ConditionalRangeFontData {
    return this._json() as unknown as Excel.Interfaces.ConditionalRangeFontData;
  }
}

/** `range.conditionalFormats` and `rangeAreas.conditionalFormats`: one collection per proxy. */
export function conditionalFormatsOf(
  owner: EmClientObject<unknown>,
  cells: (exec: ExecState) => Resolved<CellsTarget>,
): EmConditionalFormatCollection {
  return new EmConditionalFormatCollection(owner._ctx, `${owner._path}.conditionalFormats`, cells);
}

/**
 * Whether a rule holds, for drawing: only constant formulas are evaluated (`=TRUE`, `=FALSE`, and
 * `=N("text")=0`, true because `N` of text is 0, which is how Sitova marks its rules). Any other formula
 * counts as not holding: the emulator does not calculate, so such a rule is never drawn.
 */
export function ruleHolds(formula: string): boolean {
  const text = formula.trim();
  if (/^=\s*TRUE\s*$/i.test(text)) return true;
  return /^=\s*N\(\s*"(?:[^"]|"")*"\s*\)\s*=\s*0\s*$/i.test(text);
}

/**
 * The fill a cell shows: the fill of the first format (in priority order) over the cell whose rule holds
 * and sets a fill, else the cell's own fill (`undefined` = no fill). A holding rule with `stopIfTrue` and
 * no fill stops lower formats from drawing theirs.
 */
export function effectiveFill(
  sheet: SheetModel,
  row: number,
  column: number,
  cell?: CellModel,
): string | undefined {
  for (const format of sheet.conditionalFormats) {
    if (!format.areas.some((area) => containsCell(area, row, column)) || !ruleHolds(format.formula)) continue;
    if (format.fill !== undefined) return format.fill;
    if (format.stopIfTrue) break;
  }
  return (cell ?? sheet.cell(row, column))?.fill;
}
