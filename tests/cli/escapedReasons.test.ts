/**
 * A reason quoting a library's message or a zip entry name comes from the file: JSZip's "inner file : <name>"
 * carried an entry name's escape sequences to stderr (issue 10). Whatever the reader says, stderr gets one
 * line with control characters escaped, and the JSON `error` keeps the text exactly.
 */
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { SAMPLE, VALID } from "../support/paths";
import { runCli, runJson } from "./runCli";

const ENTRY = "xl/worksheets/\x1b[2J\x1b[1;32mOK\nsitova: 0 virhettä.xml";
const LIBRARY_MESSAGE = `Corrupted zip : compression 0063 unknown (inner file : ${ENTRY})`;

jest.mock("../../src/xlsx/readWorkbook", () => {
  const actual = jest.requireActual<typeof import("../../src/xlsx/readWorkbook")>(
    "../../src/xlsx/readWorkbook",
  );
  return {
    ...actual,
    readWorkbookBuffer: jest.fn((bytes: Uint8Array, name: string) => {
      if (name === SAMPLE) throw new UnreadableWorkbookError(name, "corrupt", LIBRARY_MESSAGE);
      return actual.readWorkbookBuffer(bytes, name);
    }),
  };
});

it("stderr: one line, the entry name's escapes and line break shown escaped; the other file still checked", async () => {
  const run = await runCli("validate", SAMPLE, VALID, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `sitova: ${SAMPLE}: the workbook is corrupt: Corrupted zip : compression 0063 unknown ` +
      "(inner file : xl/worksheets/\\x1b[2J\\x1b[1;32mOK\\nsitova: 0 virhettä.xml)\n",
  );
  expect(run.stdout).toContain(`${VALID}: 0 errors`);
});

it("JSON: the error escaped in the document, exact once parsed", async () => {
  const { report } = await runJson("validate", SAMPLE, "--lang", "en");
  expect(report.files[0].error).toBe(`the workbook is corrupt: ${LIBRARY_MESSAGE}`);
});

it("summarize: the same line on stderr", async () => {
  const run = await runCli("summarize", SAMPLE, VALID, "--format", "json", "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain("(inner file : xl/worksheets/\\x1b[2J\\x1b[1;32mOK\\nsitova");
});
