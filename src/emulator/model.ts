/**
 * The in-memory workbook behind the emulator: plain data that tests can build and inspect directly.
 * It knows nothing of Office.js queues or proxies; the API classes read and change it at `sync`.
 */
import type { CellArea } from "./address";
import { MAX_COLUMNS, areaCellCount, containsCell, intersect } from "./address";

/** A stored cell value: text, number, boolean, an error such as `#N/A`, or `null` for empty. */
export type ModelValue = string | number | boolean | { error: string } | null;

export interface FontModel {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  name?: string;
  size?: number;
  underline?: string;
  strikethrough?: boolean;
}

export const DEFAULT_FONT: Required<FontModel> = {
  bold: false,
  italic: false,
  color: "#000000",
  name: "Calibri",
  size: 11,
  underline: "None",
  strikethrough: false,
};

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** One cell. Absent optional fields mean Excel's defaults (General, no fill, Calibri 11, locked). */
export interface CellModel {
  value: ModelValue;
  /** A formula such as `=A1*2`. The emulator never evaluates it; `value` holds a cached result if known. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour `#RRGGBB`; absent = no fill (Excel then reports `#FFFFFF` with pattern `None`). */
  fill?: string;
  /** The fill's pattern when not `Solid`, e.g. a user's `LinearGradient` (only with `fill`). */
  fillPattern?: string;
  /** A theme tint or shade of the fill, -1…1, when not 0 (only with `fill`). */
  fillTintAndShade?: number;
  font?: FontModel;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Cells are locked unless unlocked; locking matters only while the sheet is protected. */
  locked?: boolean;
  hyperlink?: HyperlinkModel;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetProtectionModel {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  password?: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** The whole table, header row included. */
  area: CellArea;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

/** A chart on a sheet (`charts.ts`): its data and where it floats, in points from the sheet's top-left. */
export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  /** The range the chart is drawn from (it may be on another sheet). */
  source: { sheetId: string; area: CellArea };
  seriesBy: "Auto" | "Columns" | "Rows";
  title: string;
  top: number;
  left: number;
  width: number;
  height: number;
  /**
   * What the add-in set on the chart's series, axes, legend and data labels, by path
   * (`series(0).format.fill.color`, `axes.valueAxis.majorUnit`; chartFormat.ts); absent = Excel's default.
   */
  format?: Record<string, ChartFormatValue>;
  /** Per series index: the range its categories come from (`ChartSeries.setXAxisValues`). */
  seriesCategories?: Record<number, { sheetId: string; area: CellArea }>;
}

export type ChartFormatValue = string | number | boolean;

/**
 * A conditional format of a sheet (`conditionalFormats.ts`). Only custom (formula) rules are modelled.
 * It never changes the cells' own formats: Excel draws it over them (see `effectiveFill`).
 */
export interface ConditionalFormatModel {
  id: string;
  type: "Custom";
  /** The areas it applies to ("Applies to" in Excel's rule manager). */
  areas: CellArea[];
  /** The rule's formula, e.g. `=N("Sitova")=0`, as `rule.formula` reads it. */
  formula: string;
  /** Fill drawn when the rule holds; absent = the rule sets no fill. */
  fill?: string;
  font?: Pick<FontModel, "bold" | "italic" | "color" | "strikethrough" | "underline">;
  stopIfTrue: boolean;
}

/**
 * A defined name (`names.ts`): a range of a sheet (kept by sheet id, so it follows renames and copies) or a
 * constant (`="text"`, `=12`, `=TRUE`).
 */
export interface NameModel {
  name: string;
  comment: string;
  visible: boolean;
  reference:
    | { kind: "range"; sheetId: string; area: CellArea }
    | { kind: "constant"; value: string | number | boolean }
    /** The sheet it referred to was deleted. */
    | { kind: "refError" };
}

export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Cells are kept sparse, keyed by row and column. */
export function cellKey(row: number, column: number): number {
  return row * (MAX_COLUMNS + 1) + column;
}

export function keyToCell(key: number): { row: number; column: number } {
  return { row: Math.floor(key / (MAX_COLUMNS + 1)), column: key % (MAX_COLUMNS + 1) };
}

function isDefaultCell(cell: CellModel): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.numberFormat === undefined &&
    cell.fill === undefined &&
    cell.fillPattern === undefined &&
    cell.fillTintAndShade === undefined &&
    (cell.font === undefined || Object.keys(cell.font).length === 0) &&
    cell.wrapText === undefined &&
    cell.horizontalAlignment === undefined &&
    cell.verticalAlignment === undefined &&
    cell.locked === undefined &&
    cell.hyperlink === undefined
  );
}

export function hasContent(cell: CellModel | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== "") || cell.formula !== undefined);
}

export class SheetModel {
  readonly cells = new Map<number, CellModel>();
  merges: CellArea[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  showGridlines = true;
  frozenRows = 0;
  frozenColumns = 0;
  protection: SheetProtectionModel = { protected: false, options: {} };
  charts: ChartModel[] = [];
  /** In priority order: the first one wins (Excel's "top of the list"). */
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Names scoped to this sheet (`worksheet.names`). */
  names: NameModel[] = [];
  /** Manual page breaks: the rows (1-based) a new page starts at (`horizontalPageBreaks`, pageLayout.ts). */
  pageBreakRows: number[] = [];
  /** Print orientation (`pageLayout.orientation`). */
  orientation: "Portrait" | "Landscape" = "Portrait";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** Changes one cell through `change`, dropping it from the map again when it is back to defaults. */
  updateCell(row: number, column: number, change: (cell: CellModel) => void): void {
    const key = cellKey(row, column);
    const cell = this.cells.get(key) ?? { value: null };
    change(cell);
    if (isDefaultCell(cell)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Calls `visit` for every cell of `area`, stored or not, row by row. */
  forEachCell(
    area: CellArea,
    visit: (row: number, column: number, cell: CellModel | undefined) => void,
  ): void {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) visit(r, c, this.cell(r, c));
    }
  }

  /** Stored cells inside `area`, cheaply whichever of the two is smaller. */
  storedCellsIn(area: CellArea): { row: number; column: number; cell: CellModel }[] {
    const found: { row: number; column: number; cell: CellModel }[] = [];
    if (areaCellCount(area) <= this.cells.size) {
      this.forEachCell(area, (row, column, cell) => {
        if (cell) found.push({ row, column, cell });
      });
    } else {
      for (const [key, cell] of this.cells) {
        const { row, column } = keyToCell(key);
        if (containsCell(area, row, column)) found.push({ row, column, cell });
      }
    }
    return found;
  }

  /** The smallest area holding every cell with content (or, unless `valuesOnly`, any format). */
  usedArea(valuesOnly: boolean): CellArea | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      const { row, column } = keyToCell(key);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (!valuesOnly) {
      for (const area of this.merges) {
        top = Math.min(top, area.top);
        left = Math.min(left, area.left);
        bottom = Math.max(bottom, area.bottom);
        right = Math.max(right, area.right);
      }
    }
    return bottom === 0 ? undefined : { top, left, bottom, right };
  }

  /** The merged area covering a cell, if any. */
  mergeAt(row: number, column: number): CellArea | undefined {
    return this.merges.find((area) => containsCell(area, row, column));
  }

  mergesOverlapping(area: CellArea): CellArea[] {
    return this.merges.filter((merge) => intersect(merge, area));
  }

  /** A deep copy; with `id` and `name`, a copy of the sheet under another identity (`worksheet.copy`). */
  clone(id = this.id, name = this.name): SheetModel {
    const copy = new SheetModel(id, name);
    for (const [key, cell] of this.cells) copy.cells.set(key, structuredCloneCell(cell));
    copy.merges = this.merges.map((a) => ({ ...a }));
    this.hiddenRows.forEach((r) => copy.hiddenRows.add(r));
    this.hiddenColumns.forEach((c) => copy.hiddenColumns.add(c));
    this.columnWidths.forEach((w, c) => copy.columnWidths.set(c, w));
    this.rowHeights.forEach((h, r) => copy.rowHeights.set(r, h));
    copy.visibility = this.visibility;
    copy.tabColor = this.tabColor;
    copy.showGridlines = this.showGridlines;
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.protection = { ...this.protection, options: { ...this.protection.options } };
    copy.pageBreakRows = [...this.pageBreakRows];
    copy.orientation = this.orientation;
    copy.charts = this.charts.map((c) => ({
      ...c,
      source: { ...c.source, area: { ...c.source.area } },
      format: c.format && { ...c.format },
      seriesCategories: c.seriesCategories && { ...c.seriesCategories },
    }));
    copy.conditionalFormats = this.conditionalFormats.map(cloneConditionalFormat);
    copy.names = this.names.map(cloneName);
    return copy;
  }
}

export function cloneConditionalFormat(format: ConditionalFormatModel): ConditionalFormatModel {
  return { ...format, areas: format.areas.map((a) => ({ ...a })), font: format.font && { ...format.font } };
}

export function cloneName(name: NameModel): NameModel {
  const reference = name.reference;
  return {
    ...name,
    reference: reference.kind === "range" ? { ...reference, area: { ...reference.area } } : { ...reference },
  };
}

function structuredCloneCell(cell: CellModel): CellModel {
  const copy: CellModel = { ...cell };
  if (cell.value !== null && typeof cell.value === "object") copy.value = { ...cell.value };
  if (cell.font) copy.font = { ...cell.font };
  if (cell.hyperlink) copy.hyperlink = { ...cell.hyperlink };
  return copy;
}

export class WorkbookModel {
  name?: string;
  sheets: SheetModel[] = [];
  activeSheetId?: string;
  selection?: { sheetId: string; areas: CellArea[] };
  protection: { protected: boolean; password?: string } = { protected: false };
  /** Values kept as JSON text, as Excel serialises them. */
  readonly settings = new Map<string, string>();
  customXmlParts: CustomXmlPartModel[] = [];
  tables: TableModel[] = [];
  /** Workbook-scoped names (`workbook.names`). */
  names: NameModel[] = [];
  private counter = 0;

  /** A fresh id in the shape Excel uses, e.g. `{00000000-0001-0000-0000-000000000000}`. */
  newId(): string {
    this.counter += 1;
    return `{00000000-${this.counter.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheet names compare case-insensitively in Excel. */
  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === wanted);
  }

  /**
   * When set, a new sheet takes the id of the sheet deleted most recently, as Excel for Mac may do
   * ("Work with worksheets", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets;
   * ids also changed between sessions, OfficeDev/office-js#1390). Off by default.
   */
  reuseSheetIds = false;
  private freedSheetIds: string[] = [];

  /** Called when a sheet is deleted, so that its id may be handed out again. */
  releaseSheetId(id: string): void {
    this.freedSheetIds.push(id);
  }

  newSheetId(): string {
    return (this.reuseSheetIds ? this.freedSheetIds.pop() : undefined) ?? this.newId();
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  clone(): WorkbookModel {
    const copy = new WorkbookModel();
    copy.name = this.name;
    copy.sheets = this.sheets.map((s) => s.clone());
    copy.activeSheetId = this.activeSheetId;
    copy.selection = this.selection && {
      sheetId: this.selection.sheetId,
      areas: this.selection.areas.map((a) => ({ ...a })),
    };
    copy.protection = { ...this.protection };
    this.settings.forEach((v, k) => copy.settings.set(k, v));
    copy.customXmlParts = this.customXmlParts.map((p) => ({ ...p }));
    copy.tables = this.tables.map((t) => ({ ...t, area: { ...t.area } }));
    copy.names = this.names.map(cloneName);
    copy.counter = this.counter;
    copy.reuseSheetIds = this.reuseSheetIds;
    copy.freedSheetIds = [...this.freedSheetIds];
    return copy;
  }
}
