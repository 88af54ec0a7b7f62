/**
 * Direct access to one sheet of the model for tests: build a workbook state and inspect the result
 * without going through Office.js (no queue, no sync, no events, no protection checks).
 */
import type { CellArea } from "./address";
import { parseAddress, qualifiedAddress } from "./address";
import { normalizeColor } from "./colors";
import type {
  CellModel,
  FontModel,
  HyperlinkModel,
  ModelValue,
  SheetModel,
  SheetVisibility,
  WorkbookModel,
} from "./model";
import { DEFAULT_FONT } from "./model";
import { mergeArea, removeFill, setHidden } from "./sheetOps";

/** One cell as plain data, every field present, so tests can compare with `toEqual`. */
export interface CellView {
  /** `null` when empty; an error cell is `{ error: "#N/A" }`. */
  value: ModelValue;
  /** The formula if the cell has one (the emulator never evaluates it). */
  formula: string | null;
  numberFormat: string;
  /** Solid fill `#RRGGBB`, or `null` for no fill. */
  fill: string | null;
  font: Required<FontModel>;
  locked: boolean;
  hyperlink: HyperlinkModel | null;
}

/**
 * What `setCell` may change; `fill: null` removes the fill. `fillPattern` (e.g. a user's
 * `LinearGradient`, which no add-in can set) and `fillTintAndShade` (a theme tint) go with a fill.
 */
export interface CellPatch {
  value?: ModelValue;
  formula?: string | null;
  numberFormat?: string;
  fill?: string | null;
  fillPattern?: string;
  fillTintAndShade?: number;
  font?: FontModel;
  locked?: boolean;
}

export function cellView(cell: CellModel | undefined): CellView {
  return {
    value: cell?.value ?? null,
    formula: cell?.formula ?? null,
    numberFormat: cell?.numberFormat ?? "General",
    fill: cell?.fill ?? null,
    font: { ...DEFAULT_FONT, ...cell?.font },
    locked: cell?.locked ?? true,
    hyperlink: cell?.hyperlink ? { ...cell.hyperlink } : null,
  };
}

export function areaOf(address: string): CellArea {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`Not an address: ${address}`);
  return parsed.area;
}

export class SheetHandle {
  constructor(
    private readonly workbook: () => WorkbookModel,
    readonly id: string,
  ) {}

  /** The live model of the sheet (changes to it bypass Office.js rules). */
  get model(): SheetModel {
    const sheet = this.workbook().sheetById(this.id);
    if (!sheet) throw new Error(`The sheet ${this.id} was deleted`);
    return sheet;
  }

  get name(): string {
    return this.model.name;
  }

  /** `Sheet!A1`-style address of an area on this sheet, as Excel's `address` property gives it. */
  address(address: string): string {
    return qualifiedAddress(this.name, areaOf(address));
  }

  cell(address: string): CellView {
    const area = areaOf(address);
    return cellView(this.model.cell(area.top, area.left));
  }

  /** Raw stored values of an area (`null` for empty cells). */
  values(address: string): ModelValue[][] {
    const area = areaOf(address);
    const rows: ModelValue[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: ModelValue[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(this.model.cell(r, c)?.value ?? null);
      rows.push(row);
    }
    return rows;
  }

  /** Changes every cell of `address` directly. */
  setCell(address: string, patch: CellPatch): this {
    const area = areaOf(address);
    const fill = patch.fill === undefined || patch.fill === null ? patch.fill : normalizeColor(patch.fill);
    this.model.forEachCell(area, (row, column) =>
      this.model.updateCell(row, column, (cell) => {
        if (patch.value !== undefined) cell.value = patch.value === "" ? null : patch.value;
        if (patch.formula === null) delete cell.formula;
        else if (patch.formula !== undefined) cell.formula = patch.formula;
        if (patch.numberFormat !== undefined) {
          if (patch.numberFormat === "General") delete cell.numberFormat;
          else cell.numberFormat = patch.numberFormat;
        }
        if (fill === null) removeFill(cell);
        else if (fill !== undefined) cell.fill = fill;
        if (patch.fillPattern !== undefined) cell.fillPattern = patch.fillPattern;
        if (patch.fillTintAndShade !== undefined) cell.fillTintAndShade = patch.fillTintAndShade;
        if (patch.font) cell.font = { ...cell.font, ...patch.font };
        if (patch.locked !== undefined) {
          if (patch.locked) delete cell.locked;
          else cell.locked = false;
        }
      }),
    );
    return this;
  }

  /** Writes raw values from a top-left cell (no interpretation: strings stay strings). */
  setValues(topLeft: string, values: ModelValue[][]): this {
    const start = areaOf(topLeft);
    values.forEach((row, i) =>
      row.forEach((value, j) =>
        this.model.updateCell(start.top + i, start.left + j, (cell) => {
          cell.value = value === "" ? null : value;
          delete cell.formula;
        }),
      ),
    );
    return this;
  }

  merge(address: string): this {
    mergeArea(this.model, areaOf(address), false);
    return this;
  }

  hideRows(from: number, to = from): this {
    setHidden(this.model.hiddenRows, from, to, true);
    return this;
  }

  hideColumns(from: number, to = from): this {
    setHidden(this.model.hiddenColumns, from, to, true);
    return this;
  }

  protect(options: Excel.WorksheetProtectionOptions = {}, password?: string): this {
    this.model.protection = { protected: true, options: { ...options }, password };
    return this;
  }

  unprotect(): this {
    this.model.protection = { protected: false, options: {} };
    return this;
  }

  setVisibility(visibility: SheetVisibility): this {
    this.model.visibility = visibility;
    return this;
  }

  get merges(): CellArea[] {
    return this.model.merges.map((a) => ({ ...a }));
  }

  get hiddenRows(): number[] {
    return [...this.model.hiddenRows].sort((a, b) => a - b);
  }

  get hiddenColumns(): number[] {
    return [...this.model.hiddenColumns].sort((a, b) => a - b);
  }

  get isProtected(): boolean {
    return this.model.protection.protected;
  }
}
