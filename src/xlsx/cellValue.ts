/**
 * Turns the many shapes in which ExcelJS returns a cell's value into the snapshot's `CellValue`:
 * what the cell *shows* (a formula's cached result, a link's text, rich text's plain text…).
 */
import type { CellValue } from "../domain/snapshot";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30, leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01: 1462 days later. */
const DATE_1904_OFFSET = 1_462;

/**
 * A date as Excel stores it: serial days. ExcelJS turns date-formatted numbers into `Date`s when it
 * reads a file; the engine expects the number back, as Office.js would give it. Rounded to the
 * millisecond so that 44197.5 stays 44197.5 and not 44197.500000000007.
 */
export function dateToSerial(date: Date, date1904 = false): number | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const days = UNIX_EPOCH_SERIAL + time / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Plain text of `{ richText: [{ text }, …] }`; the runs' fonts do not matter to the rules. */
function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  let text = "";
  for (const run of runs) {
    if (isRecord(run) && typeof run.text === "string") text += run.text;
  }
  return text;
}

/**
 * Normalises one ExcelJS cell value. Handles, in this order:
 * - `null`/`undefined` → `null`; strings, finite numbers and booleans as they are;
 * - `Date` → Excel serial number (respecting the workbook's 1904 date system);
 * - `{ error: "#N/A" }` → `{ error: "#N/A" }` (a fresh object without ExcelJS's extra keys);
 * - `{ formula | sharedFormula, result }` → the result, normalised again (it may be an error or a date;
 *   a formula never calculated has no result and shows nothing);
 * - `{ richText: [...] }` → the runs' text joined;
 * - `{ text, hyperlink }` → the text (which may itself be rich text);
 * - any other object → JSON text, so that an unexpected shape shows up in a finding rather than vanishing.
 */
export function normalizeCellValue(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      // Excel cannot store NaN or ±Infinity; a value computed elsewhere that is one shows as #NUM!.
      return Number.isFinite(value) ? value : { error: "#NUM!" };
    case "object":
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (!isRecord(value)) return null;

  if (typeof value.error === "string") return { error: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    // The result of a formula is never itself a formula; guard against a cycle anyway.
    const result = value.result;
    if (isRecord(result) && ("formula" in result || "sharedFormula" in result)) return null;
    return normalizeCellValue(result, date1904);
  }
  if ("richText" in value) return richTextToString(value.richText);
  if ("hyperlink" in value || "text" in value) {
    const text = value.text;
    if (typeof text === "string") return text;
    if (isRecord(text) && "richText" in text) return richTextToString(text.richText);
    return text === undefined || text === null ? null : normalizeCellValue(text, date1904);
  }
  return JSON.stringify(value);
}
