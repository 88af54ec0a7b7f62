/**
 * The .xlsx reader's core: bytes in, `WorkbookSnapshot` out, no Node API (the playground and the task
 * pane run it in the browser). It reads only what the snapshot needs: sheet names in tab order, cell
 * values and types, number formats, merged areas, hidden rows and columns. Every part streams through
 * the zip layer's limits (zip.ts) into a SAX parser, so memory follows the snapshot, not the XML.
 *
 * Ranges are never expanded cell by cell: merged areas are clipped to the cells that hold data, and data
 * validations, conditional formats, tables and drawings are not read at all (the engine uses none of
 * them). A reference beyond Excel's grid (1,048,576 rows by 16,384 columns, "Excel specifications and
 * limits", support.microsoft.com) is refused: Excel itself cannot open such a file.
 *
 * Element names follow ECMA-376 Part 1, §18.3 (worksheets), §18.4 (shared strings), §18.8 (styles) and
 * §18.2 (workbook); relationships follow Part 2 (OPC).
 */
import type { CellArea, CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import { dateToSerial } from "./cellValue";
import { inspectWorkbookBytes } from "./inspectBytes";
import { UnreadableWorkbookError } from "./unreadable";
import type { Attributes } from "./xmlPart";
import { parseXmlPart } from "./xmlPart";
import type { ZipEntry } from "./zip";
import { ZipProblem, readCentralDirectory } from "./zip";

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/**
 * Most cells one sheet may put in the snapshot, counting the cells the engine's merged areas cover: a
 * 200 000-row goal sheet has 1.8 million. Beyond this the snapshot alone would pass the memory bar.
 */
const MAX_SHEET_CELLS = 20_000_000;

/** Built-in number formats (ECMA-376 Part 1, §18.8.30); other ids must be defined in styles.xml. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
const GENERAL = "General";

/** `_x001B_` is how SpreadsheetML writes a character XML cannot hold (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). */
function unescapeXstring(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/**
 * A reference's column and row (`B7`, `$B$7`), checked against Excel's grid; `undefined` for text that is
 * not one. Read character by character: it runs once per cell, where a regular expression costs a tenth of
 * the whole read.
 */
function parseReference(reference: string): { row: number; column: number } | undefined {
  let at = 0;
  const end = reference.length;
  const code = (i: number): number => reference.charCodeAt(i);
  if (code(at) === 36) at++; // "$"
  let column = 0;
  let letters = 0;
  for (; at < end; at++, letters++) {
    const c = code(at) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = Math.min(column * 26 + (c - 96), MAX_COLUMN + 1);
  }
  if (code(at) === 36) at++;
  let row = 0;
  let digits = 0;
  for (; at < end; at++, digits++) {
    const c = code(at);
    if (c < 48 || c > 57) break;
    row = Math.min(row * 10 + (c - 48), MAX_ROW + 1);
  }
  if (at !== end || letters === 0 || digits === 0) return undefined;
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) throw new ZipProblem("beyond-grid");
  return { row, column };
}

function parseArea(reference: string): CellArea | undefined {
  const [first, second = first] = reference.split(":");
  const a = parseReference(first);
  const b = parseReference(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

class Package {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    // Part names are compared case-insensitively (ECMA-376 Part 2, §6.2.2.3); the first of duplicates wins.
    for (const entry of readCentralDirectory(bytes)) {
      const key = entry.name.toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, entry);
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  parse(
    name: string,
    open: (name: string, attributes: Attributes) => void,
    text?: (text: string) => void,
    close?: (name: string) => void,
  ): boolean {
    const entry = this.entry(name);
    if (!entry) return false;
    parseXmlPart(this.bytes, entry, { open, text, close });
    return true;
  }

  /** The part's relationships by id, targets resolved to part names. */
  relationships(part: string): Map<string, { target: string; type: string }> {
    const slash = part.lastIndexOf("/");
    const folder = part.slice(0, slash + 1);
    const relsName = `${folder}_rels/${part.slice(slash + 1)}.rels`;
    const byId = new Map<string, { target: string; type: string }>();
    this.parse(relsName, (element, attributes) => {
      if (element !== "Relationship" || attributes.TargetMode === "External") return;
      const target = attributes.Target ?? "";
      byId.set(attributes.Id ?? "", { target: resolvePartName(folder, target), type: attributes.Type ?? "" });
    });
    return byId;
  }
}

/** A relationship target relative to the source part's folder, as a part name without the leading slash. */
function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

interface SheetEntry {
  name: string;
  part: string | undefined;
  isWorksheet: boolean;
}

function workbookPartName(pkg: Package): string {
  for (const relationship of pkg.relationships("").values()) {
    if (relationship.type.endsWith("/officeDocument")) return relationship.target;
  }
  return "xl/workbook.xml";
}

interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  /** Where the styles and the shared strings are, by the workbook's relationships. */
  partOfType(type: string): string | undefined;
}

function readWorkbookPart(pkg: Package, part: string): WorkbookPart {
  const relationships = pkg.relationships(part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let root: string | undefined;
  const found = pkg.parse(part, (element, attributes) => {
    root ??= element;
    if (element === "workbookPr") date1904 = isTrue(attributes.date1904);
    else if (element === "sheet") {
      const idKey = Object.keys(attributes).find((key) => key.endsWith(":id"));
      const relationship = idKey ? relationships.get(attributes[idKey]) : undefined;
      sheets.push({
        name: attributes.name ?? "",
        part: relationship?.target,
        // Chart sheets and dialog sheets hold no cells; Office.js lists only worksheets.
        isWorksheet: !relationship || relationship.type.endsWith("/worksheet"),
      });
    }
  });
  // A Word or PowerPoint package names its main part the same way; only a `workbook` is one.
  if (!found || root !== "workbook") throw new ZipProblem("not-workbook");
  const targets = [...relationships.values()];
  const partOfType = (type: string) => targets.find((t) => t.type.endsWith(type))?.target;
  return { sheets, date1904, partOfType };
}

/** The number format of each cell style index (cellXfs), "General" for the default. */
function readStyles(pkg: Package, part: string | undefined): string[] {
  if (!part) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  pkg.parse(
    part,
    (element, attributes) => {
      if (element === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? GENERAL);
      else if (element === "cellXfs") inCellXfs = true;
      else if (element === "xf" && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    undefined,
    (element) => {
      if (element === "cellXfs") inCellXfs = false;
    },
  );
  return formatIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? GENERAL);
}

/** The shared string table: each `si`'s text, rich-text runs joined, phonetic runs (`rPh`) left out. */
function readSharedStrings(pkg: Package, part: string | undefined): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  pkg.parse(
    part,
    (element) => {
      if (element === "si") current = "";
      else if (element === "t") inText = phonetic === 0;
      else if (element === "rPh") phonetic++;
    },
    (text) => {
      if (inText) current += text;
    },
    (element) => {
      if (element === "t") inText = false;
      else if (element === "rPh") phonetic--;
      else if (element === "si") strings.push(unescapeXstring(current));
    },
  );
  return strings;
}

/** Cells as read, in file order: parallel arrays keep 200 000 rows small. */
interface CellList {
  rows: number[];
  columns: number[];
  values: CellValue[];
  formats: (string | undefined)[];
}

interface ParsedSheet {
  cells: CellList;
  merges: CellArea[];
  hiddenRows: number[];
  hiddenColumnRanges: { min: number; max: number }[];
}

/** ISO 8601 text of a `t="d"` cell as an Excel serial number. */
function isoDateToSerial(text: string, date1904: boolean): CellValue {
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return dateToSerial(date, date1904);
}

function parseSheetPart(
  pkg: Package,
  part: string,
  context: { strings: string[]; formats: string[]; date1904: boolean },
): ParsedSheet {
  const cells: CellList = { rows: [], columns: [], values: [], formats: [] };
  const sheet: ParsedSheet = { cells, merges: [], hiddenRows: [], hiddenColumnRanges: [] };
  let row = 0;
  let column = 0;
  let type = "n";
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;

  const finishCell = (): void => {
    let result: CellValue = null;
    switch (type) {
      case "s":
        // An empty `<v/>` is no index (Number("") would be 0, the first string).
        result = value === null || value.trim() === "" ? null : (context.strings[Number(value)] ?? null);
        break;
      case "inlineStr":
        result = value ?? (inline === null ? null : unescapeXstring(inline));
        break;
      case "str":
        result = value;
        break;
      case "b":
        result = value === null ? null : isTrue(value.trim());
        break;
      case "e":
        result = value === null ? null : { error: value.trim() };
        break;
      case "d":
        result = value === null ? null : isoDateToSerial(value.trim(), context.date1904);
        break;
      default:
        if (value !== null && value.trim() !== "") {
          const number = parseFloat(value);
          // Excel cannot store NaN or ±Infinity; as in cellValue.ts, such a number shows as #NUM!.
          result = Number.isFinite(number) ? number : { error: "#NUM!" };
        }
    }
    // A formula never calculated has no cached value (`v`) and shows nothing, like an empty cell.
    if (result === null) return;
    cells.rows.push(row);
    cells.columns.push(column);
    cells.values.push(result);
    const format = context.formats[style];
    cells.formats.push(format && format !== GENERAL ? format : undefined);
  };

  const found = pkg.parse(
    part,
    (element, attributes) => {
      switch (element) {
        case "row": {
          const number = attributes.r === undefined ? row + 1 : Number(attributes.r);
          if (!Number.isInteger(number)) throw new ZipProblem("corrupt-xml");
          if (number < 1 || number > MAX_ROW) throw new ZipProblem("beyond-grid");
          row = number;
          column = 0;
          if (isTrue(attributes.hidden)) sheet.hiddenRows.push(row);
          break;
        }
        case "c": {
          const reference = attributes.r === undefined ? undefined : parseReference(attributes.r);
          if (reference) {
            row = reference.row;
            column = reference.column;
          } else {
            if (++column > MAX_COLUMN) throw new ZipProblem("beyond-grid");
            // A cell outside any row element (malformed, but parsable) goes to row 1, never to a row 0.
            row ||= 1;
          }
          type = attributes.t ?? "n";
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          value = null;
          inline = null;
          break;
        }
        case "v":
          inValue = true;
          value ??= "";
          break;
        case "t":
          if (phonetic === 0) {
            inInlineText = true;
            inline ??= "";
          }
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell": {
          const area = attributes.ref === undefined ? undefined : parseArea(attributes.ref);
          if (area) sheet.merges.push(area);
          break;
        }
        case "col":
          if (isTrue(attributes.hidden)) {
            const min = Number(attributes.min);
            const max = Number(attributes.max ?? attributes.min);
            if (min > MAX_COLUMN || max > MAX_COLUMN) throw new ZipProblem("beyond-grid");
            sheet.hiddenColumnRanges.push({ min, max });
          }
          break;
      }
    },
    (text) => {
      if (inValue) value += text;
      else if (inInlineText) inline += text;
    },
    (element) => {
      if (element === "v") inValue = false;
      else if (element === "t") inInlineText = false;
      else if (element === "rPh") phonetic--;
      else if (element === "c") finishCell();
    },
  );
  if (!found) throw new ZipProblem("missing-part");
  return sheet;
}

/** Merged areas sorted by their left column, for a binary search per cell. */
function coveringMerge(sortedByLeft: CellArea[], column: number): CellArea | undefined {
  let low = 0;
  let high = sortedByLeft.length - 1;
  let found: CellArea | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sortedByLeft[middle].left <= column) {
      found = sortedByLeft[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found && column <= found.right ? found : undefined;
}

/**
 * Which cells lie inside a merged area without being its top-left cell: only the top-left keeps a value
 * (Excel drops the others when it merges). A sweep down the rows, with the areas open in the current row
 * sorted by column; the open list is rebuilt only when an area starts or ends, and the work it costs is
 * bounded like the snapshot's cells.
 */
function coveredByMerge(cells: CellList, merges: CellArea[], order: Int32Array): Uint8Array {
  const covered = new Uint8Array(order.length);
  if (merges.length === 0) return covered;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let open: CellArea[] = [];
  let openUntil = 0; // the last row before an open area ends
  let work = 0;
  for (const i of order) {
    const row = cells.rows[i];
    if (row > openUntil || (next < byTop.length && byTop[next].top <= row)) {
      open = open.filter((area) => area.bottom >= row);
      while (next < byTop.length && byTop[next].top <= row) {
        if (byTop[next].bottom >= row) open.push(byTop[next]);
        next++;
      }
      open.sort((a, b) => a.left - b.left);
      openUntil = open.reduce((until, area) => Math.min(until, area.bottom), MAX_ROW);
      work += open.length;
      if (work > MAX_SHEET_CELLS) throw new ZipProblem("too-many-cells");
    }
    const column = cells.columns[i];
    const area = coveringMerge(open, column);
    if (area !== undefined && (area.top !== row || area.left !== column)) covered[i] = 1;
  }
  return covered;
}

/** Sorted, disjoint column ranges clipped to `[left, right]`, as the columns they hold. */
function columnsIn(ranges: { min: number; max: number }[], left: number, right: number): number[] {
  const columns: number[] = [];
  let last = left - 1;
  for (const range of [...ranges].sort((a, b) => a.min - b.min)) {
    for (let c = Math.max(range.min, last + 1); c <= Math.min(range.max, right); c++) columns.push(c);
    last = Math.max(last, Math.min(range.max, right));
  }
  return columns;
}

/** Lays the cells out as the snapshot's rows over the used range, with merges clipped to it. */
function sheetSnapshot(name: string, parsed: ParsedSheet): SheetSnapshot {
  const { cells } = parsed;
  const count = cells.rows.length;
  const order = new Int32Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    order[i] = i;
    if (i > 0 && sorted)
      sorted =
        cells.rows[i] > cells.rows[i - 1] ||
        (cells.rows[i] === cells.rows[i - 1] && cells.columns[i] > cells.columns[i - 1]);
  }
  // Excel writes rows and cells in order; other writers may not, and a cell written twice keeps the last.
  if (!sorted)
    order.sort((a, b) => cells.rows[a] - cells.rows[b] || cells.columns[a] - cells.columns[b] || a - b);
  const covered = coveredByMerge(cells, parsed.merges, order);

  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const include = (row: number, column: number): void => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  };
  for (const i of order) if (!covered[i]) include(cells.rows[i], cells.columns[i]);
  // A merged area's top-left cell holds its value, so it counts as used even when empty; the rest of the
  // area is clipped to the data below, never expanded (a merged whole column would be a million rows).
  for (const area of parsed.merges) include(area.top, area.left);
  if (bottom === 0) {
    return {
      name,
      origin: { row: 1, column: 1 },
      values: [],
      numberFormats: [],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  }

  // The cells the snapshot and the engine's merged areas will hold, counted before anything is allocated:
  // each row is as long as its last cell (cells are in order, so the last one seen in a row is the last).
  let dense = 0;
  let row = 0;
  let rowEnd = 0;
  for (const i of order) {
    if (covered[i]) continue;
    if (cells.rows[i] !== row) {
      dense += rowEnd;
      row = cells.rows[i];
    }
    rowEnd = cells.columns[i] - left + 1;
  }
  dense += rowEnd;
  const merges = parsed.merges
    .map((area) => ({ ...area, bottom: Math.min(area.bottom, bottom), right: Math.min(area.right, right) }))
    .filter((area) => area.bottom > area.top || area.right > area.left);
  for (const area of merges) dense += (area.bottom - area.top + 1) * (area.right - area.left + 1);
  if (dense > MAX_SHEET_CELLS) throw new ZipProblem("too-many-cells");

  // Each row is made at its final length (up to its last cell, its last formatted cell): rows grown a
  // cell at a time keep room for 17 or more, twice the memory of a 9-column goal row.
  const height = bottom - top + 1;
  const valueLengths = new Int32Array(height);
  const formatLengths = new Int32Array(height);
  for (const i of order) {
    if (covered[i]) continue;
    const r = cells.rows[i] - top;
    const length = cells.columns[i] - left + 1;
    valueLengths[r] = Math.max(valueLengths[r], length);
    if (cells.formats[i]) formatLengths[r] = Math.max(formatLengths[r], length);
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(valueLengths[r]).fill(null));
    numberFormats.push(new Array<string>(formatLengths[r]).fill(GENERAL));
  }
  for (const i of order) {
    if (covered[i]) continue;
    const r = cells.rows[i] - top;
    const c = cells.columns[i] - left;
    values[r][c] = cells.values[i];
    const format = cells.formats[i];
    if (format) numberFormats[r][c] = format;
  }

  // Only hidden rows and columns inside the used range matter; Excel often hides every column to XFD.
  const hiddenRows = [...new Set(parsed.hiddenRows.filter((r) => r >= top && r <= bottom))].sort(
    (a, b) => a - b,
  );
  return {
    name,
    origin: { row: top, column: left },
    values,
    numberFormats,
    merges,
    hiddenRows,
    hiddenColumns: columnsIn(parsed.hiddenColumnRanges, left, right),
  };
}

/** The file name without its folders, in either separator (the core runs in the browser too). */
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

/**
 * Reads an .xlsx workbook from bytes. `file` names the file in errors; the snapshot is named by its base
 * name. Throws `UnreadableWorkbookError`, in Sitova's words, for every file it cannot read (the property
 * tests feed it random corruptions); another error would be a bug of the reader itself.
 */
export function readXlsx(bytes: Uint8Array, file: string): WorkbookSnapshot {
  const problem = inspectWorkbookBytes(bytes);
  if (problem) throw new UnreadableWorkbookError(file, problem);
  try {
    const pkg = new Package(bytes);
    const workbookPart = workbookPartName(pkg);
    const { sheets, date1904, partOfType } = readWorkbookPart(pkg, workbookPart);
    const formats = readStyles(pkg, partOfType("/styles"));
    const strings = readSharedStrings(pkg, partOfType("/sharedStrings"));
    const snapshots: SheetSnapshot[] = [];
    for (const sheet of sheets) {
      if (!sheet.isWorksheet) continue;
      if (!sheet.part) throw new ZipProblem("missing-part");
      const parsed = parseSheetPart(pkg, sheet.part, { strings, formats, date1904 });
      snapshots.push(sheetSnapshot(sheet.name, parsed));
    }
    return { name: baseName(file), sheets: snapshots };
  } catch (error) {
    if (error instanceof ZipProblem) throw new UnreadableWorkbookError(file, error.kind);
    if (error instanceof RangeError) throw new UnreadableWorkbookError(file, "too-large");
    throw error;
  }
}
