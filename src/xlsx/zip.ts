/**
 * The zip layer of the .xlsx reader: the archive's central directory, and one entry inflated in chunks
 * under limits that hold whatever the archive declares. Bytes in, bytes out: no Node API, so the same code
 * runs in the browser. Inflation is fflate's streaming `Inflate`; the directory is read here because the
 * limits must be checked before anything is decompressed.
 *
 * Format: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local file header), 4.3.12 (central directory),
 * 4.3.14-4.3.16 (ZIP64 end records) and 4.5.3 (ZIP64 extended information extra field).
 */
import { Inflate, strFromU8 } from "fflate";
import type { UnreadableKind } from "./unreadable";

/** Why an archive or one of its entries cannot be used; the caller names the file. */
export class ZipProblem extends Error {
  constructor(readonly kind: UnreadableKind) {
    super(kind);
    this.name = "ZipProblem";
  }
}

/**
 * Largest inflated size of one entry. A 200 000-row goal sheet is 74 MB of XML and Excel's whole grid of
 * goal rows about 390 MB; beyond this a part is refused as too large before anything is inflated.
 */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
/**
 * Largest inflated-to-packed ratio of an entry above `RATIO_GRACE_BYTES`. Apache POI refuses the same
 * (ZipSecureFile's MIN_INFLATE_RATIO of 0.01) for .xlsx files; sheets and shared strings written by Excel,
 * LibreOffice or ExcelJS pack 5-30 times, while a zip bomb packs up to DEFLATE's limit of about 1 000.
 */
const MAX_RATIO = 100;
/** Small parts (styles, a sheet of empty formatted cells) may pack far better than data; no ratio check below this. */
const RATIO_GRACE_BYTES = 8 * 1024 * 1024;
/**
 * Compressed bytes given to the inflater at a time: at most about 1 000 times this (64 MB) comes out of one
 * push before the limits are checked; smaller pushes cost more in fflate's buffer growth.
 */
const PUSH_BYTES = 64 * 1024;

const SIGNATURE = {
  localFile: 0x04034b50,
  centralDirectory: 0x02014b50,
  end: 0x06054b50,
  zip64EndLocator: 0x07064b50,
  zip64End: 0x06064b50,
};
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A little-endian 64-bit field as a number (exact up to 2^53, far beyond any size we accept). */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

/**
 * An entry name as text. fflate decodes with the platform's TextDecoder where there is one (replacing bad
 * bytes) and with its own code elsewhere (jsdom), which refuses bad UTF-8: then the bytes are read as Latin-1.
 */
function entryName(bytes: Uint8Array): string {
  try {
    return strFromU8(bytes);
  } catch {
    return strFromU8(bytes, true);
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_SIZE; at >= stop; at--) {
    if (u32(bytes, at) === SIGNATURE.end) return at;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has, ZIP64 archives included. */
function directoryLocation(bytes: Uint8Array, end: number): { offset: number; size: number; count: number } {
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  const locator = end - 20;
  if (
    (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) &&
    locator >= 0 &&
    u32(bytes, locator) === SIGNATURE.zip64EndLocator
  ) {
    const zip64End = u64(bytes, locator + 8);
    if (zip64End + 56 > locator || u32(bytes, zip64End) !== SIGNATURE.zip64End)
      throw new ZipProblem("truncated");
    count = u64(bytes, zip64End + 32);
    size = u64(bytes, zip64End + 40);
    offset = u64(bytes, zip64End + 48);
  }
  return { offset, size, count };
}

/** Sizes and offset that the 32-bit fields mark as 0xFFFFFFFF, from the ZIP64 extra field. */
function applyZip64Extra(entry: ZipEntry, bytes: Uint8Array, start: number, end: number): void {
  for (let at = start; at + 4 <= end;) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const stop = Math.min(end, field + length);
      for (const key of ["size", "compressedSize", "localHeaderOffset"] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > stop) throw new ZipProblem("truncated");
        entry[key] = u64(bytes, field);
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

/** The archive's entries from its central directory; throws `ZipProblem("truncated")` when it is cut off. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw new ZipProblem("truncated");
  const { offset, size, count } = directoryLocation(bytes, end);
  if (offset + size > bytes.length) throw new ZipProblem("truncated");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== SIGNATURE.centralDirectory)
      throw new ZipProblem("truncated");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw new ZipProblem("truncated");
    const entry: ZipEntry = {
      // Writers differ on a leading slash; part names are compared without it.
      name: entryName(bytes.subarray(at + 46, nameEnd)).replace(/^\//, ""),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    applyZip64Extra(entry, bytes, nameEnd, nameEnd + extraLength);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Whether an entry's declared size is beyond what any workbook Sitova checks needs. */
function absurd(inflated: number, compressed: number): boolean {
  return inflated > MAX_ENTRY_BYTES || (inflated > RATIO_GRACE_BYTES && inflated > compressed * MAX_RATIO);
}

/** Refuses an entry whose declared size is absurd, before anything is inflated. */
function checkDeclaredSize(entry: ZipEntry): void {
  if (absurd(entry.size, entry.compressedSize)) throw new ZipProblem("too-large");
}

/** The entry's compressed bytes, located through its local header. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIGNATURE.localFile) throw new ZipProblem("corrupt");
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipProblem("truncated");
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry, handing its bytes to `onChunk` as they come. Stops with `too-large` as soon as the
 * output passes the limits, whatever the entry declared; an entry that inflates to another size than it
 * declared is corrupt (its bytes beyond the declared size are counted, never handed on).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  checkDeclaredSize(entry);
  const data = compressedData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length !== entry.size) throw new ZipProblem("corrupt");
    if (data.length > 0) onChunk(data);
    return;
  }
  if (entry.method !== DEFLATED) throw new ZipProblem("unsupported-compression");
  let produced = 0;
  let ended = false;
  /** An error of the consumer (the XML reader) passes through as it is; only fflate's are rewritten. */
  let consumerError: unknown = null;
  const inflater = new Inflate((chunk, final) => {
    const before = produced;
    produced += chunk.length;
    if (absurd(produced, entry.compressedSize)) throw new ZipProblem("too-large");
    if (before < entry.size) {
      try {
        onChunk(produced <= entry.size ? chunk : chunk.subarray(0, entry.size - before));
      } catch (error) {
        consumerError = error;
        throw error;
      }
    }
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      const end = Math.min(data.length, at + PUSH_BYTES);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipProblem || error === consumerError) throw error;
    // fflate's own messages ("invalid block type", "unexpected EOF") mean nothing to a reviewer.
    throw new ZipProblem("corrupt");
  }
  if (!ended || produced !== entry.size) throw new ZipProblem("corrupt");
}
