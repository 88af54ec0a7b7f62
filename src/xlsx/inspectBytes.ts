/**
 * Recognises files that are not readable .xlsx workbooks from their first bytes and the zip's directory,
 * before any part is inflated: an encrypted workbook, an old .xls, a file that is no zip, a cut-off zip.
 * Bytes only (no Node API): the browser's playground runs the same checks.
 */
import type { UnreadableKind } from "./unreadable";
import { ZipProblem, readCentralDirectory } from "./zip";

/** OLE compound file (CFB) signature: encrypted .xlsx files and legacy .xls files start with it. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML package is a CFB file holding an `EncryptionInfo` stream (names are UTF-16LE). */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a zip's first entry
const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06]; // "PK\5\6": an empty zip
const EOCD_SIZE = 22;

/** The part every SpreadsheetML package has, and the package's own relationships that name it. */
const WORKBOOK_PART = "xl/workbook.xml";
const PACKAGE_RELATIONSHIPS = "_rels/.rels";

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, needle, at)) return true;
  }
  return false;
}

/** Names of the zip's entries from its central directory, or "truncated" when it is cut off. */
export function zipEntryNames(bytes: Uint8Array): string[] | "truncated" {
  try {
    return readCentralDirectory(bytes).map((entry) => entry.name);
  } catch (error) {
    if (error instanceof ZipProblem) return "truncated";
    throw error;
  }
}

/** Why these bytes cannot be an .xlsx workbook, or `null` when they look like one. */
export function inspectWorkbookBytes(bytes: Uint8Array): UnreadableKind | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_SIGNATURE))
    return contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "ole-document";
  if (!startsWith(bytes, LOCAL_FILE_HEADER) && !startsWith(bytes, END_OF_CENTRAL_DIRECTORY)) return "not-zip";
  if (bytes.length < EOCD_SIZE) return "truncated";
  const names = zipEntryNames(bytes);
  if (names === "truncated") return "truncated";
  const lower = new Set(names.map((name) => name.toLowerCase()));
  if (!lower.has(WORKBOOK_PART) && !lower.has(PACKAGE_RELATIONSHIPS)) return "not-workbook";
  return null;
}
