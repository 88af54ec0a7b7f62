/**
 * The file adapter for Node: reads an .xlsx file into the engine's `WorkbookSnapshot` through the
 * browser-safe core (readXlsx.ts). The Office.js adapter fills the same snapshot from a live workbook;
 * the engine sees no difference.
 */
import { promises as fs } from "node:fs";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { readXlsx } from "./readXlsx";
import { UnreadableWorkbookError, oneLine } from "./unreadable";

export { UnreadableWorkbookError } from "./unreadable";

/**
 * Largest file read into memory. Excel's own limit on a workbook it opens is memory; no goal workbook is
 * near this, and a bigger file could not pass the zip layer's limits anyway.
 */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * Reads an .xlsx workbook from bytes. `name` names the file in errors and, without its folders, in the
 * snapshot. Rejects with `UnreadableWorkbookError` when the bytes are not a readable workbook.
 */
export async function readWorkbookBuffer(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  return readXlsx(bytes, name);
}

/** Reads an .xlsx file. Throws `UnreadableWorkbookError` (never a raw file-system or zip error). */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  let bytes: Buffer;
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new UnreadableWorkbookError(file, "directory");
    if (stats.size > MAX_FILE_BYTES) throw new UnreadableWorkbookError(file, "too-large");
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableWorkbookError(file, "missing");
    if (code === "EISDIR") throw new UnreadableWorkbookError(file, "directory");
    throw new UnreadableWorkbookError(file, "io", code ?? oneLine(error));
  }
  return readXlsx(bytes, file);
}
