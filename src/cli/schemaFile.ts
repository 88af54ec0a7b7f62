/** Loads a `--schema` file: a JSON document checked by the engine's schema loader. */
import type { Lang, Schema } from "../domain";
import { loadSchema, SchemaError } from "../domain";
import { UnreadableWorkbookError, oneLine } from "../xlsx/unreadable";
import { readRegularFile } from "./io";
import { words } from "./messages";

/** A problem that ends the command with one line on stderr and exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export async function loadSchemaFile(file: string, lang: Lang): Promise<Schema> {
  const fail = (reason: string): never => {
    throw new CliError(`--schema ${file}: ${reason}`);
  };
  let text = "";
  try {
    // Only a regular file: a FIFO or /dev/zero as --schema would block or fill the memory.
    text = (await readRegularFile(file)).toString("utf8");
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) fail(error.localizedReason(lang));
    throw error;
  }
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, "")); // Windows editors like to add a byte-order mark
  } catch (error) {
    fail(`${words(lang).invalidJson}: ${oneLine(error)}`);
  }
  try {
    return loadSchema(document);
  } catch (error) {
    // SchemaError names every wrong key, e.g. "skeema: rules.unknown-thme: tuntematon sääntö".
    return fail(error instanceof SchemaError ? error.localizedMessage(lang) : oneLine(error));
  }
}
