/**
 * The published contracts (docs/schemas) hold for real outputs, as frictionless publishes its report
 * profile: the JSON report and the summary of every sample and fixture, in every language, and the
 * built-in schema file. Each contract is also shown to refuse a broken document, so these checks can fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Validator } from "@cfworker/json-schema";
import type { Schema as JsonSchema } from "@cfworker/json-schema";
import { LANGS } from "../../src/domain";
import { FIXTURES, ROOT, SAMPLES } from "../support/paths";
import { runCli } from "../cli/runCli";

const contract = (name: string) =>
  new Validator(
    JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "schemas", name), "utf8")) as JsonSchema,
    "2020-12",
    false,
  );
/** Valid, or the leaf errors that say why (the wrappers around them only repeat where). */
function expectValid(validator: Validator, document: unknown): void {
  const result = validator.validate(document);
  const leaves = result.errors.filter(
    (e) => !["properties", "items", "$ref", "if", "additionalProperties"].includes(e.keyword),
  );
  expect({ valid: result.valid, errors: leaves }).toEqual({ valid: true, errors: [] });
}

const WORKBOOKS = [
  ...fs.readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f)),
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, "bad")).map((f) => path.join(FIXTURES, "bad", f)),
].filter((f) => f.endsWith(".xlsx"));

async function jsonOutput(...argv: string[]): Promise<unknown> {
  const run = await runCli(...argv);
  return JSON.parse(run.stdout);
}

describe("docs/schemas/validation-report.schema.json", () => {
  const report = contract("validation-report.schema.json");

  it.each(LANGS)(
    "describes the JSON report of every sample and fixture, readable or not (%s)",
    async (lang) => {
      const output = await jsonOutput("validate", ...WORKBOOKS, "--format", "json", "--lang", lang);
      expectValid(report, output);
    },
  );

  it("refuses a report whose finding names an unknown rule or lacks its message", async () => {
    const output = (await jsonOutput("validate", WORKBOOKS[0], "--format", "json")) as {
      files: { findings: Record<string, unknown>[] }[];
    };
    output.files[0].findings[0].rule = "unknown-thme";
    delete output.files[0].findings[0].message;
    expect(report.validate(output).valid).toBe(false);
  });
});

describe("docs/schemas/summary.schema.json", () => {
  const summary = contract("summary.schema.json");

  it.each(LANGS)(
    "describes the summary of every sample and fixture, unreadable files listed (%s)",
    async (lang) => {
      const output = await jsonOutput("summarize", ...WORKBOOKS, "--format", "json", "--lang", lang);
      expect((output as { unreadable?: unknown[] }).unreadable?.length).toBeGreaterThan(0);
      expectValid(summary, output);
    },
  );

  it("refuses a summary with a share of goals met above 1", async () => {
    const output = (await jsonOutput("summarize", WORKBOOKS[0], "--format", "json")) as {
      groups: { shareMet: number }[];
    };
    output.groups[0].shareMet = 1.5;
    expect(summary.validate(output).valid).toBe(false);
  });
});

describe("docs/schemas/schema-file.schema.json", () => {
  it("is the contract the engine checks schema files with", () => {
    const published = fs.readFileSync(path.join(ROOT, "docs", "schemas", "schema-file.schema.json"), "utf8");
    const used = fs.readFileSync(
      path.join(ROOT, "src", "domain", "schema", "schema-file.schema.json"),
      "utf8",
    );
    expect(published).toBe(used);
  });

  it("describes the built-in schema", () => {
    const builtin = JSON.parse(
      fs.readFileSync(path.join(ROOT, "src", "domain", "schema", "default-schema.json"), "utf8"),
    ) as unknown;
    expectValid(contract("schema-file.schema.json"), builtin);
  });
});
