/** Command-line arguments → a command. Pure: no I/O, so every case is a fast unit test. */
import { parseArgs } from "node:util";
import type { Lang } from "../domain";
import { LANGS } from "../domain";

export type OutputFormat = "text" | "json";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json"];

/**
 * The default language of messages is Finnish: the city's officials and reviewers work in Finnish, and
 * output that does not change with the machine's locale is easier to compare and to test.
 */
export const DEFAULT_LANG: Lang = "fi";

export interface ValidateCommand {
  kind: "validate";
  files: string[];
  format: OutputFormat;
  lang: Lang;
  schema?: string;
}

export interface SummarizeCommand {
  kind: "summarize";
  files: string[];
  /** `json` prints the summary model; without it the summary workbook is written to `output`. */
  format?: "json";
  /** The summary workbook to write (`-o`); required unless `--format json`. */
  output?: string;
  /** Write over an existing output file. */
  force: boolean;
  lang: Lang;
  schema?: string;
}

export type Command =
  | ValidateCommand
  | SummarizeCommand
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "usage-error"; message: string };

const OPTIONS = {
  format: { type: "string" },
  lang: { type: "string" },
  schema: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function usageError(message: string): Command {
  return { kind: "usage-error", message };
}

/** Turns parseArgs's long messages ("Unknown option '--x'. To specify a positional…") into short ones. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  // Not `instanceof Error`: under a test runner the error may come from another realm.
  const raw = (error as { message?: unknown }).message;
  const message = typeof raw === "string" ? raw : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option ?? message}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option && message.endsWith("argument missing"))
    return `option ${option} needs a value`;
  const line = message.split(/(?<=\.) |\n/, 1)[0].replace(/\.$/, "");
  return line.charAt(0).toLowerCase() + line.slice(1);
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === "help") return { kind: "help" };
  if (values.version) return { kind: "version" };

  const [command, ...files] = positionals;
  if (command === undefined) return usageError("no command given");
  if (command !== "validate" && command !== "summarize") return usageError(`unknown command '${command}'`);
  if (files.length === 0) return usageError(`${command} needs at least one FILE`);

  const lang = (values.lang ?? DEFAULT_LANG).toLowerCase();
  if (!(LANGS as readonly string[]).includes(lang))
    return usageError(`--lang must be fi, sv or en, not '${values.lang}'`);
  if (values.schema === "") return usageError("--schema needs a file");

  if (command === "summarize") return summarizeCommand(values, files, lang as Lang);
  if (values.output !== undefined || values.force) return usageError("-o and --force are for summarize");

  const format = values.format ?? "text";
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    return usageError(`--format must be text or json, not '${format}'`);

  return {
    kind: "validate",
    files,
    format: format as OutputFormat,
    lang: lang as Lang,
    schema: values.schema,
  };
}

function summarizeCommand(
  values: { format?: string; output?: string; force?: boolean; schema?: string },
  files: string[],
  lang: Lang,
): Command {
  if (values.format !== undefined && values.format !== "json")
    return usageError(`summarize --format must be json, not '${values.format}'`);
  if (values.output === "") return usageError("-o needs a file");
  if (values.format === "json" && values.output !== undefined)
    return usageError("summarize takes either -o FILE or --format json, not both");
  if (values.format === undefined && values.output === undefined)
    return usageError("summarize needs -o FILE or --format json");
  return {
    kind: "summarize",
    files,
    ...(values.format === "json" ? { format: "json" as const } : { output: values.output }),
    force: values.force ?? false,
    lang,
    schema: values.schema,
  };
}

export const USAGE =
  "Usage: sitova validate FILE... [--format text|json] [--lang fi|sv|en] [--schema FILE]\n" +
  "       sitova summarize FILE... (-o FILE [--force] | --format json) [--lang fi|sv|en] [--schema FILE]\n" +
  "       sitova --help | --version\n";

export const HELP = `${USAGE}
Checks the City of Helsinki's binding operational goal forecast workbooks (.xlsx): finds the goal table
on each sheet and reports every finding of the rules in docs/rules/. \`summarize\` counts the goals of
every table (latest forecasts, per theme, changes since the previous round, goals at risk) into a new
summary workbook (-o) or prints the summary model as JSON.

Options:
  --format text|json  output: one line per finding (default), or the JSON report
  --lang fi|sv|en     language of the findings (default: fi)
  --schema FILE       a domain schema (JSON) that replaces the built-in one, or extends it
                      with "extends": "builtin"
  -o, --output FILE   summarize: the summary workbook to write (never an input file)
  --force             summarize: write over an existing output file
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no errors, 1 errors found, 2 a file could not be read (or bad usage).
summarize exits 0 whatever the findings (a summary is not a verdict), 2 as above or when it cannot write.
`;
