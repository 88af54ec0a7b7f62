/** `sitova`: the command line. `bin/sitova.js` calls `main(process.argv.slice(2))` and exits with its result. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { oneLine } from "../xlsx/unreadable";
import { HELP, USAGE, parseCommandLine } from "./args";
import type { CliIO } from "./io";
import { processIO, writeProblem } from "./io";
import { CliError } from "./schemaFile";
import { runSummarize } from "./summarizeCommand";
import { EXIT_UNREADABLE, runValidate } from "./validateCommand";

export type { CliIO } from "./io";

/** The version in package.json (two levels up from both src/cli and the compiled lib/cli). */
function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "unknown";
}

/** Runs the command line and returns the exit code: 0 no errors, 1 errors found, 2 unreadable input or bad usage. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const command = parseCommandLine(argv);
  try {
    switch (command.kind) {
      case "help":
        io.stdout.write(HELP);
        return 0;
      case "version":
        io.stdout.write(`sitova ${version()}\n`);
        return 0;
      case "usage-error":
        writeProblem(io, command.message);
        io.stderr.write(USAGE);
        return EXIT_UNREADABLE;
      case "validate":
        return await runValidate(command, io);
      case "summarize":
        return await runSummarize(command, io);
    }
  } catch (error) {
    // Never a stack trace: a bad --schema (CliError) or anything unforeseen ends with one line.
    writeProblem(io, `${error instanceof CliError ? "" : "internal error: "}${oneLine(error)}`);
    return EXIT_UNREADABLE;
  }
}
