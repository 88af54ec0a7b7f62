/**
 * Memory of the command line, which checks one workbook after another. V8 lets its heap grow to a multiple
 * of what was live at its last full collection, up to four times on a machine with gigabytes of memory
 * (the heap controller's growing factor), so peak memory follows when it last collected, not only what is
 * live. Measured on 200 000-row workbooks: a collection during one file's check (about 400 MB live) let the
 * next two run in 1.5 GB, and three such files peaked at 1.7 GB; a collection in the middle of the read
 * (the reader's garbage still counted) let one file peak at 630-680 MB. Collecting where next to nothing
 * but the snapshot is live (after the read, before the engine) and where nothing of a file is (between
 * files) keeps one file under 600 MB and makes memory follow the largest file, not the sum.
 *
 * Node offers no collection call without `--expose-gc`; the flag set at run time exposes `gc` to contexts
 * made after it (Node's `v8.setFlagsFromString` and `vm.runInNewContext`; the idiom of the expose-gc
 * package). Where that fails, files are still checked, with V8's own schedule.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/** Below this heap size a collection is not worth its time (a few milliseconds per file of a long list). */
const COLLECT_ABOVE_BYTES = 256 * 1024 * 1024;

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

/** Collects garbage when the heap has grown large: after a workbook is read, and between two workbooks. */
export function releaseFileMemory(): void {
  if (v8.getHeapStatistics().total_heap_size < COLLECT_ABOVE_BYTES) return;
  collector()?.();
}
