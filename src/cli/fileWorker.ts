/**
 * Checking one workbook, in this thread or in a worker thread of its own. V8 keeps a heap sized by the
 * largest file it has held, and collecting between files makes the next read three times slower (see
 * memory.ts), so with several files each is read and checked in a worker that ends with it: its whole heap
 * goes back, and memory follows the largest file, not the sum. Only the result crosses back (structured
 * clone of plain data: the report or summary, or the one-line reason).
 *
 * The worker runs this very script (`__filename`): the bundle lib/cli/sitova.js, or lib/cli/fileWorker.js
 * of tsc's output; it starts the check when it finds its job in `workerData`.
 */
import * as v8 from "node:v8";
import type { ResourceLimits } from "node:worker_threads";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Lang, Schema, ValidationReport, WorkbookSummary } from "../domain";
import {
  analyzeWorkbook,
  builtinCompiledSchema,
  compileSchema,
  summarize,
  validate,
  validateWorkbook,
} from "../domain";
import { readWorkbookBuffer, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { oneLine } from "../xlsx/unreadable";
import { COLLECT_ABOVE_BYTES, releaseFileMemory } from "./memory";
import { words } from "./messages";

/** One file to check: its bytes (read, and told apart from duplicates, by the main thread). */
export interface FileJob {
  command: "validate" | "summarize";
  file: string;
  bytes: Uint8Array;
  lang: Lang;
  /** The `--schema` document as loaded (plain data); the built-in schema when absent. */
  schema?: Schema;
}

export type FileOutcome =
  | { file: string; report: ValidationReport; failure?: undefined; summary?: undefined }
  | { file: string; summary: WorkbookSummary; failure?: undefined; report?: undefined }
  | { file: string; failure: string; report?: undefined; summary?: undefined };

/** Checks a file in whatever thread it is: `collectAfterRead` only when no read follows (see memory.ts). */
export async function checkFileHere(job: FileJob, collectAfterRead: boolean): Promise<FileOutcome> {
  const { file } = job;
  try {
    const schema = job.schema !== undefined ? compileSchema(job.schema) : builtinCompiledSchema;
    const snapshot = await readWorkbookBuffer(job.bytes, file);
    // The reader's garbage goes before the engine starts, so that V8 sizes the heap by the snapshot.
    if (collectAfterRead) releaseFileMemory();
    if (job.command === "validate") return { file, report: validateWorkbook(snapshot, { schema }) };
    const analysis = analyzeWorkbook(snapshot, schema);
    return { file, summary: summarize(analysis, validate(analysis), { file }) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file, failure: error.localizedReason(job.lang) };
    // An engine bug must not hide the other files' results, nor print a stack trace at a reviewer.
    return internalFailure(job, error);
  }
}

function internalFailure(job: FileJob, error: unknown): FileOutcome {
  return { file: job.file, failure: `${words(job.lang).internalError}: ${oneLine(error)}` };
}

/** What a worker posts back: the outcome, and whether its heap grew so large that it must end (`spent`). */
interface WorkerReply {
  outcome: FileOutcome;
  spent: boolean;
}

const WORKER_KEY = "sitovaFileWorker";

/**
 * Checks files, one at a time, in a worker thread running `script`. Small workbooks share a worker (starting
 * one costs about 0.1 s); a worker whose heap has grown past `COLLECT_ABOVE_BYTES` ends after its file, so
 * that its heap goes back and no read follows a forced collection (see memory.ts). Whatever happens to a
 * worker (a crash, out of memory under `resourceLimits`, an exit without a result) becomes the file's
 * internal-error reason, and the next file gets a new worker. An idle worker does not keep the process alive.
 */
export class FileWorkers {
  private worker: Worker | undefined;

  constructor(
    private readonly script: string = __filename,
    private readonly resourceLimits?: ResourceLimits,
  ) {}

  check(job: FileJob): Promise<FileOutcome> {
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = this.worker ?? this.start();
      } catch (error) {
        resolve(internalFailure(job, error));
        return;
      }
      let failure: unknown;
      const settle = (outcome: FileOutcome): void => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply): void => {
        if (!reply.spent) {
          worker.unref();
          settle(reply.outcome);
          return;
        }
        // The next file waits until this heap is gone, or both would be in memory at once.
        this.worker = undefined;
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        void worker.terminate().finally(() => resolve(reply.outcome));
      };
      const onError = (error: unknown): void => {
        failure = error;
      };
      const onExit = (code: number): void => {
        settle(internalFailure(job, failure ?? new Error(`worker exited with code ${code}`)));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.ref();
      try {
        worker.postMessage(job);
      } catch (error) {
        // A job that cannot be cloned to the worker's thread (a bug) fails alone; the worker stays for the next.
        worker.unref();
        settle(internalFailure(job, error));
      }
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script, {
      workerData: { [WORKER_KEY]: true },
      resourceLimits: this.resourceLimits,
    });
    // Until its first job is posted, a new worker must not keep the process alive either.
    worker.unref();
    // An idle worker that fails is only replaced (a job's own listeners report a failure during the job).
    worker
      .on("error", () => undefined)
      .on("exit", () => {
        if (this.worker === worker) this.worker = undefined;
      });
    this.worker = worker;
    return worker;
  }
}

/** A file checker: in this thread (one file, or tests under ts-jest) or in worker threads. */
export type FileChecker = (job: FileJob, last: boolean) => Promise<FileOutcome>;

/** In this thread: collecting only after the last file's read (see memory.ts). */
export const checkInThisThread: FileChecker = (job, last) => checkFileHere(job, last);

/**
 * One file stays in this thread (a worker's start would only add time); several go to workers, when this
 * code runs as JavaScript a worker can start (not under ts-jest, whose sources are TypeScript).
 */
export function fileChecker(fileCount: number): FileChecker {
  if (fileCount <= 1 || !__filename.endsWith(".js")) return checkInThisThread;
  const workers = new FileWorkers();
  return (job) => workers.check(job);
}

/** In a worker started by `FileWorkers`: checks each job posted to it, collecting only when it will end. */
function serveWorkerJobs(): void {
  const port = parentPort;
  if (isMainThread || port === null || (workerData as Record<string, unknown> | null)?.[WORKER_KEY] !== true)
    return;
  port.on("message", (job: FileJob) => {
    void checkFileHere(job, true).then((outcome) => {
      const reply: WorkerReply = {
        outcome,
        spent: v8.getHeapStatistics().total_heap_size > COLLECT_ABOVE_BYTES,
      };
      port.postMessage(reply);
    });
  });
}

serveWorkerJobs();
