/** Value normalisation exactly as the domain brief defines it: white space, placeholders, percentages. */
import type { CellValue } from "./snapshot";
import { isCellError } from "./snapshot";

// Every kind of space and line break Excel users paste: NBSP, narrow NBSP, figure space, tabs, CR/LF…
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const PLACEHOLDERS = new Set(["-", "–", "—", "?", "."]);

/** An own property only, never an inherited one (`constructor`, `toString`, `__proto__`). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * What `collapseSpace` would change: white space other than one space between two other characters.
 * `[^\S ]` is every character `trim()` removes (ECMAScript's WhiteSpace and LineTerminator) but the space;
 * U+200B is in `WHITESPACE` but not in `\s`.
 */
const NEEDS_COLLAPSE = /[^\S ]|\u200b| {2}|^ | $/;

/** Trims and collapses white space (non-breaking spaces and line breaks too). Case is kept. */
export function collapseSpace(text: string): string {
  // Most cells need nothing: then the text itself, with no new string (for 200 000 rows, 200 MB less to
  // allocate and collect).
  return NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE, " ").trim() : text;
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The comparison key of a text: collapsed white space, lower case. */
export function textKey(text: string): string {
  return collapseSpace(text).toLowerCase();
}

/** The text a cell shows, for text comparisons; numbers use their plain JavaScript form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

/** Empty: nothing left after trimming, or only a placeholder (`-`, `–`, `—`, `?`, `.`). */
export function isEmptyValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const trimmed = value.trim();
  // Fast path for the long texts most cells hold: nothing that long collapses to a placeholder.
  if (trimmed.length > 8) return false;
  // Without U+200B (white space here, but not to `trim()`) the ends of `trimmed` are no white space, so it
  // collapses to nothing or to one character only when it is that already.
  if (!trimmed.includes("\u200b")) return trimmed === "" || PLACEHOLDERS.has(trimmed);
  const text = collapseSpace(trimmed);
  return text === "" || PLACEHOLDERS.has(text);
}

/**
 * The matching key of a header cell: case, repeated or non-breaking spaces, line breaks, spaces around
 * `/` and a trailing `:` or `*` are ignored.
 */
export function headerKey(text: string): string {
  return textKey(text)
    .replace(/\s*\/\s*/g, "/")
    .replace(/[\s:*]+$/, "")
    .trim();
}

/** Whether a number format shows the number as a percentage (a `%` outside quotes and escapes). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || !format.includes("%")) return false;
  if (!format.includes('"') && !format.includes("\\")) return true;
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}

export type PercentReading =
  /** `percent` on the 0–100 scale; `form` says how it was written. */
  | { ok: true; percent: number; form: "formatted" | "text" | "plain" }
  | { ok: false; reason: "not-a-percentage" | "out-of-range"; percent?: number };

const PERCENT_TEXT = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/;
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

// Floating point noise such as 0.285 * 100 = 28.499999999999996 must not push a value out of range.
function roundPercent(percent: number): number {
  return Math.round(percent * 1e9) / 1e9;
}

function inRange(percent: number, form: "formatted" | "text" | "plain"): PercentReading {
  const rounded = roundPercent(percent);
  if (!Number.isFinite(rounded) || rounded < 0 || rounded > 100)
    return { ok: false, reason: "out-of-range", percent: rounded };
  return { ok: true, percent: rounded, form };
}

/** A plain number: between 0 and 1 a fraction, above 1 percent points (85 → 85 %). */
function plainNumber(n: number): PercentReading {
  return inRange(n >= 0 && n <= 1 ? n * 100 : n, "plain");
}

/**
 * Reads the numeric forecast. A number in a percent-formatted cell is a fraction (1 = 100 %); text like
 * `85 %`, `85,5 %` or `85.5%` is a percentage; a plain number (also typed as text, e.g. `85`) is a
 * fraction between 0 and 1 and percent points above 1. Valid range 0–100 %.
 */
export function readPercent(value: CellValue | undefined, numberFormat?: string): PercentReading {
  if (typeof value === "number") {
    return isPercentFormat(numberFormat) ? inRange(value * 100, "formatted") : plainNumber(value);
  }
  if (typeof value !== "string") return { ok: false, reason: "not-a-percentage" };
  const text = collapseSpace(value);
  const percentText = PERCENT_TEXT.exec(text);
  if (percentText) return inRange(Number(percentText[1].replace(",", ".")), "text");
  if (NUMBER_TEXT.test(text)) return plainNumber(Number(text.replace(",", ".")));
  return { ok: false, reason: "not-a-percentage" };
}

/** Formats a percentage for messages, Finnish style: `85 %`, `85,5 %`. */
export function formatPercent(percent: number, decimalComma = true): string {
  const rounded = Math.round(percent * 10) / 10;
  const text = String(rounded);
  return `${decimalComma ? text.replace(".", ",") : text} %`;
}

/** Levenshtein distance, for suggesting the closest allowed value. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `text` by edit distance of their keys. */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  const key = textKey(text);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key, textKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
