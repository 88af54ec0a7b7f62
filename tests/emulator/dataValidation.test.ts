import { createEmulator } from "../../src/emulator";
import { dataValidationAt, dataValidationCells } from "../../src/emulator/dataValidation";
import { rejection, sheet, workbook } from "./helpers";

const LIST = { list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" } };
const DECIMAL = { decimal: { formula1: 0, formula2: 1, operator: "Between" } } as Excel.DataValidationRule;

function emulator() {
  return createEmulator(
    workbook(
      sheet("Enn2", [
        ["a", "b"],
        ["Toteutuu", 0.5],
        ["Ei toteudu", 1],
      ]),
    ),
  );
}

describe("data validation", () => {
  it("sets a rule, prompt and alert on every cell of a range and reads them back", async () => {
    const excel = emulator();
    await excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("A2:A3").dataValidation;
      dv.rule = LIST;
      dv.prompt = { title: "Ennuste", message: "Valitse", showPrompt: true };
      dv.errorAlert = { title: "Ei kelpaa", message: "Vain listan arvot", showAlert: true, style: "Stop" };
      await context.sync();
    });
    expect(dataValidationCells(excel, "Enn2")).toEqual([
      [2, 1],
      [3, 1],
    ]);
    expect(dataValidationAt(excel, "Enn2", 2, 1)).toMatchObject({ rule: LIST, prompt: { title: "Ennuste" } });

    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Enn2").getRange("A2:A3");
      range.load("dataValidation/type,dataValidation/rule,dataValidation/prompt");
      const wider = context.workbook.worksheets.getItem("Enn2").getRange("A1:A3").dataValidation;
      wider.load("type,rule");
      const other = context.workbook.worksheets.getItem("Enn2").getRange("B2").dataValidation;
      other.load("type,ignoreBlanks");
      await context.sync();
      return {
        type: range.dataValidation.type,
        rule: range.dataValidation.rule,
        prompt: range.dataValidation.prompt,
        wider: [wider.type, wider.rule],
        other: [other.type, other.ignoreBlanks],
      };
    });
    expect(read).toEqual({
      type: "List",
      rule: LIST,
      prompt: { title: "Ennuste", message: "Valitse", showPrompt: true },
      wider: ["MixedCriteria", null],
      other: ["None", true],
    });
  });

  it("reads Inconsistent over different rules and refuses to set a rule there, like Excel", async () => {
    const excel = emulator();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("A2:A3").dataValidation.rule = LIST;
      ws.getRange("B2:B3").dataValidation.rule = DECIMAL;
      await context.sync();
    });
    const type = await excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("A2:B3").dataValidation;
      dv.load("type");
      await context.sync();
      return dv.type;
    });
    expect(type).toBe("Inconsistent");
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A2:B3").dataValidation.rule = LIST;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("clears exactly the range and changes no value", async () => {
    const excel = emulator();
    const before = excel.toSnapshot();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("A2:B3").dataValidation.rule = LIST;
      await context.sync();
      ws.getRange("B2:B3").dataValidation.clear();
      await context.sync();
    });
    expect(dataValidationCells(excel, "Enn2")).toEqual([
      [2, 1],
      [3, 1],
    ]);
    expect(excel.toSnapshot()).toEqual(before);
  });

  it("refuses bad rules, long texts and protected sheets", async () => {
    const excel = emulator();
    const tries: Array<(dv: Excel.DataValidation) => void> = [
      (dv) => (dv.rule = {} as Excel.DataValidationRule),
      (dv) => (dv.rule = { ...LIST, ...DECIMAL }),
      (dv) => (dv.rule = { list: { inCellDropDown: true, source: "" } }),
      (dv) => (dv.rule = { decimal: { formula1: 0, operator: "Between" } } as Excel.DataValidationRule),
      (dv) => (dv.prompt = { title: "x".repeat(33), message: "", showPrompt: true }),
      (dv) => (dv.errorAlert = { title: "", message: "x".repeat(226), showAlert: true, style: "Stop" }),
    ];
    for (const attempt of tries) {
      const error = await rejection(
        excel.run(async (context) => {
          attempt(context.workbook.worksheets.getItem("Enn2").getRange("A2").dataValidation);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one failing batch per attempt
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
    excel.sheet("Enn2").protect({ allowFormatCells: true });
    const denied = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A2").dataValidation.rule = LIST;
        await context.sync();
      }),
    );
    expect(denied.code).toBe("AccessDenied");
    expect(dataValidationCells(excel, "Enn2")).toEqual([]);
  });

  it("has no members Excel lacks: valid is a gap, not undefined", () => {
    const excel = emulator();
    return excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("A2").dataValidation;
      expect(() => dv.load("valid")).toThrow(
        /Excel emulator does not implement DataValidation.load\("valid"\)/,
      );
    });
  });
});
