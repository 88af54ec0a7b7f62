/**
 * Text as an .xlsx file can hold it. Pure string functions, shared by every writer of workbook files (the
 * command line's summary workbook, the playground's download); Office.js writers need none of it, Excel
 * encodes for them.
 *
 * - XML 1.0 allows only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF
 *   (https://www.w3.org/TR/xml/#charsets). One other character in a part makes the part not well-formed:
 *   Excel repairs or refuses the file, openpyxl and xmllint refuse it, LibreOffice blanks cells.
 * - Excel writes such characters as `_xHHHH_` (ST_Xstring, ECMA-376 Part 1 §22.9.2.19) and decodes these
 *   escapes when it reads a cell, so a literal `_xHHHH_` in the text must have its underscore escaped as
 *   `_x005F_`; Excel also escapes CR, which XML parsers would otherwise turn into LF (MS-OI29500 2.1.1747,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/d34ae755-c53f-4a44-a363-c6dd3ee018a4).
 * - A cell holds at most 32,767 characters ("Excel specifications and limits", support.microsoft.com;
 *   https://mskb.pkisolutions.com/kb/211878). Excel counts UTF-16 code units, as JavaScript does.
 */
import type { Lang, Localized } from "./i18n";

export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** Every UTF-16 code unit that cannot stand in an XML 1.0 document, lone surrogates included. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What `replaceXmlForbidden` puts in place of a character XML cannot hold: visible, and itself allowed. */
export const REPLACEMENT_CHARACTER = "\uFFFD";

/** The text with every character XML 1.0 forbids replaced by U+FFFD, so that the reader sees something was there. */
export function replaceXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, REPLACEMENT_CHARACTER);
}

/** Excel's escape for one UTF-16 code unit: `_x001B_`. */
function xstringEscape(unit: number): string {
  return `_x${unit.toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Characters to escape as `_xHHHH_` (everything XML forbids, and CR) or a literal `_xHHHH_` whose `_` needs escaping. */
const NEEDS_XSTRING_ESCAPE = new RegExp(`${XML_FORBIDDEN.source}|\\r|_(?=x[0-9A-Fa-f]{4}_)`, "g");

/**
 * The text as Excel stores a cell's string (ST_Xstring): lossless, and well-formed once the writer has
 * escaped `&`, `<` and `>` as every XML writer does. Excel and ExcelJS's reader decode it back to `text`.
 */
export function encodeXstring(text: string): string {
  return text.replace(NEEDS_XSTRING_ESCAPE, (found) => xstringEscape(found.charCodeAt(0)));
}

const CLIPPED_NOTE: Localized = {
  fi: "… [teksti katkaistu: {length} merkkiä, Excelin soluun mahtuu 32 767]",
  sv: "… [texten avkortad: {length} tecken, en cell i Excel rymmer 32 767]",
  en: "… [text cut: {length} characters, an Excel cell holds 32,767]",
};

/**
 * The text cut to fit one Excel cell, ending with a note that says so and how long the text was; text that
 * fits is returned as it is. A surrogate pair is never split.
 */
export function clipCellText(text: string, lang: Lang): string {
  if (text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  const note = CLIPPED_NOTE[lang].replace("{length}", String(text.length));
  let end = EXCEL_CELL_TEXT_LIMIT - note.length;
  // Do not keep the first half of a surrogate pair without its second half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + note;
}
