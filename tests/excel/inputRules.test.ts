import { analyzeWorkbook, builtinCompiledSchema } from "../../src/domain";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { allDataValidations, dataValidationAt, dataValidationCells } from "../../src/emulator/dataValidation";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import type { InputRuleSpec } from "../../src/excel/inputRules";
import {
  inputRuleSpecs,
  installedInputRules,
  installInputRules,
  removeInputRules,
} from "../../src/excel/inputRules";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";
import { rejection } from "../emulator/helpers";

const LISTS = { forecast: ["Toteutuu", "Ei toteudu"], recovery: ["Kyllä", "Ei"] };

async function setup(): Promise<{ emulator: EmulatedExcel; specs: InputRuleSpec[] }> {
  const emulator = await loadEmulatorFromXlsx(SAMPLE);
  const analysis = analyzeWorkbook(await readWorkbookSnapshot(hostOf(emulator)), builtinCompiledSchema);
  return { emulator, specs: inputRuleSpecs(analysis.tables, LISTS) };
}

/** A validation of the user's own, set through Office.js. */
async function userValidation(emulator: EmulatedExcel, sheet: string, address: string, message = "oma") {
  await emulator.run(async (context) => {
    const dv = context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
    dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" as Excel.DataValidationOperator } };
    dv.prompt = { title: "Oma", message, showPrompt: true };
    await context.sync();
  });
}

describe("input rules", () => {
  it("plans a drop-down per forecast column and Palautusmittari and a 0–100 % rule, over the data rows", async () => {
    const { specs } = await setup();
    expect(specs.map((s) => `${s.sheet}!${s.address} ${s.kind}`)).toEqual([
      "Enn1!D5:D12 recovery",
      "Enn1!E5:E12 forecast",
      "Enn1!G5:G12 numeric",
      "Enn2!D5:D12 recovery",
      "Enn2!E5:E12 forecast",
      "Enn2!F5:F12 forecast",
      "Enn2!H5:H12 numeric",
    ]);
    for (const spec of specs) {
      expect(spec.prompt.title!.length).toBeLessThanOrEqual(32);
      expect(spec.errorAlert.title!.length).toBeLessThanOrEqual(32);
    }
  });

  it("installs Excel's data validation with Finnish input messages and changes no value or format", async () => {
    const { emulator, specs } = await setup();
    const values = emulator.toSnapshot();
    const formats = emulator.snapshotFormats();
    const result = await installInputRules(hostOf(emulator), specs);
    expect(result).toEqual({ ranges: 7, cells: 56, skipped: [] });
    expect(dataValidationAt(emulator, "Enn2", 5, 6)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" } },
      prompt: { title: "Ennuste", showPrompt: true },
      errorAlert: { style: "Stop", showAlert: true },
    });
    expect(dataValidationAt(emulator, "Enn2", 12, 4)?.rule).toEqual({
      list: { inCellDropDown: true, source: "Kyllä,Ei" },
    });
    expect(dataValidationAt(emulator, "Enn2", 9, 8)).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      prompt: { title: "Numeerinen ennuste", message: expect.stringMatching(/prosentteina.*0–100 %/) },
    });
    expect(dataValidationAt(emulator, "Enn2", 4, 6)).toBeUndefined(); // not the header
    expect(dataValidationAt(emulator, "Enn2", 13, 6)).toBeUndefined();
    expect(emulator.toSnapshot()).toEqual(values);
    expect(emulator.snapshotFormats()).toEqual(formats);
    expect(await installedInputRules(hostOf(emulator))).toBe(7);
  });

  it("removes exactly what it installed: the user's own validations stay, their ranges are skipped", async () => {
    const { emulator, specs } = await setup();
    await userValidation(emulator, "Enn2", "B5:B12"); // elsewhere: untouched
    await userValidation(emulator, "Enn1", "D7"); // inside a target range: that range is skipped
    const before = allDataValidations(emulator);

    const installed = await installInputRules(hostOf(emulator), specs);
    expect(installed.skipped).toEqual([{ sheet: "Enn1", address: "D5:D12" }]);
    expect(installed.ranges).toBe(6);
    expect(dataValidationAt(emulator, "Enn1", 5, 4)).toBeUndefined();

    const removed = await removeInputRules(hostOf(emulator));
    expect(removed).toEqual({ ranges: 6, kept: [] });
    expect(allDataValidations(emulator)).toEqual(before);
    expect(await installedInputRules(hostOf(emulator))).toBe(0);
  });

  it("leaves a range the user changed after installing, and says so", async () => {
    const { emulator, specs } = await setup();
    await installInputRules(hostOf(emulator), specs);
    await emulator.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("F5:F12").dataValidation;
      dv.prompt = { title: "Ennuste", message: "Oma ohje", showPrompt: true };
      await context.sync();
    });
    const removed = await removeInputRules(hostOf(emulator));
    expect(removed).toEqual({ ranges: 6, kept: [{ sheet: "Enn2", address: "F5:F12" }] });
    expect(dataValidationCells(emulator, "Enn2").filter(([, c]) => c !== 6)).toEqual([]);
    expect(dataValidationAt(emulator, "Enn2", 5, 6)?.prompt.message).toBe("Oma ohje");
  });

  it("installing again replaces its own rules (a grown table), in a bounded number of syncs", async () => {
    const { emulator, specs } = await setup();
    await installInputRules(hostOf(emulator), specs);
    const grown = specs.map((s) => ({ ...s, address: s.address.replace(/12$/, "14") }));
    emulator.resetStats();
    const again = await installInputRules(hostOf(emulator), grown);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(5);
    expect(again).toMatchObject({ ranges: 7, cells: 70, skipped: [] });
    expect(dataValidationAt(emulator, "Enn2", 14, 5)?.prompt.title).toBe("Ennuste");
    await removeInputRules(hostOf(emulator));
    expect(allDataValidations(emulator)).toEqual({});
  });

  it("writes nothing on a protected sheet", async () => {
    const { emulator, specs } = await setup();
    emulator.sheet("Enn1").protect({});
    const error = await rejection(installInputRules(hostOf(emulator), specs));
    expect(error).toMatchObject({ code: "protected-sheet", subjects: ["Enn1"] });
    expect(allDataValidations(emulator)).toEqual({});
  });
});
