/** An engine bug on one file must be one line on stderr, not a stack trace, and must not stop the others. */
import { SAMPLE, VALID } from "../support/paths";
import { runCli, runJson } from "./runCli";

jest.mock("../../src/domain/engine", () => {
  const actual = jest.requireActual<typeof import("../../src/domain/engine")>("../../src/domain/engine");
  return {
    ...actual,
    validateWorkbook: jest.fn((...args: Parameters<typeof actual.validateWorkbook>) => {
      if (args[0].name === "kuva-2021-sample.xlsx") throw new TypeError("boom\n    at rule (engine.ts:1:1)");
      return actual.validateWorkbook(...args);
    }),
  };
});

it("reports the failing file in one line, checks the others, and exits 2", async () => {
  const run = await runCli("validate", SAMPLE, VALID);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`sitova: ${SAMPLE}: sisäinen virhe tarkistuksessa: boom\n`);
  expect(run.stdout).toContain(`${VALID}: 0 virhettä`);
});

it("lists the failing file in JSON with the reason", async () => {
  const { report } = await runJson("validate", SAMPLE, "--lang", "en");
  expect(report.files[0]).toEqual({
    file: SAMPLE,
    valid: false,
    error: "internal error while checking: boom",
    tables: [],
    findings: [],
  });
});
