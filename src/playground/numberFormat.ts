/**
 * How a cell's value reads on screen under its number format, enough for goal tables and Sitova's own
 * sheets: General, fixed decimals, thousands separators, percentages, dates and times, text (`@`). Numbers
 * follow the display locale (Finnish Excel shows `0,85` and `85 %`). Colours, conditions and literal text
 * in formats are left out.
 */
import type { ModelValue } from "../emulator";

/** Excel's serial 0 is 1899-12-30 (with the 1900 leap-year bug folded in for dates after February 1900). */
const EPOCH = Date.UTC(1899, 11, 30);

function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

function isDateFormat(section: string): boolean {
  return /[dmyhs]/i.test(stripLiterals(section)) && !/[0#?]/.test(stripLiterals(section));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatDate(serial: number, section: string): string {
  const ms = EPOCH + Math.round(serial * 86400000);
  const date = new Date(ms);
  const tokens = stripLiterals(section).match(/y+|m+|d+|h+|s+|AM\/PM|[^ymdhs]+/gi) ?? [];
  let afterHour = false;
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      const next =
        tokens
          .slice(i + 1)
          .find((t) => /^[ymdhs]/i.test(t))
          ?.toLowerCase() ?? "";
      if (lower.startsWith("y"))
        return lower.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
      if (lower.startsWith("d"))
        return lower.length >= 2 ? pad(date.getUTCDate(), 2) : String(date.getUTCDate());
      if (lower.startsWith("h")) {
        afterHour = true;
        return lower.length >= 2 ? pad(date.getUTCHours(), 2) : String(date.getUTCHours());
      }
      if (lower.startsWith("s")) return pad(date.getUTCSeconds(), 2);
      if (lower.startsWith("m")) {
        const minutes = afterHour || next.startsWith("s");
        afterHour = false;
        if (minutes) return pad(date.getUTCMinutes(), 2);
        return lower.length >= 2 ? pad(date.getUTCMonth() + 1, 2) : String(date.getUTCMonth() + 1);
      }
      return token;
    })
    .join("");
}

function decimalsOf(section: string): number {
  const match = /\.([0#?]+)/.exec(stripLiterals(section));
  return match ? match[1].length : 0;
}

/** The text Excel shows for `value` in a cell formatted with `numberFormat`, in `locale`. */
export function displayValue(
  value: ModelValue | undefined,
  numberFormat: string | undefined,
  locale: string,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat ?? "General";
  if (format === "General" || format === "@") {
    if (Number.isInteger(value) && Math.abs(value) < 1e11)
      return value.toLocaleString(locale, { useGrouping: false });
    return Number(value.toPrecision(10)).toLocaleString(locale, {
      useGrouping: false,
      maximumFractionDigits: 10,
    });
  }
  const sections = format.split(";");
  const section = value < 0 && sections[1] ? sections[1] : sections[0];
  const shown = value < 0 && sections[1] ? Math.abs(value) : value;
  if (isDateFormat(section)) return formatDate(shown, section);
  const plain = stripLiterals(section);
  const decimals = decimalsOf(section);
  const grouping = /[0#],[0#]/.test(plain);
  if (plain.includes("%")) {
    const number = (shown * 100).toLocaleString(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    return `${number}${/\s%/.test(section) ? " " : ""}%`;
  }
  return shown.toLocaleString(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

/** What the formula bar shows for a cell: its formula, or its value as one would type it. */
export function editText(
  value: ModelValue | undefined,
  numberFormat: string | undefined,
  formula?: string,
): string {
  if (formula) return formula;
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    // Text that typing would turn into a formula, number, boolean or error is shown with Excel's apostrophe.
    const typedOtherwise =
      /^[=+\-@]|^#[A-Z/0!]+[!?]?$|^(TRUE|FALSE)$/i.test(value) ||
      /^\s*[-+]?(\d|[.,]\d)[\d\s.,]*%?\s*$/.test(value);
    return typedOtherwise && numberFormat !== "@" ? `'${value}` : value;
  }
  if (numberFormat && stripLiterals(numberFormat.split(";")[0]).includes("%"))
    return `${Number((value * 100).toPrecision(12))}%`;
  return String(value);
}
