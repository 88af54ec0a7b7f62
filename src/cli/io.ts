/** Where the command line reads and writes: the process's streams (or a test's collectors) and input files. */
import { constants, promises as fs } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as path from "node:path";
import { UnreadableWorkbookError } from "../xlsx/unreadable";
import { printable } from "./terminalText";

export interface Output {
  write(text: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
}

export const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr };

/** One problem, one line on stderr: `sitova: <text>`, control characters from file names or workbooks escaped. */
export function writeProblem(io: CliIO, text: string): void {
  io.stderr.write(`sitova: ${printable(text)}\n`);
}

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever (it does not change how a
 * regular file reads). O_NOCTTY: a terminal device never becomes the process's controlling terminal. Both
 * are 0 on platforms without them (Windows, which has no FIFOs in its file system).
 */
const OPEN_FOR_CHECK = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Opens a file that must be a regular file. The check is on the opened handle (fstat), not on the path, so
 * nothing can be swapped in between the check and the read. A FIFO would block a reader for ever and a
 * device such as /dev/zero never ends: both are refused before a byte is read.
 * Throws `UnreadableWorkbookError` (missing, directory, not-regular, io).
 */
async function openRegularFile(
  file: string,
): Promise<{ handle: FileHandle; identity: string; size: number }> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, OPEN_FOR_CHECK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableWorkbookError(file, "missing");
    if (code === "EISDIR") throw new UnreadableWorkbookError(file, "directory");
    // A Unix socket cannot be opened at all.
    if (code === "ENXIO") throw new UnreadableWorkbookError(file, "not-regular");
    throw new UnreadableWorkbookError(file, "io", code ?? "open");
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UnreadableWorkbookError(file, "directory");
    if (!stats.isFile()) throw new UnreadableWorkbookError(file, "not-regular");
    return { handle, identity: `${stats.dev}:${stats.ino}`, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readAll(file: string, handle: FileHandle): Promise<Buffer> {
  try {
    return await handle.readFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableWorkbookError(file, code === "EISDIR" ? "directory" : "io", code ?? "read");
  } finally {
    await handle.close();
  }
}

/** The bytes of a regular file (see `openRegularFile`); throws `UnreadableWorkbookError`. */
export async function readRegularFile(file: string): Promise<Buffer> {
  const { handle } = await openRegularFile(file);
  return readAll(file, handle);
}

/** What `InputFiles.read` gives: the file's bytes, or the name under which the same file was read before. */
export type InputRead = { bytes: Buffer; sameAs?: undefined } | { sameAs: string };

/**
 * The command line's input files, each read once however it is named: the same path twice, `./a.xlsx` and
 * `a.xlsx`, a symbolic or a hard link are one file (same resolved path, or same device and inode of the
 * opened file). A file that cannot be read is remembered by its path, so it is reported once too.
 */
export class InputFiles {
  private readonly seen = new Map<string, string>();

  /** `maxBytes`: a larger file is refused as too large before it is read into memory. */
  constructor(private readonly maxBytes: number) {}

  async read(file: string): Promise<InputRead> {
    const resolved = `path:${path.resolve(file)}`;
    const sameAs = this.seen.get(resolved);
    if (sameAs !== undefined) return { sameAs };
    // Until the file is known, its path stands for it: a file that cannot be opened is reported once.
    this.seen.set(resolved, file);
    const { handle, identity, size } = await openRegularFile(file);
    const first = this.seen.get(`file:${identity}`);
    if (first !== undefined || size > this.maxBytes) {
      await handle.close();
      if (first === undefined) throw new UnreadableWorkbookError(file, "too-large");
      // Later names of this path then point at the name the workbook was read under.
      this.seen.set(resolved, first);
      return { sameAs: first };
    }
    this.seen.set(`file:${identity}`, file);
    return { bytes: await readAll(file, handle) };
  }
}
