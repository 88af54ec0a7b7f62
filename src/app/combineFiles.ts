/**
 * Kokoa työkirjoista, the part that reads files: one workbook's bytes → its summary, with the same reader and
 * checks as the command line (src/xlsx/readXlsx.ts, the reasons of src/xlsx/unreadable.ts) and the same
 * engine as a check in the pane (the workbook's schema and rule settings); an engine bug is told in the command
 * line's words.
 *
 * The pane loads this module with a dynamic `import()` only when a coordinator combines (see combine.ts), so
 * that webpack puts the reader (zip, XML parser) in a chunk of its own and the pane's first load stays small.
 * Bytes only, no Node API and no network: the files never leave the computer.
 */
import type { CompiledSchema, Lang, RuleSetting, WorkbookSummary } from "../domain";
import { analyzeWorkbook, summarize, validate } from "../domain";
import { readXlsx } from "../xlsx/readXlsx";
import { UnreadableWorkbookError, oneLine, unreadableReason } from "../xlsx/unreadable";
import { words } from "../cli/messages";

export interface SummarizeBytesOptions {
  schema: CompiledSchema;
  ruleSettings: Record<string, RuleSetting>;
}

/** Why a file was not read, in any of the three languages (the pane can switch language afterwards). */
export type FileReason = (lang: Lang) => string;

export type WorkbookFileOutcome =
  { summary: WorkbookSummary; failure?: undefined } | { failure: FileReason; summary?: undefined };

/**
 * Reads, validates and summarises one workbook file. A file that is not a readable workbook gives its reason;
 * an engine bug gives a one-line internal error: neither stops the other files.
 */
export function summarizeWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  options: SummarizeBytesOptions,
): WorkbookFileOutcome {
  try {
    const snapshot = readXlsx(bytes, name);
    const analysis = analyzeWorkbook(snapshot, options.schema);
    const findings = validate(analysis, { ruleSettings: options.ruleSettings });
    return { summary: summarize(analysis, findings, { file: name }) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { failure: (lang) => error.localizedReason(lang) };
    const detail = oneLine(error);
    return { failure: (lang) => `${words(lang).internalError}: ${detail}` };
  }
}

/** Why a picked file's bytes could not be had: it was moved, deleted or locked after it was picked. */
export function unreadableFileReason(lang: Lang): string {
  return unreadableReason("io", lang);
}
