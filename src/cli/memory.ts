/**
 * Memory of the command line. V8 lets its heap grow to a multiple of what was live at its last full
 * collection, up to four times on a machine with gigabytes of memory (the heap controller's growing
 * factor), so peak memory follows when it last collected, not only what is live. Measured on a 200 000-row
 * workbook: V8's own collection in the middle of the read (the reader's garbage still counted) let the
 * check peak at 630-680 MB; a collection after the read, when next to nothing but the snapshot is live,
 * sizes the heap by the snapshot, and the check peaks at 550 MB.
 *
 * Only after the last file's read: on Node 20, every read that follows a forced collection ran three times
 * slower (2.4 s against 7.5 s of CPU for 200 000 rows, whatever the flags for bytecode flushing and
 * pretenuring; the cause is not known), so collecting between files cost more time than it saved memory.
 * With several files, memory follows the largest file through worker threads instead (fileWorker.ts): a
 * worker that has collected ends after its file.
 *
 * Node offers no collection call without `--expose-gc`; the flag set at run time exposes `gc` to contexts
 * made after it (Node's `v8.setFlagsFromString` and `vm.runInNewContext`; the idiom of the expose-gc
 * package). Where that fails, files are still checked, with V8's own schedule.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/**
 * Below this much heap in use a collection is not worth its time (a few milliseconds per file of a long
 * list): a 10 000-row workbook, read, uses about 50 MB; a 200 000-row one 200-300 MB.
 */
export const COLLECT_ABOVE_BYTES = 128 * 1024 * 1024;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      const gc: unknown = vm.runInNewContext("gc");
      collect = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collects garbage when the heap has grown large; call it only when no workbook is read after it. */
export function releaseFileMemory(): void {
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  collector()?.();
}
