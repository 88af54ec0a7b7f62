/**
 * The files a coordinator picked or dropped, as sources for the combiner (src/app/combine.ts). The bytes are
 * read with FileReader (in every Office webview, and in jsdom) only when their turn comes: nothing is read
 * ahead into memory, and nothing leaves the computer.
 */
import type { CombineSource } from "../../app/combine";

/** Reads a file's bytes. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

export function fileSource(file: File): CombineSource {
  return { name: file.name, bytes: () => readFileBytes(file) };
}

/** The same file chosen again (name, size and time alike) is listed once. */
function sameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/** The list with the new files added at its end, each once. */
export function addFiles(list: readonly File[], added: Iterable<File>): File[] {
  const next = [...list];
  for (const file of added) if (!next.some((f) => sameFile(f, file))) next.push(file);
  return next;
}
