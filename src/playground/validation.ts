/**
 * A cell's data validation as the user meets it in Excel: the input message shown while the cell is
 * selected, the in-cell list of allowed values, and the check of what is typed (a Stop alert refuses the
 * entry, Warning and Information let it in with the message). The emulator stores validations but does
 * not check typing against them, so the playground does it in its typing path, for list, whole-number and
 * decimal rules (the kinds Sitova's input rules use); other kinds are let through.
 */
import type { EmulatedExcel } from "../emulator";
import { dataValidationAt } from "../emulator/dataValidation";
import type { DataValidationModel } from "../emulator/dataValidation";
import { interpretWrite } from "../emulator/cellInput";

export type { DataValidationModel };

export function validationAt(
  emulator: EmulatedExcel,
  sheet: string,
  row: number,
  column: number,
): DataValidationModel | undefined {
  try {
    return dataValidationAt(emulator, sheet, row, column);
  } catch {
    return undefined;
  }
}

type Rule = Record<string, Record<string, unknown> | undefined>;

/** The allowed values of a typed list (`Toteutuu,Ei toteudu`); a list from a range is not read. */
export function listChoices(model: DataValidationModel | undefined): string[] | null {
  const list = (model?.rule as Rule | null)?.list;
  const source = typeof list?.source === "string" ? list.source : "";
  if (!list || source.startsWith("=") || list.inCellDropDown === false) return null;
  return source
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function number(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

function compare(operator: string, value: number, a: number, b: number | null): boolean {
  switch (operator) {
    case "Between":
      return b !== null && value >= Math.min(a, b) && value <= Math.max(a, b);
    case "NotBetween":
      return b !== null && (value < Math.min(a, b) || value > Math.max(a, b));
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "GreaterThan":
      return value > a;
    case "LessThan":
      return value < a;
    case "GreaterThanOrEqualTo":
      return value >= a;
    case "LessThanOrEqualTo":
      return value <= a;
    default:
      return true;
  }
}

/** Whether typed `text` passes the cell's rule (Excel reads the text as typed input first). */
export function passes(model: DataValidationModel | undefined, text: string, numberFormat?: string): boolean {
  const rule = model?.rule as Rule | null | undefined;
  if (!model || !rule) return true;
  if (text === "") return model.ignoreBlanks;
  let value: unknown = text;
  try {
    value = interpretWrite(text, numberFormat)?.value ?? text;
  } catch {
    // not a value Excel would take at all; the emulator says so when it is written
  }
  const choices = listChoices(model);
  if (rule.list) {
    if (!choices) return true;
    // Excel compares list entries without regard to case.
    return choices.some((choice) => choice.toLocaleLowerCase() === String(value).toLocaleLowerCase());
  }
  for (const kind of ["decimal", "wholeNumber"] as const) {
    const basic = rule[kind];
    if (!basic) continue;
    const n = number(value);
    if (n === null || (kind === "wholeNumber" && !Number.isInteger(n))) return false;
    const a = number(basic.formula1);
    const b = number(basic.formula2);
    return a === null ? true : compare(String(basic.operator), n, a, b);
  }
  return true;
}
