/**
 * `sitova summarize FILE...`: reads each file, summarises it with the engine's summary model and either
 * prints the combined model as JSON (`--format json`) or writes a new summary workbook (`-o FILE`).
 * The inputs are never written. A summary is not a validation verdict: the exit code is 0 whatever the
 * findings, 2 when a file cannot be read or the output cannot be written.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Schema, WorkbookSummary } from "../domain";
import { builtinCompiledSchema, combineSummaries, compileSchema } from "../domain";
import { MAX_FILE_BYTES, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { oneLine } from "../xlsx/unreadable";
import type { UnreadableSource } from "../xlsx/writeSummary";
import { summaryWorkbookBuffer } from "../xlsx/writeSummary";
import type { SummarizeCommand } from "./args";
import type { FileChecker } from "./fileWorker";
import { fileChecker } from "./fileWorker";
import type { CliIO } from "./io";
import { InputFiles, writeProblem } from "./io";
import { sameWorkbookText, words } from "./messages";
import { CliError, loadSchemaFile } from "./schemaFile";
import { terminalJson } from "./terminalText";
import { EXIT_OK, EXIT_UNREADABLE } from "./validateCommand";
import { writeOutputFile } from "./writeOutput";

type SummaryResult =
  | { file: string; summary: WorkbookSummary }
  | { file: string; failure: string }
  | { file: string; sameAs: string };

async function summarizeFile(
  file: string,
  inputs: InputFiles,
  command: SummarizeCommand,
  schema: Schema | undefined,
  check: FileChecker,
  last: boolean,
): Promise<SummaryResult> {
  let bytes: Buffer;
  try {
    const input = await inputs.read(file);
    if (input.sameAs !== undefined) return { file, sameAs: input.sameAs };
    bytes = input.bytes;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError)
      return { file, failure: error.localizedReason(command.lang) };
    return { file, failure: `${words(command.lang).internalError}: ${oneLine(error)}` };
  }
  const outcome = await check({ command: "summarize", file, bytes, lang: command.lang, schema }, last);
  return outcome.summary !== undefined
    ? { file, summary: outcome.summary }
    : { file, failure: outcome.failure! };
}

/** The identity of an existing file (device and inode), or null when there is none. */
async function identity(file: string): Promise<string | null> {
  try {
    const stats = await fs.stat(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses an output that is one of the inputs (by path or, through links, by identity), even with --force,
 * and an existing output without --force.
 */
async function checkOutput(command: SummarizeCommand, output: string): Promise<void> {
  const target = path.resolve(output);
  const targetId = await identity(output);
  for (const file of command.files) {
    if (path.resolve(file) === target || (targetId !== null && (await identity(file)) === targetId))
      throw new CliError(`-o ${output}: ${words(command.lang).outputIsInput}`);
  }
  if (targetId !== null && !command.force)
    throw new CliError(`-o ${output}: ${words(command.lang).outputExists}`);
}

export async function runSummarize(command: SummarizeCommand, io: CliIO): Promise<number> {
  // A bad --schema or a refused output ends the command (CliError, exit 2) before any file is read.
  const loaded =
    command.schema !== undefined ? await loadSchemaFile(command.schema, command.lang) : undefined;
  const schema = loaded !== undefined ? compileSchema(loaded) : builtinCompiledSchema;
  if (command.output !== undefined) await checkOutput(command, command.output);

  const summaries: WorkbookSummary[] = [];
  const unreadable: UnreadableSource[] = [];
  const inputs = new InputFiles(MAX_FILE_BYTES);
  const check = fileChecker(command.files.length);
  // One file at a time, as validate: a large workbook is large in memory.
  for (const [index, file] of command.files.entries()) {
    const last = index === command.files.length - 1;
    const result = await summarizeFile(file, inputs, command, loaded, check, last);
    // Counting a workbook twice would double its goals: it is counted once, with a warning.
    if ("sameAs" in result) writeProblem(io, sameWorkbookText(file, result.sameAs, command.lang));
    else if ("failure" in result) {
      writeProblem(io, `${result.file}: ${result.failure}`);
      unreadable.push({ file: result.file, error: result.failure });
    } else summaries.push(result.summary);
  }
  const code = unreadable.length > 0 ? EXIT_UNREADABLE : EXIT_OK;
  const combined = combineSummaries(summaries, schema);

  if (command.format === "json") {
    const json = unreadable.length > 0 ? { ...combined, unreadable } : combined;
    io.stdout.write(`${terminalJson(json)}\n`);
    return code;
  }
  // Nothing readable: no workbook is written (the messages above say why).
  if (summaries.length === 0) return code;
  const output = command.output!;
  await writeOutputFile(output, await summaryWorkbookBuffer(combined, { lang: command.lang, unreadable }), {
    force: command.force,
    lang: command.lang,
  });
  return code;
}
