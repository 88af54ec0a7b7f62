/*
 * Some reads here are deliberate (before sync) or follow loads the Office add-in lint rules cannot see
 * (ClientResult values, collection loads), so those rules are off in this file.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
/**
 * The emulator is typed against @types/office-js: code written for `Excel.run` takes `emulator.run`
 * unchanged, and calls real Excel lacks do not compile (checked by `tsc`, which runs over the tests).
 */
import { createEmulator } from "../../src/emulator";
import { sheet, workbook } from "./helpers";

/** An adapter-style function that only knows Excel's types and gets `run` injected. */
async function readHeader(run: typeof Excel.run, sheetName: string): Promise<string[]> {
  return run(async (context: Excel.RequestContext) => {
    const range: Excel.Range = context.workbook.worksheets.getItem(sheetName).getRange("A1:B1");
    range.load("values");
    await context.sync();
    return range.values[0].map(String);
  });
}

test("emulator.run has Excel.run's signature and behaviour", async () => {
  const emulator = createEmulator(workbook(sheet("Enn2", [["Tavoite", "Kommentit"]])));
  const run: typeof Excel.run = emulator.run;
  await expect(readHeader(run, "Enn2")).resolves.toEqual(["Tavoite", "Kommentit"]);
});

test("members Excel does not have are compile errors (and runtime errors for untyped callers)", async () => {
  const emulator = createEmulator(workbook(sheet("Enn2", [["x"]])));
  const run = emulator.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Enn2").getRange("A1");
    // @ts-expect-error Excel.Range has no `fill`; it is `format.fill`.
    expect(() => range.fill).toThrow();
    // @ts-expect-error Worksheet.getRanges takes one address string.
    context.workbook.worksheets.getItem("Enn2").getRanges(["A1", "B2"]);
    await context.sync();
  });
  await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
});
