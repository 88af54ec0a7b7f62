/**
 * Writes the `-o` file so that a failure never costs the user a file: the bytes go to a temporary file in
 * the target's folder (same file system, so the last step is a rename), which is synced and then moved into
 * place in one step. A full disk, a failing write or a killed rename leaves the previous file as it was and
 * no partial file behind.
 *
 * - With `--force`, `rename` replaces the previous file atomically (POSIX rename(2); on Windows Node's
 *   rename replaces too). A symbolic link is followed, so the link keeps pointing at the new summary, and
 *   the replaced file's permission bits are kept.
 * - Without it, `link` moves the file into place only if the name is still free (it fails with EEXIST,
 *   never overwrites), so a file that appeared after the check is not lost either. File systems without
 *   hard links (FAT, some network shares) fall back to a check and a rename.
 */
import { randomBytes } from "node:crypto";
import { promises as nodeFs } from "node:fs";
import * as path from "node:path";
import type { Lang } from "../domain";
import { formatMessage } from "../domain";
import { oneLine, unreadableReason } from "../xlsx/unreadable";
import { words } from "./messages";
import { CliError } from "./schemaFile";

/** The file-system calls the writer makes; tests pass one that fails on purpose. */
export type OutputFileSystem = Pick<
  typeof nodeFs,
  "open" | "rename" | "link" | "unlink" | "realpath" | "stat" | "lstat"
>;

export interface WriteOutputOptions {
  force: boolean;
  lang: Lang;
  fs?: OutputFileSystem;
}

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? oneLine(error);
}

/** The file `output` names: through a symbolic link, or `output` itself when nothing exists there yet. */
async function resolveTarget(fs: OutputFileSystem, output: string): Promise<string> {
  try {
    return await fs.realpath(output);
  } catch {
    return output;
  }
}

/** Moves `from` to `to` only if `to` does not exist; `false` when it does. */
async function moveIfFree(fs: OutputFileSystem, from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (!code || !NO_HARD_LINKS.has(code)) throw error;
    // No hard links here: a small window remains between this check and the rename.
    const taken = await fs.lstat(to).then(
      () => true,
      () => false,
    );
    if (taken) return false;
    await fs.rename(from, to);
    return true;
  }
  // The file is in place under its name; a leftover second name of it would be untidy, not harmful.
  await fs.unlink(from).catch(() => undefined);
  return true;
}

/**
 * The permission bits of the regular file `--force` replaces, or undefined when there is none. Only a
 * regular file is ever replaced: as root, renaming over /dev/null would replace the device itself.
 */
async function replacedFileMode(
  fs: OutputFileSystem,
  target: string,
  lang: Lang,
): Promise<number | undefined> {
  let stats;
  try {
    stats = await fs.stat(target);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) throw new Error(unreadableReason("directory", lang));
  if (!stats.isFile()) throw new Error(unreadableReason("not-regular", lang));
  return stats.mode & 0o777;
}

export async function writeOutputFile(
  output: string,
  bytes: Uint8Array,
  options: WriteOutputOptions,
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const fail = (reason: string): never => {
    throw new CliError(`-o ${output}: ${reason}`);
  };
  const target = options.force ? await resolveTarget(fs, output) : output;
  let mode: number | undefined;
  if (options.force) {
    try {
      mode = await replacedFileMode(fs, target, options.lang);
    } catch (error) {
      fail(oneLine(error));
    }
  }

  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.sitova-tmp`,
  );
  let created = false;
  let moved = false;
  try {
    const handle = await fs.open(temporary, "wx", mode ?? 0o666);
    created = true;
    try {
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(bytes);
      // On disk before the rename: after a crash the name holds the old file or the whole new one.
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await fs.rename(temporary, target);
      moved = true;
    } else moved = await moveIfFree(fs, temporary, target);
  } catch (error) {
    fail(formatMessage(words(options.lang).cannotWrite, { code: errorCode(error) }));
  } finally {
    if (created && !moved) await fs.unlink(temporary).catch(() => undefined);
  }
  if (!moved) fail(words(options.lang).outputExists);
}
