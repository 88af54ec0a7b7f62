/**
 * Opens an .xlsx in the browser as an emulated Excel workbook. The bytes go through the file adapter's
 * own reader (`readXlsx`: encrypted, old .xls, truncated, too large …), so the playground reads a file
 * exactly as `sitova validate` does; then what a snapshot lacks but Excel shows is added to the emulator's
 * model: fills, fonts, alignment, formulas, column widths and row heights, hidden and coloured sheets,
 * frozen panes, sheet protection,
 * Excel tables, data validations, conditional formats (custom rules: Sitova's highlights), defined names
 * (Sitova's sheet tags), the active sheet, and the workbook's custom XML parts (where Sitova keeps its state).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createEmulator } from "../emulator";
import type { EmulatedExcel, EmulatorOptions } from "../emulator";
import type { CellArea } from "../emulator/address";
import type { CustomXmlPartModel, FontModel, NameModel, SheetModel } from "../emulator/model";
import { formatArea, parseAddress } from "../emulator/address";
import { inspectXml } from "../emulator/xml";
import { readXlsx } from "../xlsx/readXlsx";
import { UnreadableWorkbookError } from "../xlsx/unreadable";
import { oneLine } from "../xlsx/unreadable";

/** `FFRRGGBB` (ExcelJS argb) to `#RRGGBB`; theme and indexed colours are not resolved. */
export function argbToHex(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** Excel's column width in characters to points (Calibri 11: 7 px a character plus 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round(((chars * 7 + 5) * 3) / 4);
}

const ALIGN: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

function fontOf(font: Partial<ExcelJS.Font> | undefined): FontModel | undefined {
  if (!font) return undefined;
  const model: FontModel = {};
  if (font.bold) model.bold = true;
  if (font.italic) model.italic = true;
  if (font.strike) model.strikethrough = true;
  if (font.underline) model.underline = font.underline === "double" ? "Double" : "Single";
  const color = argbToHex(font.color?.argb);
  if (color && color !== "#000000") model.color = color;
  if (font.name && font.name !== "Calibri") model.name = font.name;
  if (font.size && font.size !== 11) model.size = font.size;
  return Object.keys(model).length > 0 ? model : undefined;
}

/** ExcelJS's sheet protection flags (true = allowed) as Office.js protection options. */
function protectionOptions(flags: Record<string, unknown>): Excel.WorksheetProtectionOptions {
  const allowed = (name: string) => flags[name] === true;
  return {
    allowFormatCells: allowed("formatCells"),
    allowFormatColumns: allowed("formatColumns"),
    allowFormatRows: allowed("formatRows"),
    allowInsertColumns: allowed("insertColumns"),
    allowInsertRows: allowed("insertRows"),
    allowInsertHyperlinks: allowed("insertHyperlinks"),
    allowDeleteColumns: allowed("deleteColumns"),
    allowDeleteRows: allowed("deleteRows"),
    allowSort: allowed("sort"),
    allowAutoFilter: allowed("autoFilter"),
    allowPivotTables: allowed("pivotTables"),
  };
}

/** What the snapshot leaves out of one worksheet, copied into the emulator's sheet. */
function addSheetDetails(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height) sheet.rowHeights.set(rowNumber, row.height);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const fill = cell.fill;
      const fillColor =
        fill?.type === "pattern" && fill.pattern === "solid" ? argbToHex(fill.fgColor?.argb) : undefined;
      const font = fontOf(cell.font);
      const alignment = cell.alignment;
      const horizontal = alignment?.horizontal && ALIGN[alignment.horizontal];
      const vertical = alignment?.vertical && ALIGN[alignment.vertical];
      const formula = cell.formula;
      const unlocked = cell.protection?.locked === false;
      const link = cell.hyperlink;
      // The snapshot keeps number formats of cells with values only; an empty cell's format (text `@` set
      // before typing) matters to the next entry.
      const emptyFormat =
        cell.value === null && cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      if (
        !emptyFormat &&
        !fillColor &&
        !font &&
        !horizontal &&
        !vertical &&
        !alignment?.wrapText &&
        !formula &&
        !unlocked &&
        !link
      )
        return;
      sheet.updateCell(rowNumber, column, (model) => {
        if (fillColor) model.fill = fillColor;
        if (font) model.font = font;
        if (horizontal) model.horizontalAlignment = horizontal;
        if (vertical && vertical !== "Bottom") model.verticalAlignment = vertical;
        if (alignment?.wrapText) model.wrapText = true;
        if (formula) model.formula = `=${formula}`;
        if (unlocked) model.locked = false;
        if (link) model.hyperlink = { address: link, textToDisplay: cell.text };
        if (emptyFormat && model.numberFormat === undefined) model.numberFormat = emptyFormat;
      });
    });
  });
  const columns = (worksheet.columns as ExcelJS.Column[] | null) ?? [];
  columns.forEach((column, i) => {
    if (column.width && Math.abs(column.width - 8.43) > 0.01)
      sheet.columnWidths.set(i + 1, charsToPoints(column.width));
    if (column.hidden) sheet.hiddenColumns.add(i + 1);
  });
  if (worksheet.state === "hidden") sheet.visibility = "Hidden";
  if (worksheet.state === "veryHidden") sheet.visibility = "VeryHidden";
  const tab = argbToHex(worksheet.properties?.tabColor?.argb);
  if (tab) sheet.tabColor = tab;
  const view = worksheet.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  if (view && (view as { showGridLines?: boolean }).showGridLines === false) sheet.showGridlines = false;
}

/**
 * The sheet's conditional formats that are custom rules (`expression` in the file; Sitova's highlights
 * among them), with their fill and font colour; other rule types are not modelled (src/emulator/README.md).
 */
function addConditionalFormats(
  emulator: EmulatedExcel,
  sheet: SheetModel,
  worksheet: ExcelJS.Worksheet,
): void {
  const formattings =
    (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  const formats = formattings.flatMap(({ ref, rules }) => {
    const areas = ref.split(/\s+/).map((part) => parseAddress(part)?.area);
    if (areas.some((area) => !area)) return [];
    return rules.flatMap((rule) => {
      if (rule.type !== "expression" || !rule.formulae?.[0]) return [];
      const fill = rule.style?.fill;
      const fillColor =
        fill?.type === "pattern" ? argbToHex(fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
      const fontColor = argbToHex(rule.style?.font?.color?.argb);
      return [
        {
          priority: rule.priority ?? 0,
          format: {
            id: emulator.model.newId(),
            type: "Custom" as const,
            areas: areas as CellArea[],
            formula: `=${String(rule.formulae[0]).replace(/^=/, "")}`,
            ...(fillColor && { fill: fillColor }),
            ...(fontColor && { font: { color: fontColor } }),
            stopIfTrue: false,
          },
        },
      ];
    });
  });
  sheet.conditionalFormats = formats.sort((a, b) => a.priority - b.priority).map((f) => f.format);
}

/** The sheet's protection, set last: a protected sheet refuses even the loading of its validations. */
function protectSheet(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const protection = (worksheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  if (protection?.sheet) sheet.protection = { protected: true, options: protectionOptions(protection) };
}

/** ExcelJS's model of a table read from a file. */
interface TableFromFile {
  name?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: { theme?: string };
}

/** The worksheet's Excel tables, as the emulator's table model. */
function addTables(emulator: EmulatedExcel, sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const tables =
    (worksheet as unknown as { tables?: Record<string, { table?: TableFromFile }> }).tables ?? {};
  for (const { table } of Object.values(tables)) {
    const area = table?.tableRef ? parseAddress(table.tableRef)?.area : undefined;
    if (!table?.name || !area) continue;
    emulator.model.tables.push({
      id: emulator.model.newId(),
      name: table.name,
      sheetId: sheet.id,
      area,
      showHeaders: table.headerRow !== false,
      showTotals: table.totalsRow === true,
      style: table.style?.theme ?? "TableStyleMedium2",
    });
  }
}

const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
const RULE_KINDS: Record<string, string> = {
  whole: "wholeNumber",
  decimal: "decimal",
  textLength: "textLength",
  date: "date",
  time: "time",
};

const formulaOf = (value: unknown): string | number =>
  typeof value === "number" ? value : value instanceof Date ? value.toISOString() : `=${String(value)}`;

/** An ExcelJS data validation as Office.js sets one, or null for a kind Office.js has no form for. */
export function officeValidation(dv: ExcelJS.DataValidation): {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
} | null {
  const formulae = (dv.formulae ?? []) as unknown[];
  let rule: Record<string, unknown> | null = null;
  if (dv.type === "list") {
    const first = String(formulae[0] ?? "");
    const typed = /^"(.*)"$/s.exec(first);
    rule = { list: { inCellDropDown: true, source: typed ? typed[1] : `=${first}` } };
  } else if (dv.type === "custom") {
    rule = { custom: { formula: `=${String(formulae[0] ?? "")}` } };
  } else if (RULE_KINDS[dv.type]) {
    const operator = OPERATORS[dv.operator ?? "between"] ?? "Between";
    const basic: Record<string, unknown> = { operator, formula1: formulaOf(formulae[0]) };
    if (operator === "Between" || operator === "NotBetween") basic.formula2 = formulaOf(formulae[1]);
    rule = { [RULE_KINDS[dv.type]]: basic };
  }
  if (!rule) return null;
  const style = String(dv.errorStyle ?? "stop");
  return {
    rule: rule as Excel.DataValidationRule,
    prompt: {
      showPrompt: dv.showInputMessage === true,
      title: dv.promptTitle ?? "",
      message: dv.prompt ?? "",
    },
    errorAlert: {
      showAlert: dv.showErrorMessage === true,
      style: (style[0].toUpperCase() + style.slice(1)) as Excel.DataValidationAlertStyle,
      title: dv.errorTitle ?? "",
      message: dv.error ?? "",
    },
    ignoreBlanks: dv.allowBlank === true,
  };
}

/** Runs of cells down one column with the same validation, as `E5:E12`. */
export function validationRuns(
  byCell: Record<string, ExcelJS.DataValidation>,
): { address: string; dv: ExcelJS.DataValidation }[] {
  const cells = Object.entries(byCell)
    .map(([address, dv]) => ({ area: parseAddress(address)?.area, dv, key: JSON.stringify(dv) }))
    .filter(
      (c): c is { area: NonNullable<typeof c.area>; dv: ExcelJS.DataValidation; key: string } => !!c.area,
    )
    .sort((a, b) => a.area.left - b.area.left || a.area.top - b.area.top);
  const runs: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    dv: ExcelJS.DataValidation;
    key: string;
  }[] = [];
  for (const { area, dv, key } of cells) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.key === key &&
      last.left === area.left &&
      last.right === area.right &&
      last.bottom + 1 === area.top
    )
      last.bottom = area.bottom;
    else runs.push({ ...area, dv, key });
  }
  return runs.map((run) => ({ address: formatArea(run), dv: run.dv }));
}

/**
 * The file's data validations, set through the emulator's own Office.js API (one batch), so they are
 * checked and stored as if an add-in had set them. A validation the emulator refuses is left out.
 */
async function addDataValidations(emulator: EmulatedExcel, workbook: ExcelJS.Workbook): Promise<void> {
  const all: {
    sheet: string;
    address: string;
    validation: NonNullable<ReturnType<typeof officeValidation>>;
  }[] = [];
  for (const worksheet of workbook.worksheets) {
    const byCell = (
      worksheet as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations?.model;
    for (const { address, dv } of validationRuns(byCell ?? {})) {
      const validation = officeValidation(dv);
      if (validation) all.push({ sheet: worksheet.name, address, validation });
    }
  }
  for (const { sheet, address, validation } of all) {
    await emulator
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.dataValidation.ignoreBlanks = validation.ignoreBlanks;
        range.dataValidation.rule = validation.rule;
        range.dataValidation.prompt = validation.prompt;
        range.dataValidation.errorAlert = validation.errorAlert;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one batch per range, so that a range the emulator refuses leaves the others in; once, at load
        await context.sync();
      })
      .catch(() => undefined);
  }
}

/** The package's custom XML parts, with the ids Excel gives them (`ds:itemID` of their properties). */
export async function readCustomXmlParts(bytes: ArrayBuffer): Promise<CustomXmlPartModel[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: CustomXmlPartModel[] = [];
  const items = Object.keys(zip.files)
    .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  for (const name of items) {
    const xml = (await zip.file(name)?.async("string"))?.replace(/^\uFEFF/, "");
    const info = xml === undefined ? undefined : inspectXml(xml);
    if (xml === undefined || !info) continue;
    const props = await zip.file(name.replace(/item(\d+)\.xml$/i, "itemProps$1.xml"))?.async("string");
    const id = props && /itemID="(\{[0-9A-Fa-f-]+\})"/.exec(props)?.[1];
    parts.push({ id: id ?? `{${crypto.randomUUID().toUpperCase()}}`, namespaceUri: info.namespaceUri, xml });
  }
  return parts;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** A defined name's reference as the emulator keeps it: a constant, or one area of one sheet. */
function nameReference(text: string, model: EmulatedExcel["model"]): NameModel["reference"] | undefined {
  if (/^"(?:[^"]|"")*"$/.test(text))
    return { kind: "constant", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "constant", value: text.toUpperCase() === "TRUE" };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: "constant", value: Number(text) };
  const range = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(text);
  const sheet = range && model.sheetByName((range[1] ?? range[2]).replace(/''/g, "'"));
  const area = range && parseAddress(range[3].replace(/\$/g, ""))?.area;
  return sheet && area ? { kind: "range", sheetId: sheet.id, area } : undefined;
}

/**
 * The workbook's defined names, from `xl/workbook.xml` (ExcelJS drops a name's sheet scope): a name with
 * `localSheetId` belongs to that sheet, as Sitova's own-sheet tags do. Names of other kinds are left out.
 */
export async function addDefinedNames(emulator: EmulatedExcel, bytes: ArrayBuffer): Promise<void> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  for (const match of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attribute = (key: string) => {
      const found = new RegExp(`\\b${key}="([^"]*)"`).exec(match[1]);
      return found ? unescapeXml(found[1]) : undefined;
    };
    const name = attribute("name");
    const reference = nameReference(unescapeXml(match[2]).trim(), emulator.model);
    if (!name || name.startsWith("_xlnm.") || !reference) continue;
    const scope = attribute("localSheetId");
    const owner = scope === undefined ? undefined : emulator.model.sheetByName(sheets[Number(scope)] ?? "");
    if (scope !== undefined && !owner) continue;
    const model: NameModel = {
      name,
      comment: attribute("comment") ?? "",
      visible: attribute("hidden") !== "1",
      reference,
    };
    (owner ? owner.names : emulator.model.names).push(model);
  }
}

/**
 * An emulated workbook from .xlsx bytes. `name` is the file name shown and used in messages. Throws
 * `UnreadableWorkbookError` (with the command line's reasons) when the bytes are not a readable workbook.
 */
export async function emulatorFromXlsx(
  bytes: ArrayBuffer,
  name: string,
  options: EmulatorOptions = {},
): Promise<EmulatedExcel> {
  // The command line's reader first: its limits refuse hostile files before ExcelJS reads the details.
  const snapshot = readXlsx(new Uint8Array(bytes), name);
  const workbook = new ExcelJS.Workbook();
  let parts: CustomXmlPartModel[];
  try {
    await workbook.xlsx.load(bytes);
    parts = await readCustomXmlParts(bytes);
  } catch (error) {
    throw new UnreadableWorkbookError(name, "corrupt", oneLine(error).replace(/^Bug\s*:\s*/, ""));
  }
  const activeTab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const emulator = createEmulator(snapshot, {
    ...options,
    activeSheet: workbook.worksheets[activeTab]?.name ?? workbook.worksheets[0]?.name,
  });
  workbook.worksheets.forEach((worksheet) => {
    const sheet = emulator.model.sheetByName(worksheet.name);
    if (sheet) {
      addSheetDetails(sheet, worksheet);
      addConditionalFormats(emulator, sheet, worksheet);
      addTables(emulator, sheet, worksheet);
    }
  });
  // A hidden sheet cannot be the active one.
  const active = emulator.model.activeSheetId && emulator.model.sheetById(emulator.model.activeSheetId);
  if (!active || active.visibility !== "Visible")
    emulator.model.activeSheetId = emulator.model.sheets.find((s) => s.visibility === "Visible")?.id;
  emulator.model.customXmlParts = parts;
  await addDefinedNames(emulator, bytes);
  await addDataValidations(emulator, workbook);
  workbook.worksheets.forEach((worksheet) => {
    const sheet = emulator.model.sheetByName(worksheet.name);
    if (sheet) protectSheet(sheet, worksheet);
  });
  emulator.resetStats();
  return emulator;
}
