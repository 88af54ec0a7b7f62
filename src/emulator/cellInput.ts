/**
 * What Excel makes of a value written through `Range.values` / `Range.formulas`, and what it reports back.
 *
 * Excel treats a written string like typed input: `=…`, `+…`, `-…` become formulas, `123` a number, `85%` a
 * percentage, `TRUE` a boolean, `#N/A` an error. Only a cell formatted as text (`@`) or a leading apostrophe
 * keeps the string as it is. The emulator models that so tests can prove the add-in never turns text into a
 * formula or a number. A leading `@` is treated as a formula too: modern Excel reads it as the implicit-
 * intersection operator, and treating it pessimistically keeps the adapter honest.
 */
import { ErrorCode, officeError } from "./errors";
import type { CellModel, ModelValue } from "./model";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Error values Excel recognises when typed. */
const TYPED_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;

export interface WrittenCell {
  value: ModelValue;
  formula?: string;
  /** A format Excel applies by itself, e.g. `0%` after typing `85%` into a General cell. */
  autoFormat?: string;
}

/**
 * Interprets one written entry. `null`/`undefined` leave the cell unchanged (Excel ignores null entries),
 * so the result is `undefined` then.
 */
export function interpretWrite(input: unknown, currentFormat: string | undefined): WrittenCell | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw officeError(ErrorCode.invalidArgument, `not a finite number: ${input}`);
    return { value: input };
  }
  if (typeof input !== "string") {
    throw officeError(ErrorCode.invalidArgument, `unsupported cell value of type ${typeof input}`);
  }
  if (input === "") return { value: null };
  // The apostrophe is Excel's "keep as text" prefix; it is not part of the value.
  if (input.startsWith("'")) return { value: input.slice(1) === "" ? null : input.slice(1) };
  if (currentFormat === TEXT_FORMAT) return { value: input };
  const first = input[0];
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const decimals = percent[1].includes(".") ? "0.00%" : "0%";
    return {
      value: Number(percent[1]) / 100,
      autoFormat: currentFormat === undefined || currentFormat === GENERAL_FORMAT ? decimals : undefined,
    };
  }
  if (first === "=") return { value: null, formula: input };
  if (first === "+" || first === "-" || first === "@") return { value: null, formula: `=${input}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (TYPED_ERRORS.has(trimmed.toUpperCase())) return { value: { error: trimmed.toUpperCase() } };
  return { value: input };
}

/** `Range.values` for one cell: `""` when empty, the error text for errors. */
export function readValue(cell: CellModel | undefined): string | number | boolean {
  if (!cell) return "";
  // The emulator does not calculate: a formula without a cached result shows its own text.
  if (cell.formula !== undefined && cell.value === null) return cell.formula;
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

/**
 * `Range.valueTypes` for one cell. Excel reports every number as `Double`. A formula the emulator could
 * not calculate reports `Unknown`, which marks it in tests without leaving Excel's enum.
 */
export function readValueType(cell: CellModel | undefined): Excel.RangeValueType {
  if (cell?.formula !== undefined && cell.value === null) return "Unknown" as Excel.RangeValueType;
  const value = cell?.value ?? null;
  if (value === null || value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "object") return "Error" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

/** `Range.formulas` for one cell: the formula, or the value when there is none. */
export function readFormula(cell: CellModel | undefined): string | number | boolean {
  return cell?.formula ?? readValue(cell);
}

export function readNumberFormat(cell: CellModel | undefined): string {
  return cell?.numberFormat ?? GENERAL_FORMAT;
}

/** Applies an interpreted write to a cell (value and formula replace each other). */
export function applyWrite(cell: CellModel, written: WrittenCell): void {
  cell.value = written.value;
  if (written.formula === undefined) delete cell.formula;
  else cell.formula = written.formula;
  if (written.autoFormat) cell.numberFormat = written.autoFormat;
}
