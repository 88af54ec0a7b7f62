/** Loads a `--schema` file: a JSON document checked by the engine's schema loader. */
import { promises as fs } from "node:fs";
import type { Lang, Schema } from "../domain";
import { loadSchema, SchemaError } from "../domain";
import { unreadableReason, oneLine } from "../xlsx/unreadable";
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
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") fail(unreadableReason("missing", lang));
    if (code === "EISDIR") fail(unreadableReason("directory", lang));
    fail(unreadableReason("io", lang, code ?? oneLine(error)));
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
