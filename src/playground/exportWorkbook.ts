/**
 * The emulated workbook as an .xlsx file, for the playground's download: values, formulas (with their
 * cached results), number formats, fills, fonts, alignment, merged areas, hidden rows and columns, sizes,
 * sheet visibility, tab colours, frozen panes, sheet protection (without password), data validations, Excel
 * tables and the custom XML parts (Sitova's saved state, so that clearing highlights in Excel later restores the
 * original fills). Charts are not written: ExcelJS cannot write them (see the README), and the playground
 * says so next to the download.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { encodeXstring } from "../domain";
import type { EmulatedExcel, NameView } from "../emulator";
import { dataValidationAt, dataValidationCells } from "../emulator/dataValidation";
import type { DataValidationModel } from "../emulator/dataValidation";
import type { CellModel, CustomXmlPartModel, SheetModel, TableModel } from "../emulator/model";
import { keyToCell } from "../emulator/model";
import { formatArea } from "../emulator/address";

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** Points (Office.js `columnWidth`) to Excel's width in characters of Calibri 11. */
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100);
}

const HORIZONTAL: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const VERTICAL: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

/**
 * A cell's value for ExcelJS. Text is stored as Excel stores it (`encodeXstring`): ExcelJS would drop control
 * characters silently and write U+FFFE or a lone surrogate raw, making the file not well-formed XML, and a
 * user's value must come back exactly when the download is opened again.
 */
function cellValue(cell: CellModel): ExcelJS.CellValue {
  const value = cell.value;
  const result =
    value === null
      ? undefined
      : typeof value === "object"
        ? ({ error: value.error } as ExcelJS.CellErrorValue)
        : typeof value === "string"
          ? encodeXstring(value)
          : value;
  if (cell.formula) {
    return { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (cell.hyperlink?.address && typeof result === "string")
    return { text: result, hyperlink: cell.hyperlink.address, tooltip: cell.hyperlink.screenTip };
  return result === undefined ? null : (result as ExcelJS.CellValue);
}

function writeCell(target: ExcelJS.Cell, cell: CellModel): void {
  const value = cellValue(cell);
  if (value !== null) target.value = value;
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  const font = cell.font;
  if (font && Object.keys(font).length > 0) {
    target.font = {
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(font.strikethrough ? { strike: true } : {}),
      ...(font.underline && font.underline !== "None"
        ? { underline: font.underline === "Double" ? "double" : true }
        : {}),
      ...(font.color ? { color: { argb: argb(font.color) } } : {}),
      ...(font.name ? { name: font.name } : {}),
      ...(font.size ? { size: font.size } : {}),
    };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.horizontalAlignment && HORIZONTAL[cell.horizontalAlignment])
    alignment.horizontal = HORIZONTAL[cell.horizontalAlignment];
  if (cell.verticalAlignment && VERTICAL[cell.verticalAlignment])
    alignment.vertical = VERTICAL[cell.verticalAlignment];
  if (cell.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
  if (cell.locked === false) target.protection = { locked: false };
}

const OPERATOR: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

type Formula = string | number | Date | undefined;
const formula = (value: unknown): string | number =>
  typeof value === "number" ? value : String(value ?? "").replace(/^=/, "");

/** An Office.js data validation as ExcelJS writes it, or `undefined` for a kind it has no form for. */
export function dataValidationOf(model: DataValidationModel): ExcelJS.DataValidation | undefined {
  const rule = model.rule as Record<string, Record<string, unknown> | undefined> | null;
  if (!rule) return undefined;
  const base = {
    allowBlank: model.ignoreBlanks,
    showInputMessage: model.prompt.showPrompt && (model.prompt.message !== "" || model.prompt.title !== ""),
    promptTitle: model.prompt.title || undefined,
    prompt: model.prompt.message || undefined,
    showErrorMessage: model.errorAlert.showAlert,
    errorStyle: String(model.errorAlert.style).toLowerCase(),
    errorTitle: model.errorAlert.title || undefined,
    error: model.errorAlert.message || undefined,
  };
  if (rule.list) {
    const source = String(rule.list.source ?? "");
    // A typed list is written quoted; a reference (=$A$1:$A$3) as a formula.
    const formulae = [source.startsWith("=") ? source.slice(1) : `"${source}"`];
    return { ...base, type: "list", formulae } as ExcelJS.DataValidation;
  }
  if (rule.custom)
    return { ...base, type: "custom", formulae: [formula(rule.custom.formula)] } as ExcelJS.DataValidation;
  // ExcelJS's types lack "time", but it writes the type attribute as given.
  const kinds: [string, string][] = [
    ["wholeNumber", "whole"],
    ["decimal", "decimal"],
    ["textLength", "textLength"],
    ["date", "date"],
    ["time", "time"],
  ];
  for (const [kind, type] of kinds) {
    const basic = rule[kind];
    if (!basic) continue;
    const formulae: Formula[] = [formula(basic.formula1)];
    if (basic.formula2 !== undefined && basic.formula2 !== null && basic.formula2 !== "")
      formulae.push(formula(basic.formula2));
    return {
      ...base,
      type,
      operator: OPERATOR[String(basic.operator)] ?? "between",
      formulae,
    } as ExcelJS.DataValidation;
  }
  return undefined;
}

function writeSheet(emulator: EmulatedExcel, worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const { row, column } = keyToCell(key);
    writeCell(worksheet.getCell(row, column), sheet.cells.get(key) as CellModel);
  }
  for (const area of sheet.merges) worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
  for (const [column, points] of sheet.columnWidths)
    worksheet.getColumn(column).width = pointsToChars(points);
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
  for (const [row, points] of sheet.rowHeights) worksheet.getRow(row).height = points;
  for (const row of sheet.hiddenRows) worksheet.getRow(row).hidden = true;
  for (const [row, column] of dataValidationCells(emulator, sheet.name)) {
    const model = dataValidationAt(emulator, sheet.name, row, column);
    const validation = model && dataValidationOf(model);
    if (validation) worksheet.getCell(row, column).dataValidation = validation;
  }
  // Conditional formats (Sitova's highlights among them), in priority order: custom rules as expressions.
  sheet.conditionalFormats.forEach((format, i) => {
    const argb = (hex: string | undefined) => (hex ? { argb: `FF${hex.slice(1)}` } : undefined);
    worksheet.addConditionalFormatting({
      ref: format.areas.map(formatArea).join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            ...(format.fill && { fill: { type: "pattern", pattern: "solid", bgColor: argb(format.fill) } }),
            ...(format.font?.color && { font: { color: argb(format.font.color) } }),
          },
        },
      ],
    });
  });
}

/**
 * The sheet's Excel tables, over the cells already written (ExcelJS writes the same values again). A table
 * whose header cells are not distinct texts, or that has a totals row, stays plain cells: ExcelJS would
 * have to change them.
 */
function writeTables(worksheet: ExcelJS.Worksheet, sheet: SheetModel, tables: TableModel[]): void {
  for (const table of tables.filter((t) => t.sheetId === sheet.id)) {
    const { top, left, bottom, right } = table.area;
    const rowValues = (row: number) =>
      Array.from({ length: right - left + 1 }, (_, i) => {
        const cell = sheet.cell(row, left + i);
        return cell ? cellValue(cell) : null;
      });
    const headers = table.showHeaders ? rowValues(top) : [];
    const names = headers.map((value) => (typeof value === "string" ? value : ""));
    const distinct = new Set(names.map((name) => name.toLocaleLowerCase())).size === names.length;
    if (table.showTotals || (table.showHeaders && (!distinct || names.some((name) => name.trim() === ""))))
      continue;
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = top + (table.showHeaders ? 1 : 0); row <= bottom; row++) rows.push(rowValues(row));
    worksheet.addTable({
      name: table.name,
      ref: `${worksheet.getCell(top, left).address}`,
      headerRow: table.showHeaders,
      totalsRow: false,
      style: {
        theme: (table.style || "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: table.showHeaders
        ? names.map((name) => ({ name, filterButton: true }))
        : Array.from({ length: right - left + 1 }, (_, i) => ({
            name: `Column${i + 1}`,
            filterButton: false,
          })),
      rows,
    });
  }
}

async function protect(worksheet: ExcelJS.Worksheet, sheet: SheetModel): Promise<void> {
  if (!sheet.protection.protected) return;
  const o = sheet.protection.options;
  await worksheet.protect("", {
    selectLockedCells: o.selectionMode !== "None" && o.selectionMode !== "Unlocked",
    selectUnlockedCells: o.selectionMode !== "None",
    formatCells: !!o.allowFormatCells,
    formatColumns: !!o.allowFormatColumns,
    formatRows: !!o.allowFormatRows,
    insertColumns: !!o.allowInsertColumns,
    insertRows: !!o.allowInsertRows,
    insertHyperlinks: !!o.allowInsertHyperlinks,
    deleteColumns: !!o.allowDeleteColumns,
    deleteRows: !!o.allowDeleteRows,
    sort: !!o.allowSort,
    autoFilter: !!o.allowAutoFilter,
    pivotTables: !!o.allowPivotTables,
  });
}

/** The ExcelJS workbook of the emulator's current state (without custom XML parts: see `exportXlsx`). */
export async function toExcelJs(emulator: EmulatedExcel): Promise<ExcelJS.Workbook> {
  const model = emulator.model;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sitova playground";
  const activeIndex = Math.max(
    0,
    model.sheets.findIndex((s) => s.id === model.activeSheetId),
  );
  workbook.views = [{ activeTab: activeIndex, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView];
  for (const sheet of model.sheets) {
    const state =
      sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
    const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
    const view: Partial<ExcelJS.WorksheetView> = frozen
      ? {
          state: "frozen",
          xSplit: sheet.frozenColumns,
          ySplit: sheet.frozenRows,
          showGridLines: sheet.showGridlines,
        }
      : { state: "normal", showGridLines: sheet.showGridlines };
    const worksheet = workbook.addWorksheet(sheet.name, {
      state,
      views: [view],
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    });
    writeSheet(emulator, worksheet, sheet);
    writeTables(worksheet, sheet, model.tables);
    await protect(worksheet, sheet);
  }
  return workbook;
}

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Adds custom XML parts to a package as Excel stores them: `customXml/itemN.xml` with its properties part
 * (the part's id and namespace), related from the workbook part.
 */
export async function addCustomXmlParts(
  bytes: ArrayBuffer,
  parts: CustomXmlPartModel[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (parts.length > 0) {
    const relsPath = "xl/_rels/workbook.xml.rels";
    let rels = (await zip.file(relsPath)?.async("string")) ?? "";
    let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const used = new Set([...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]));
    let next = 1;
    const freshId = () => {
      while (used.has(`rId${next}`)) next++;
      used.add(`rId${next}`);
      return `rId${next}`;
    };
    parts.forEach((part, i) => {
      const n = i + 1;
      zip.file(`customXml/item${n}.xml`, part.xml);
      const namespace = part.namespaceUri
        ? `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttribute(part.namespaceUri)}"/></ds:schemaRefs>`
        : "<ds:schemaRefs/>";
      zip.file(
        `customXml/itemProps${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
          `<ds:datastoreItem ds:itemID="${escapeAttribute(part.id)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">${namespace}</ds:datastoreItem>`,
      );
      zip.file(
        `customXml/_rels/item${n}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
      );
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="${freshId()}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`,
      );
      types = types.replace(
        "</Types>",
        `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`,
      );
    });
    zip.file(relsPath, rels);
    zip.file("[Content_Types].xml", types);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Adds the workbook's defined names to `xl/workbook.xml` as Excel stores them (`<definedName>`, with
 * `localSheetId` for a sheet-scoped name): ExcelJS writes only range names without a scope, and Sitova
 * tags its own sheets with sheet-scoped constant names that must travel with the file.
 */
export async function addDefinedNames(
  bytes: ArrayBuffer,
  names: NameView[],
  sheets: string[],
): Promise<ArrayBuffer> {
  if (names.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/workbook.xml";
  let xml = (await zip.file(path)?.async("string")) ?? "";
  const entries = names
    .filter((name) => name.sheet === null || sheets.includes(name.sheet))
    .map((name) => {
      const scope = name.sheet === null ? "" : ` localSheetId="${sheets.indexOf(name.sheet)}"`;
      const comment = name.comment ? ` comment="${escapeAttribute(name.comment)}"` : "";
      return `<definedName name="${escapeAttribute(name.name)}"${scope}${comment}>${escapeText(name.formula.replace(/^=/, ""))}</definedName>`;
    })
    .join("");
  xml = xml.replace("<definedNames/>", "");
  xml = xml.includes("</definedNames>")
    ? xml.replace("</definedNames>", `${entries}</definedNames>`)
    : xml.replace("</sheets>", `</sheets><definedNames>${entries}</definedNames>`);
  zip.file(path, xml);
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
}

/** The .xlsx bytes of the emulated workbook. */
export async function exportXlsx(emulator: EmulatedExcel): Promise<Uint8Array> {
  const workbook = await toExcelJs(emulator);
  const bytes = await workbook.xlsx.writeBuffer();
  const named = await addDefinedNames(bytes as ArrayBuffer, emulator.names(), emulator.sheetNames());
  return addCustomXmlParts(named, emulator.model.customXmlParts);
}

/** Charts the download leaves out (ExcelJS cannot write charts). */
export function chartCount(emulator: EmulatedExcel): number {
  return emulator.model.sheets.reduce((n, sheet) => n + sheet.charts.length, 0);
}
