/** Runs the command line in-process and collects what it writes. */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** The parsed `--format json` report of a run. */
export async function runJson(
  ...argv: string[]
): Promise<{ code: number; report: JsonReportShape; stderr: string }> {
  const run = await runCli(...argv, "--format", "json");
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReportShape, stderr: run.stderr };
}

/** The report as a consumer of the JSON sees it (deliberately not imported from src/cli: this is the contract). */
export interface JsonReportShape {
  valid: boolean;
  stats: { errors: number; warnings: number; infos: number };
  files: {
    file: string;
    valid: boolean;
    error?: string;
    tables: Record<string, unknown>[];
    findings: {
      rule: string;
      severity: string;
      sheet: string | null;
      cell: string | null;
      row: number | null;
      field: string | null;
      message: string;
    }[];
  }[];
}
