/**
 * `RangeFormat`, `RangeFill` and `RangeFont` over one range or the areas of a `RangeAreas`.
 * Loads report one value when all cells agree and `null` otherwise, as Excel does. A cell without fill
 * reports colour `#FFFFFF` like a white one (#4900, #6218); `tintAndShade` is `null` only for no fill.
 * The default profile still tells them apart by `pattern` (`None` / `Solid`); under a profile with
 * `ambiguousFillPattern` both read `null`, as reported in #4900. Gradient patterns cannot be set (the
 * `RangeFill.pattern` reference).
 */
import type { Resolved } from "./clientObject";
import { EmClientObject } from "./clientObject";
import { normalizeColor } from "./colors";
import type { EmRequestContext } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";
import type { CellModel, FontModel } from "./model";
import { DEFAULT_FONT } from "./model";
import type { CellsTarget } from "./sheetOps";
import { assertEditable, removeFill, sheetOf, uniform, updateCells } from "./sheetOps";
import { requireApiSet } from "./apiSets";

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
const NO_FILL_COLOR = "#FFFFFF";

type Resolver = (exec: ExecState) => Resolved<CellsTarget>;

type FillMembers =
  "context" | "isNullObject" | "color" | "pattern" | "tintAndShade" | "clear" | "set" | "load" | "toJSON";

/** `Excel.FillPattern` values; the two gradients can be read but not set. */
const FILL_PATTERNS = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];
const GRADIENTS = ["LinearGradient", "RectangularGradient"];

export class EmRangeFill extends EmClientObject<CellsTarget> implements Pick<Excel.RangeFill, FillMembers> {
  get _typeName(): string {
    return "RangeFill";
  }

  protected _scalarNames(): readonly string[] {
    return ["color", "pattern", "tintAndShade"];
  }

  protected _readScalars(
    target: CellsTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target.sheetId);
    const ambiguous = exec.host.profile.ambiguousFillPattern;
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "color")
        values.color = uniform(sheet, target.areas, (cell) => cell?.fill ?? NO_FILL_COLOR);
      else if (name === "tintAndShade") {
        requireApiSet(exec, "1.9", "RangeFill.tintAndShade");
        // #4900: "No Fill" reads null, any fill (white too) a number.
        values.tintAndShade = uniform(sheet, target.areas, (cell) =>
          cell?.fill === undefined ? null : (cell.fillTintAndShade ?? 0),
        );
      } else {
        requireApiSet(exec, "1.9", "RangeFill.pattern");
        values.pattern = uniform(sheet, target.areas, (cell) => {
          const pattern = cell?.fill === undefined ? "None" : (cell.fillPattern ?? "Solid");
          // #4900: no fill and a solid (white) fill both read a null pattern.
          return ambiguous && (pattern === "None" || pattern === "Solid") ? null : pattern;
        });
      }
    }
    return values;
  }

  get color(): string {
    return this._get("color");
  }

  set color(color: string) {
    this._queueSet("color", color, (target, exec) => {
      const normalized = normalizeColor(color);
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      updateCells(sheet, target.areas, (cell) => {
        removeFill(cell);
        cell.fill = normalized;
      });
    });
  }

  get pattern(): Excel.FillPattern {
    return this._get("pattern");
  }
  /**
   * ExcelApi 1.9. `None` removes the fill. "LinearGradient and RectangularGradient are not supported"
   * (`RangeFill.pattern` reference, @types/office-js): setting them fails with `InvalidArgument`.
   */
  set pattern(pattern: Excel.FillPattern) {
    this._queueSet("pattern", pattern, (target, exec) => {
      requireApiSet(exec, "1.9", "RangeFill.pattern");
      if (!FILL_PATTERNS.includes(pattern) || GRADIENTS.includes(pattern)) {
        throw officeError(ErrorCode.invalidArgument, `fill pattern ${JSON.stringify(pattern)}`);
      }
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      updateCells(sheet, target.areas, (cell) => {
        if (pattern === "None") return removeFill(cell);
        cell.fill ??= NO_FILL_COLOR;
        if (pattern === "Solid") delete cell.fillPattern;
        else cell.fillPattern = pattern;
      });
    });
  }

  get tintAndShade(): number {
    return this._get("tintAndShade");
  }
  /** ExcelApi 1.9: -1 (darkest) … 1 (lightest); cells without fill keep none. */
  set tintAndShade(value: number) {
    this._queueSet("tintAndShade", value, (target, exec) => {
      requireApiSet(exec, "1.9", "RangeFill.tintAndShade");
      if (typeof value !== "number" || !(value >= -1 && value <= 1)) {
        throw officeError(ErrorCode.invalidArgument, `tintAndShade ${String(value)}`);
      }
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      for (const area of target.areas) {
        for (const { row, column, cell } of sheet.storedCellsIn(area)) {
          if (cell.fill === undefined) continue;
          sheet.updateCell(row, column, (c) => {
            if (value === 0) delete c.fillTintAndShade;
            else c.fillTintAndShade = value;
          });
        }
      }
    });
  }

  /** Removes the fill: the cells go back to "no fill", not to white. */
  clear(): void {
    this._values.delete("color");
    this._values.delete("pattern");
    this._values.delete("tintAndShade");
    this._queueCall("clear()", undefined, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      for (const area of target.areas) {
        for (const { row, column } of sheet.storedCellsIn(area)) sheet.updateCell(row, column, removeFill);
      }
    });
  }

  set(
    properties: Excel.Interfaces.RangeFillUpdateData | Excel.RangeFill,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.RangeFillLoadOptions): Excel.RangeFill;
  load(propertyNames?: string | string[]): Excel.RangeFill;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.RangeFill;
  load(spec?: unknown): Excel.RangeFill {
    return this._load(spec) as unknown as Excel.RangeFill;
  }

  override toJSON(): Excel.Interfaces.RangeFillData {
    return this._json() as unknown as Excel.Interfaces.RangeFillData;
  }
}

type FontMembers =
  | "context"
  | "isNullObject"
  | "bold"
  | "italic"
  | "color"
  | "name"
  | "size"
  | "underline"
  | "strikethrough"
  | "set"
  | "load"
  | "toJSON";

const FONT_NAMES = ["bold", "italic", "color", "name", "size", "underline", "strikethrough"] as const;
type FontName = (typeof FONT_NAMES)[number];

export class EmRangeFont extends EmClientObject<CellsTarget> implements Pick<Excel.RangeFont, FontMembers> {
  get _typeName(): string {
    return "RangeFont";
  }

  protected _scalarNames(): readonly string[] {
    return FONT_NAMES;
  }

  protected _readScalars(
    target: CellsTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target.sheetId);
    const values: Record<string, unknown> = {};
    for (const name of names as FontName[]) {
      values[name] = uniform(sheet, target.areas, (cell) => cell?.font?.[name] ?? DEFAULT_FONT[name]);
    }
    return values;
  }

  private _setFont(name: FontName, value: unknown): void {
    this._queueSet(name, value, (target, exec) => {
      const stored = name === "color" ? normalizeColor(value) : value;
      if (name === "size" && (typeof value !== "number" || value <= 0 || value > 409)) {
        throw officeError(ErrorCode.invalidArgument, `font size ${String(value)}`);
      }
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      updateCells(sheet, target.areas, (cell) => {
        const font: FontModel = { ...cell.font, [name]: stored };
        if (font[name] === DEFAULT_FONT[name]) delete font[name];
        if (Object.keys(font).length === 0) delete cell.font;
        else cell.font = font;
      });
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
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._setFont("name", value);
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._setFont("size", value);
  }
  get underline(): Excel.RangeUnderlineStyle {
    return this._get("underline");
  }
  set underline(value: Excel.RangeUnderlineStyle) {
    this._setFont("underline", value);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._setFont("strikethrough", value);
  }

  set(
    properties: Excel.Interfaces.RangeFontUpdateData | Excel.RangeFont,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.RangeFontLoadOptions): Excel.RangeFont;
  load(propertyNames?: string | string[]): Excel.RangeFont;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.RangeFont;
  load(spec?: unknown): Excel.RangeFont {
    return this._load(spec) as unknown as Excel.RangeFont;
  }

  override toJSON(): Excel.Interfaces.RangeFontData {
    return this._json() as unknown as Excel.Interfaces.RangeFontData;
  }
}

type FormatMembers =
  | "context"
  | "isNullObject"
  | "fill"
  | "font"
  | "columnWidth"
  | "rowHeight"
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "autofitColumns"
  | "autofitRows"
  | "set"
  | "load"
  | "toJSON";

type CellFormatName = "wrapText" | "horizontalAlignment" | "verticalAlignment";

const CELL_DEFAULTS: Record<CellFormatName, unknown> = {
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};

export class EmRangeFormat
  extends EmClientObject<CellsTarget>
  implements Pick<Excel.RangeFormat, FormatMembers>
{
  private readonly _fill: EmRangeFill;
  private readonly _font: EmRangeFont;

  constructor(ctx: EmRequestContext, path: string, resolver: Resolver) {
    super(ctx, path, resolver);
    const parent = (exec: ExecState) => this._resolve(exec);
    this._fill = new EmRangeFill(ctx, `${path}.fill`, parent);
    this._font = new EmRangeFont(ctx, `${path}.font`, parent);
  }

  get _typeName(): string {
    return "RangeFormat";
  }

  protected override _child(name: string): EmClientObject<unknown> | undefined {
    if (name === "fill") return this._fill;
    if (name === "font") return this._font;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }

  protected _readScalars(
    target: CellsTarget,
    names: readonly string[],
    exec: ExecState,
  ): Record<string, unknown> {
    const sheet = sheetOf(exec.model, target.sheetId);
    const values: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "columnWidth" || name === "rowHeight") {
        const sizes = name === "columnWidth" ? sheet.columnWidths : sheet.rowHeights;
        const fallback = name === "columnWidth" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
        const seen = new Set<number>();
        for (const area of target.areas) {
          const [from, to] = name === "columnWidth" ? [area.left, area.right] : [area.top, area.bottom];
          for (let n = from; n <= to && seen.size < 2; n++) seen.add(sizes.get(n) ?? fallback);
        }
        values[name] = seen.size === 1 ? [...seen][0] : null;
      } else {
        const key = name as CellFormatName;
        values[name] = uniform(
          sheet,
          target.areas,
          (cell: CellModel | undefined) => cell?.[key] ?? CELL_DEFAULTS[key],
        );
      }
    }
    return values;
  }

  get fill(): Excel.RangeFill {
    return this._fill as unknown as Excel.RangeFill;
  }

  get font(): Excel.RangeFont {
    return this._font as unknown as Excel.RangeFont;
  }

  private _setCellFormat(name: CellFormatName, value: unknown): void {
    this._queueSet(name, value, (target, exec) => {
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, "format");
      updateCells(sheet, target.areas, (cell) => {
        if (value === CELL_DEFAULTS[name]) delete cell[name];
        else (cell as Record<CellFormatName, unknown>)[name] = value;
      });
    });
  }

  private _setSize(name: "columnWidth" | "rowHeight", value: number): void {
    this._queueSet(name, value, (target, exec) => {
      if (typeof value !== "number" || value < 0)
        throw officeError(ErrorCode.invalidArgument, `${name} ${value}`);
      const sheet = sheetOf(exec.model, target.sheetId);
      assertEditable(sheet, target.areas, name === "columnWidth" ? "columns" : "rows");
      for (const area of target.areas) {
        const [from, to] = name === "columnWidth" ? [area.left, area.right] : [area.top, area.bottom];
        const sizes = name === "columnWidth" ? sheet.columnWidths : sheet.rowHeights;
        for (let n = from; n <= to; n++) sizes.set(n, value);
      }
    });
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._setSize("columnWidth", value);
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._setSize("rowHeight", value);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setCellFormat("wrapText", value);
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment) {
    this._setCellFormat("horizontalAlignment", value);
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: Excel.VerticalAlignment) {
    this._setCellFormat("verticalAlignment", value);
  }

  /** Sizes are not measured; autofit only checks that the columns may change. */
  autofitColumns(): void {
    this._queueCall("autofitColumns()", undefined, (target, exec) =>
      assertEditable(sheetOf(exec.model, target.sheetId), target.areas, "columns"),
    );
  }

  autofitRows(): void {
    this._queueCall("autofitRows()", undefined, (target, exec) =>
      assertEditable(sheetOf(exec.model, target.sheetId), target.areas, "rows"),
    );
  }

  set(
    properties: Excel.Interfaces.RangeFormatUpdateData | Excel.RangeFormat,
    options?: OfficeExtension.UpdateOptions,
  ): void {
    void options;
    this._setFrom(properties);
  }

  load(options?: Excel.Interfaces.RangeFormatLoadOptions): Excel.RangeFormat;
  load(propertyNames?: string | string[]): Excel.RangeFormat;
  load(propertyNamesAndPaths?: { select?: string; expand?: string }): Excel.RangeFormat;
  load(spec?: unknown): Excel.RangeFormat {
    return this._load(spec) as unknown as Excel.RangeFormat;
  }

  override _json(): Record<string, unknown> {
    const json = super._json();
    const fill = this._fill._json();
    const font = this._font._json();
    if (Object.keys(fill).length > 0) json.fill = fill;
    if (Object.keys(font).length > 0) json.font = font;
    return json;
  }

  override toJSON(): Excel.Interfaces.RangeFormatData {
    return this._json() as unknown as Excel.Interfaces.RangeFormatData;
  }
}
