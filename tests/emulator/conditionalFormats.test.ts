/* eslint-disable office-addins/load-object-before-read -- collection loads and ClientResults the rule cannot see */
/** Conditional formats (custom rules), sheet-scoped names and copied sheets. */
import { createEmulator } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

const MARK = '=N("Sitova")=0';

function book(options: Parameters<typeof createEmulator>[1] = {}) {
  return createEmulator(
    workbook(
      sheet("Enn2", [
        ["Tavoite", "Ennuste"],
        ["Lukutaito", "Toteutuu"],
        ["Liikunta", "Ei toteudu"],
      ]),
    ),
    { fills: { Enn2: { B2: "#FFFFFF", A3: "#C6EFCE" } }, ...options },
  );
}

async function addMarked(emulator: ReturnType<typeof book>, address: string, fill = "#FFC7CE") {
  await emulator.run(async (context) => {
    const sheetProxy = context.workbook.worksheets.getItem("Enn2");
    const target = address.includes(";") ? sheetProxy.getRanges(address) : sheetProxy.getRange(address);
    const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = MARK;
    format.custom.format.fill.color = fill;
    format.custom.format.font.color = "#9C0006";
    await context.sync();
  });
}

// Excel.ConditionalFormatType is an ambient enum that needs Office.js; the tests use its string value.
const Excel = { ConditionalFormatType: { custom: "Custom" as Excel.ConditionalFormatType } };

describe("conditional formats", () => {
  test("a custom rule reads back its formula, fill, range and type; the cells' own formats are unchanged", async () => {
    const emulator = book();
    const before = emulator.snapshotFormats();
    await addMarked(emulator, "B2:B3");
    expect(emulator.snapshotFormats()).toEqual(before);
    expect(emulator.conditionalFormats("Enn2")).toEqual([
      expect.objectContaining({
        type: "Custom",
        ranges: ["B2:B3"],
        formula: MARK,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      }),
    ]);
    await emulator.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Enn2").getRange().conditionalFormats;
      formats.load("items/type, items/priority, items/custom/rule/formula, items/custom/format/fill/color");
      const count = formats.getCount();
      const fill = context.workbook.worksheets.getItem("Enn2").getRange("B2").format.fill;
      fill.load("color");
      await context.sync();
      expect(count.value).toBe(1);
      const [format] = formats.items;
      expect(format.type).toBe("Custom");
      expect(format.priority).toBe(0);
      expect(format.custom.rule.formula).toBe(MARK);
      expect(format.custom.format.fill.color).toBe("#FFC7CE");
      // The user's white fill is what the cell's own format reads, never the rule's.
      expect(fill.color).toBe("#FFFFFF");
      const range = format.getRange();
      range.load("address");
      await context.sync();
      expect(range.address).toBe("'Enn2'!B2:B3");
    });
    expect(emulator.displayedFills("Enn2", "A2:B3")).toEqual({
      A2: null,
      B2: "#FFC7CE",
      A3: "#C6EFCE",
      B3: "#FFC7CE",
    });
  });

  test("a range's collection holds the formats over it; the newest has the top priority", async () => {
    const emulator = book();
    await addMarked(emulator, "A2");
    await addMarked(emulator, "B2:B3", "#FFEB9C");
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      const onB3 = ws.getRange("B3").conditionalFormats.load("items/custom/format/fill/color");
      const all = ws.getRange().conditionalFormats.load("items/priority, items/custom/format/fill/color");
      await context.sync();
      expect(onB3.items.map((f) => f.custom.format.fill.color)).toEqual(["#FFEB9C"]);
      expect(all.items.map((f) => [f.priority, f.custom.format.fill.color])).toEqual([
        [0, "#FFEB9C"],
        [1, "#FFC7CE"],
      ]);
    });
  });

  test("on RangeAreas the format covers every area; getRange fails and getRangeOrNullObject is null", async () => {
    const emulator = book();
    await addMarked(emulator, "A2;B3");
    expect(emulator.conditionalFormats("Enn2")[0].ranges).toEqual(["A2", "B3"]);
    await emulator.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Enn2").getRange().conditionalFormats.getItemAt(0);
      const orNull = format.getRangeOrNullObject();
      const areas = format.getRanges().load("address");
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(areas.address).toBe("'Enn2'!A2, 'Enn2'!B3");
    });
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets
          .getItem("Enn2")
          .getRange()
          .conditionalFormats.getItemAt(0)
          .getRange()
          .load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  test("delete removes one format; clearAll takes the range out of formats that cover more", async () => {
    const emulator = book();
    await addMarked(emulator, "A1:B3");
    await addMarked(emulator, "B2", "#FFEB9C");
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("B2").conditionalFormats.getItemAt(0).delete();
      await context.sync();
      ws.getRange("A1:B1").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(emulator.conditionalFormats("Enn2").map((f) => f.ranges)).toEqual([["A2:B3"]]);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRange().conditionalFormats.clearAll();
      await context.sync();
    });
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
  });

  test("a formula must start with =; a protected sheet refuses conditional formats", async () => {
    const emulator = book({ protectedSheets: { Enn2: {} } });
    const error = await rejection(addMarked(emulator, "B2"));
    expect(error.code).toBe("AccessDenied");
    const open = book();
    const bad = await rejection(
      open.run(async (context) => {
        const format = context.workbook.worksheets
          .getItem("Enn2")
          .getRange("B2")
          .conditionalFormats.add("Custom");
        format.custom.rule.formula = "TRUE";
        await context.sync();
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
  });

  test("before ExcelApi 1.6 conditional formats fail with ApiNotFound", async () => {
    const emulator = book({ excelApi: "1.5" });
    expect(emulator.isSetSupported("ExcelApi", "1.6")).toBe(false);
    const error = await rejection(addMarked(emulator, "B2"));
    expect(error.code).toBe("ApiNotFound");
  });

  test("priority moves a format; a holding rule with stopIfTrue and no fill hides lower ones' fills", async () => {
    const emulator = book();
    await addMarked(emulator, "B2", "#FFC7CE");
    await addMarked(emulator, "B2", "#FFEB9C");
    expect(emulator.displayedFills("Enn2", "B2")).toEqual({ B2: "#FFEB9C" });
    await emulator.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Enn2").getRange("B2").conditionalFormats;
      formats.getItemAt(0).priority = 1;
      await context.sync();
      formats.load("items/customOrNullObject/rule/formula, items/custom/format/fill/color");
      await context.sync();
      expect(formats.items.map((f) => f.custom.format.fill.color)).toEqual(["#FFC7CE", "#FFEB9C"]);
      expect(formats.items.map((f) => f.customOrNullObject.rule.formula)).toEqual([MARK, MARK]);
    });
    expect(emulator.displayedFills("Enn2", "B2")).toEqual({ B2: "#FFC7CE" });
    await emulator.run(async (context) => {
      const stop = context.workbook.worksheets
        .getItem("Enn2")
        .getRange("B2")
        .conditionalFormats.add("Custom");
      stop.custom.rule.formula = "=TRUE";
      stop.stopIfTrue = true;
      await context.sync();
    });
    // The cell's own white fill shows again.
    expect(emulator.displayedFills("Enn2", "B2")).toEqual({ B2: "#FFFFFF" });
  });

  test("only constant rules are drawn: a rule that needs calculating shows nothing", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("Enn2")
        .getRange("A2")
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = '=A2="Lukutaito"';
      format.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(emulator.displayedFills("Enn2", "A2")).toEqual({ A2: null });
  });
});

describe("names", () => {
  test("sheet-scoped names: add, read, look up case-insensitively, refuse duplicates, delete", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      const names = context.workbook.worksheets.getItem("Enn2").names;
      names.add("Sitova_Raportti", '="Sitova"', "Sitovan oma taulukko");
      names.add("Taulukko", context.workbook.worksheets.getItem("Enn2").getRange("A1:B3"));
      await context.sync();
      const tag = names
        .getItemOrNullObject("sitova_raportti")
        .load("name, value, type, formula, comment, scope");
      const table = names.getItem("Taulukko").load("value, type");
      const none = names.getItemOrNullObject("Muu");
      names.load("items/name");
      await context.sync();
      expect(tag.isNullObject).toBe(false);
      expect([tag.name, tag.value, tag.type, tag.formula, tag.scope]).toEqual([
        "Sitova_Raportti",
        "Sitova",
        "String",
        '="Sitova"',
        "Worksheet",
      ]);
      expect(tag.comment).toBe("Sitovan oma taulukko");
      expect([table.value, table.type]).toEqual(["'Enn2'!$A$1:$B$3", "Range"]);
      expect(none.isNullObject).toBe(true);
      expect(names.items.map((n) => n.name)).toEqual(["Sitova_Raportti", "Taulukko"]);
    });
    const duplicate = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").names.add("SITOVA_raportti", "=1");
        await context.sync();
      }),
    );
    expect(duplicate.code).toBe("ItemAlreadyExists");
    const invalid = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").names.add("A1", "=1");
        await context.sync();
      }),
    );
    expect(invalid.code).toBe("InvalidArgument");
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").names.getItem("Taulukko").delete();
      await context.sync();
    });
    expect(emulator.names().map((n) => n.name)).toEqual(["Sitova_Raportti"]);
  });

  test("workbook names are separate from sheet names and read #REF! once their sheet is deleted", async () => {
    const emulator = book();
    emulator.addSheet("Muistiinpanot");
    await emulator.run(async (context) => {
      context.workbook.names.add("Muistio", "=Muistiinpanot!$A$1");
      await context.sync();
      const onSheet = context.workbook.worksheets.getItem("Enn2").names.getItemOrNullObject("Muistio");
      await context.sync();
      expect(onSheet.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Muistiinpanot").delete();
      await context.sync();
      const name = context.workbook.names.getItem("Muistio").load("value, type");
      await context.sync();
      expect([name.value, name.type]).toEqual(["#REF!", "Error"]);
    });
  });
});

describe("worksheet.copy", () => {
  test("the copy has the cells, conditional formats and sheet names (referring to the copy)", async () => {
    const emulator = book();
    await addMarked(emulator, "B2:B3");
    await emulator.run(async (context) => {
      const source = context.workbook.worksheets.getItem("Enn2");
      source.names.add("Oma", source.getRange("A1"));
      const copy = source.copy("After", source);
      copy.load("name, position");
      await context.sync();
      expect([copy.name, copy.position]).toEqual(["Enn2 (2)", 1]);
      const name = copy.names.getItem("Oma").load("value");
      await context.sync();
      expect(name.value).toBe("'Enn2 (2)'!$A$1");
    });
    expect(emulator.sheetNames()).toEqual(["Enn2", "Enn2 (2)"]);
    expect(emulator.sheet("Enn2 (2)").cell("A2").value).toBe("Lukutaito");
    expect(emulator.sheet("Enn2 (2)").cell("B2").fill).toBe("#FFFFFF");
    const [original] = emulator.conditionalFormats("Enn2");
    const [copied] = emulator.conditionalFormats("Enn2 (2)");
    expect(copied).toEqual({ ...original, id: copied.id });
    expect(copied.id).not.toBe(original.id);
  });

  test("copy() without a position puts the copy first, as the reference says", async () => {
    const emulator = book();
    emulator.addSheet("Enn3");
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn3").copy();
      await context.sync();
    });
    expect(emulator.sheetNames()).toEqual(["Enn3 (2)", "Enn2", "Enn3"]);
  });
});
