/**
 * Recognises files that are not readable .xlsx workbooks from their bytes, before ExcelJS sees them.
 * ExcelJS (through JSZip) fails on these with messages such as "End of data reached" or "Can't find end
 * of central directory", or worse, "succeeds" with an empty workbook; checking first gives the reviewer
 * a reason they can act on. Only the zip's directory is read here, so the cost is negligible.
 */
import type { UnreadableKind } from "./unreadable";

/** OLE compound file (CFB) signature: encrypted .xlsx files and legacy .xls files start with it. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted OOXML package is a CFB file holding an `EncryptionInfo` stream (names are UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const LOCAL_FILE_HEADER = 0x04034b50; // "PK\3\4": a zip's first entry
const END_OF_CENTRAL_DIRECTORY = 0x06054b50; // "PK\5\6": the record a zip ends with
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50; // "PK\1\2"
const EOCD_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;

/** The part every SpreadsheetML package has, and the one ExcelJS reads the sheet list from. */
export const WORKBOOK_PART = "xl/workbook.xml";

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - EOCD_SIZE - MAX_ZIP_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/**
 * Names of the zip's entries from its central directory, or a reason the directory is unusable.
 * Returns `null` for ZIP64 archives, which this small reader does not parse (ExcelJS then decides).
 */
export function zipEntryNames(bytes: Buffer): string[] | "truncated" | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return "truncated";
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === ZIP64_MARKER_16 || size === ZIP64_MARKER_32 || offset === ZIP64_MARKER_32) return null;
  if (offset + size > eocd) return "truncated";

  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return "truncated";
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, ""));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Why these bytes cannot be an .xlsx workbook, or `null` when they look like one. */
export function inspectWorkbookBytes(bytes: Buffer): UnreadableKind | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= OLE_SIGNATURE.length && bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    return bytes.includes(ENCRYPTION_INFO) ? "encrypted" : "ole-document";
  }
  const startsAsZip = bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_FILE_HEADER;
  const emptyZip = bytes.length >= 4 && bytes.readUInt32LE(0) === END_OF_CENTRAL_DIRECTORY;
  if (!startsAsZip && !emptyZip) return "not-zip";
  if (bytes.length < EOCD_SIZE) return "truncated";

  const names = zipEntryNames(bytes);
  if (names === "truncated") return "truncated";
  if (names !== null && !names.includes(WORKBOOK_PART)) return "not-workbook";
  return null;
}
