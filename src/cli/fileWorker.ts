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
import { releaseFileMemory } from "./memory";
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

const JOB_KEY = "sitovaFileJob";

/**
 * Checks a file in a new worker thread running `script`. Whatever happens to the worker (a crash, out of
 * memory under `resourceLimits`, an exit without a result) becomes the file's internal-error reason.
 */
export function checkFileInWorker(
  job: FileJob,
  script: string = __filename,
  resourceLimits?: ResourceLimits,
): Promise<FileOutcome> {
  return new Promise((resolve) => {
    let outcome: FileOutcome | undefined;
    let failure: unknown;
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { [JOB_KEY]: job }, resourceLimits });
    } catch (error) {
      resolve(internalFailure(job, error));
      return;
    }
    worker.on("message", (message: FileOutcome) => {
      outcome = message;
    });
    worker.on("error", (error) => {
      failure = error;
    });
    worker.on("exit", (code) => {
      if (outcome !== undefined) resolve(outcome);
      else resolve(internalFailure(job, failure ?? new Error(`worker exited with code ${code}`)));
    });
  });
}

/** A file checker: in this thread (one file, or tests under ts-jest) or in a worker per file. */
export type FileChecker = (job: FileJob, last: boolean) => Promise<FileOutcome>;

/** In this thread: collecting only after the last file's read (see memory.ts). */
export const checkInThisThread: FileChecker = (job, last) => checkFileHere(job, last);

/** In a worker of its own: the worker's read is its last, so it may always collect. */
export const checkInWorker: FileChecker = (job) => checkFileInWorker(job);

/**
 * One file stays in this thread (a worker's start would only add time); several go to workers, when this
 * code runs as JavaScript a worker can start (not under ts-jest, whose sources are TypeScript).
 */
export function fileChecker(fileCount: number): FileChecker {
  return fileCount > 1 && __filename.endsWith(".js") ? checkInWorker : checkInThisThread;
}

function runWorkerJob(): void {
  const job = (workerData as Record<string, FileJob | undefined> | null)?.[JOB_KEY];
  if (isMainThread || job === undefined || parentPort === null) return;
  const port = parentPort;
  void checkFileHere(job, true).then((outcome) => port.postMessage(outcome));
}

runWorkerJob();
