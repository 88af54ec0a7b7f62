/**
 * Text from workbooks and file names on the way to a terminal. A cell, a sheet name, a zip entry name or a
 * file name can hold control characters (Excel stores them as `_x001B_`, and the reader decodes them), and
 * printed raw they are commands to the terminal: `ESC [2J` clears the screen, a bidi override reorders the
 * line (CVE-2021-42574), a line separator starts a line that looks like Sitova's own. So every such text is
 * shown escaped, as `\x1b`, and stays on its line.
 */

/**
 * C0 controls (line breaks and tab included: each problem is one line), DEL, C1 controls (U+009B is a
 * one-character CSI), the bidi controls, the Unicode line and paragraph separators, and lone surrogates.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMED: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escapeUnit(char: string): string {
  if (NAMED[char]) return NAMED[char];
  const hex = char.charCodeAt(0).toString(16);
  return hex.length <= 2 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/** The text with every control character written as an escape (`\x1b`, `\n`, `\u202e`); other text unchanged. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeUnit);
}

/**
 * Characters JSON.stringify leaves raw that a terminal may act on: DEL, C1 controls, bidi controls, line
 * separators. (It already escapes C0 controls and, since ES2019, lone surrogates.) They only ever occur
 * inside JSON strings, where `\uHHHH` means the same character, so the document parses to the same value.
 */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `value` as indented JSON, with nothing in it a terminal would act on. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
