/** `sitova validate FILE...`: reads each file, runs the engine and prints the report. */
import type { Schema } from "../domain";
import { compileSchema } from "../domain";
import { MAX_FILE_BYTES, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { oneLine } from "../xlsx/unreadable";
import type { ValidateCommand } from "./args";
import { formatJson } from "./formatJson";
import { formatFileText, formatTotalText } from "./formatText";
import type { FileChecker } from "./fileWorker";
import { fileChecker } from "./fileWorker";
import type { CliIO } from "./io";
import { InputFiles, writeProblem } from "./io";
import { sameWorkbookText, words } from "./messages";
import type { FileResult } from "./results";
import { isUnreadable } from "./results";
import { loadSchemaFile } from "./schemaFile";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** The file's result, or the name it was already checked under when the command line names it twice. */
async function checkFile(
  file: string,
  inputs: InputFiles,
  command: ValidateCommand,
  schema: Schema | undefined,
  check: FileChecker,
  last: boolean,
): Promise<FileResult | { sameAs: string }> {
  let bytes: Buffer;
  try {
    const input = await inputs.read(file);
    if (input.sameAs !== undefined) return { sameAs: input.sameAs };
    bytes = input.bytes;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError)
      return { file, failure: error.localizedReason(command.lang) };
    return { file, failure: `${words(command.lang).internalError}: ${oneLine(error)}` };
  }
  const outcome = await check({ command: "validate", file, bytes, lang: command.lang, schema }, last);
  return outcome.report !== undefined
    ? { file, report: outcome.report }
    : { file, failure: outcome.failure! };
}

export function exitCode(results: readonly FileResult[]): number {
  if (results.some(isUnreadable)) return EXIT_UNREADABLE;
  return results.some((r) => r.report && !r.report.valid) ? EXIT_ERRORS : EXIT_OK;
}

export async function runValidate(command: ValidateCommand, io: CliIO): Promise<number> {
  // A bad --schema throws CliError before any file is read: main prints it and exits with 2.
  const schema =
    command.schema !== undefined ? await loadSchemaFile(command.schema, command.lang) : undefined;
  // Compiled here too, so that a schema the engine cannot use ends the command before any file is read.
  if (schema !== undefined) compileSchema(schema);
  const check = fileChecker(command.files.length);
  const results: FileResult[] = [];
  // Text blocks of several files are separated by a blank line.
  let separator = "";
  const writeBlock = (text: string): void => {
    io.stdout.write(separator + text);
    separator = "\n";
  };
  const inputs = new InputFiles(MAX_FILE_BYTES);
  // One file at a time: a 50 000-row workbook is large in memory, and the text output streams per file.
  for (const [index, file] of command.files.entries()) {
    const last = index === command.files.length - 1;
    const result = await checkFile(file, inputs, command, schema, check, last);
    // A workbook named twice is checked and reported once; the warning does not change the exit code.
    if ("sameAs" in result) {
      writeProblem(io, sameWorkbookText(file, result.sameAs, command.lang));
      continue;
    }
    results.push(result);
    if (isUnreadable(result)) writeProblem(io, `${result.file}: ${result.failure}`);
    else if (command.format === "text") writeBlock(formatFileText(result.file, result.report, command.lang));
  }
  if (command.format === "json") io.stdout.write(formatJson(results, command.lang));
  else if (results.length > 1) writeBlock(formatTotalText(results, command.lang));
  return exitCode(results);
}
