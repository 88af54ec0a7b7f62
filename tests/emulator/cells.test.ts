/** Cell contents: text versus formulas, reading values and shapes, merges, hidden rows and columns. */
import { createEmulator } from "../../src/emulator";
import { sheet, workbook } from "./helpers";

function blank() {
  return createEmulator(workbook(sheet("Tarkistus", [])));
}

async function write(
  emulator: ReturnType<typeof blank>,
  address: string,
  values: unknown[][],
  textFormat = false,
) {
  await emulator.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Tarkistus").getRange(address);
    if (textFormat) range.numberFormat = values.map((row) => row.map(() => "@"));
    range.values = values;
    await context.sync();
  });
}

describe("text written through values", () => {
  test("a string starting with =, +, - or @ becomes a formula, as typed input does", async () => {
    const emulator = blank();
    await write(emulator, "A1:D1", [
      ['=HYPERLINK("https://example.org","x")', "+A1", "-B2 riski", "@SUM(A1)"],
    ]);
    const cells = ["A1", "B1", "C1", "D1"].map((a) => emulator.sheet("Tarkistus").cell(a));
    expect(cells.map((c) => c.formula)).toEqual([
      '=HYPERLINK("https://example.org","x")',
      "=+A1",
      "=-B2 riski",
      "=@SUM(A1)",
    ]);
    expect(cells.every((c) => c.value === null)).toBe(true);
  });

  test("the same strings stay text when the cells are formatted as text first, in the same batch", async () => {
    const emulator = blank();
    const texts = [
      '=HYPERLINK("https://example.org","x")',
      "+358 40 123",
      "- riski",
      "@kaupunki",
      "0123",
      "85 %",
    ];
    await write(emulator, "A1:F1", [texts], true);
    const row = emulator.sheet("Tarkistus").values("A1:F1")[0];
    expect(row).toEqual(texts);
    expect(emulator.sheet("Tarkistus").cell("A1")).toMatchObject({ formula: null, numberFormat: "@" });
  });

  test("a text format from an earlier sync protects later writes; set() applies numberFormat first", async () => {
    const emulator = blank();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Tarkistus");
      ws.getRange("A1").numberFormat = [["@"]];
      await context.sync();
      ws.getRange("A1").values = [["=1+1"]];
      ws.getRange("B1").set({ values: [["=2+2"]], numberFormat: [["@"]] });
      await context.sync();
    });
    expect(emulator.sheet("Tarkistus").values("A1:B1")).toEqual([["=1+1", "=2+2"]]);
  });

  test("a leading apostrophe keeps text and is not stored", async () => {
    const emulator = blank();
    await write(emulator, "A1", [["'=A1"]]);
    expect(emulator.sheet("Tarkistus").cell("A1")).toMatchObject({ value: "=A1", formula: null });
  });

  test("numbers, percentages, booleans and error literals are converted, other text is kept", async () => {
    const emulator = blank();
    await write(emulator, "A1:F1", [["42", "85%", "TRUE", "#N/A", "Toteutuu", ""]]);
    const handle = emulator.sheet("Tarkistus");
    expect(handle.values("A1:F1")).toEqual([[42, 0.85, true, { error: "#N/A" }, "Toteutuu", null]]);
    expect(handle.cell("B1").numberFormat).toBe("0%");
  });

  test("null entries leave cells unchanged", async () => {
    const emulator = blank();
    emulator.sheet("Tarkistus").setValues("A1", [["keep", "old"]]);
    await write(emulator, "A1:B1", [[null, "new"]]);
    expect(emulator.sheet("Tarkistus").values("A1:B1")).toEqual([["keep", "new"]]);
  });

  test("a formula cell reads back as its text with value type Unknown (the emulator does not calculate)", async () => {
    const emulator = blank();
    await write(emulator, "A1", [["=1+1"]]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tarkistus").getRange("A1");
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect([range.values, range.formulas, range.valueTypes]).toEqual([
        [["=1+1"]],
        [["=1+1"]],
        [["Unknown"]],
      ]);
    });
  });
});

describe("reading", () => {
  const emulator = createEmulator(
    workbook(
      sheet(
        "Enn 2",
        [
          ["Tavoite", "Mittarin numeerinen ennuste", "Virhe", "Valmis"],
          ["Lukutaito", 0.85, { error: "#N/A" }, true],
        ],
        { origin: { row: 3, column: 2 }, numberFormats: [[], ["General", "0 %"]] },
      ),
    ),
  );

  test("used range, values, number formats, value types and position", async () => {
    await emulator.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Enn 2").getUsedRange(true);
      used.load(
        "address, values, numberFormat, valueTypes, rowIndex, columnIndex, rowCount, columnCount, cellCount",
      );
      await context.sync();
      expect(used.address).toBe("'Enn 2'!B3:E4");
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount, used.cellCount]).toEqual([
        2, 1, 2, 4, 8,
      ]);
      expect(used.values).toEqual([
        ["Tavoite", "Mittarin numeerinen ennuste", "Virhe", "Valmis"],
        ["Lukutaito", 0.85, "#N/A", true],
      ]);
      expect(used.numberFormat[1]).toEqual(["General", "0 %", "General", "General"]);
      expect(used.valueTypes[1]).toEqual(["String", "Double", "Error", "Boolean"]);
    });
  });

  test("getCell, getOffsetRange, getResizedRange, getRangeByIndexes, whole rows and columns", async () => {
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn 2");
      const base = ws.getRange("B3:C4");
      const results = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 2),
        base.getResizedRange(0, 2),
        ws.getRangeByIndexes(2, 1, 1, 4),
        ws.getRange("3:4"),
        ws.getRange("C:C"),
        base.getLastRow(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(results.map((r) => r.address)).toEqual([
        "'Enn 2'!C4",
        "'Enn 2'!D4:E5",
        "'Enn 2'!B3:E4",
        "'Enn 2'!B3:E3",
        "'Enn 2'!3:4",
        "'Enn 2'!C:C",
        "'Enn 2'!B4:C4",
      ]);
    });
  });

  test("sheet names that look like cell references are quoted, like Excel", async () => {
    const named = createEmulator(workbook(sheet("Enn2", [["x"]]), sheet("Tarkistus", [["y"]])));
    await named.run(async (context) => {
      const a = context.workbook.worksheets.getItem("Enn2").getRange("A1").load("address");
      const b = context.workbook.worksheets.getItem("Tarkistus").getRange("A1").load("address");
      await context.sync();
      expect([a.address, b.address]).toEqual(["'Enn2'!A1", "Tarkistus!A1"]);
    });
  });
});

describe("merged areas (ExcelApi 1.13)", () => {
  function merged() {
    return createEmulator(
      workbook(
        sheet(
          "Enn2",
          [
            ["Teema", "Tavoite"],
            ["Uudistuvat palvelut", "A"],
            [null, "B"],
            [null, "C"],
          ],
          {
            merges: [
              { top: 2, left: 1, bottom: 4, right: 1 },
              { top: 6, left: 1, bottom: 6, right: 3 },
            ],
          },
        ),
      ),
    );
  }

  test("returns whole areas whose top-left cell is in the range, with areas and address", async () => {
    const emulator = merged();
    await emulator.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Enn2")
        .getRange("A1:C6")
        .getMergedAreasOrNullObject();
      areas.load("address, areaCount");
      areas.areas.load("items/address");
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("'Enn2'!A2:A4, 'Enn2'!A6:C6");
      expect(areas.areaCount).toBe(2);
      expect(areas.areas.items.map((r) => r.address)).toEqual(["'Enn2'!A2:A4", "'Enn2'!A6:C6"]);
    });
  });

  test("is a null object when no merged area starts in the range (as Excel, even if one overlaps)", async () => {
    const emulator = merged();
    await emulator.run(async (context) => {
      const none = context.workbook.worksheets.getItem("Enn2").getRange("A3:B4").getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  test("cells covered by a merge read as empty; merge() keeps only the top-left value", async () => {
    const emulator = merged();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("B2:B3").merge();
      const column = ws.getRange("A2:B4").load("values");
      await context.sync();
      expect(column.values).toEqual([
        ["Uudistuvat palvelut", "A"],
        ["", ""],
        ["", "C"],
      ]);
    });
    expect(emulator.sheet("Enn2").merges).toContainEqual({ top: 2, left: 2, bottom: 3, right: 2 });
  });
});

describe("hidden rows and columns", () => {
  test("load as true, false or null (mixed) and can be set", async () => {
    const emulator = createEmulator(
      workbook(
        sheet(
          "Enn2",
          [
            ["a", "b", "c"],
            ["d", "e", "f"],
          ],
          { hiddenRows: [2], hiddenColumns: [3] },
        ),
      ),
    );
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      const row2 = ws.getRange("2:2").load("rowHidden");
      const rows = ws.getRange("A1:A2").load("rowHidden");
      const columnC = ws.getRange("C1").load("columnHidden, hidden");
      const a1 = ws.getRange("A1").load("hidden");
      ws.getRange("B:B").columnHidden = true;
      await context.sync();
      expect([row2.rowHidden, rows.rowHidden, columnC.columnHidden, columnC.hidden, a1.hidden]).toEqual([
        true,
        null,
        true,
        true,
        false,
      ]);
    });
    expect(emulator.sheet("Enn2").hiddenColumns).toEqual([2, 3]);
  });
});

describe("sheets, activation and selection", () => {
  test("add, list, activate and select", async () => {
    const emulator = createEmulator(workbook(sheet("Enn1", [["x"]]), sheet("Enn2", [["y"]])));
    await emulator.run(async (context) => {
      const report = context.workbook.worksheets.add("Tarkistus");
      report.getRange("A1").select();
      context.workbook.worksheets.getItem("Enn2").activate();
      context.workbook.worksheets.load("items/name, items/position");
      await context.sync();
      expect(context.workbook.worksheets.items.map((w) => [w.name, w.position])).toEqual([
        ["Enn1", 0],
        ["Enn2", 1],
        ["Tarkistus", 2],
      ]);
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Enn2");
      context.workbook.worksheets.getItem("Enn1").getRange("B7").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("'Enn1'!B7");
    });
  });

  test("rename, move, hide and delete sheets with Excel's rules", async () => {
    const emulator = createEmulator(workbook(sheet("Enn1", [["x"]]), sheet("Enn2", [["y"]])));
    await emulator.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const report = sheets.add();
      report.name = "Tarkistus";
      report.position = 0;
      sheets.getItem("Enn1").visibility = "Hidden";
      const names = sheets.load("items/name, items/visibility");
      await context.sync();
      expect(names.items.map((w) => `${w.name}:${w.visibility}`)).toEqual([
        "Tarkistus:Visible",
        "Enn1:Hidden",
        "Enn2:Visible",
      ]);
      sheets.getItem("Tarkistus").delete();
      await context.sync();
    });
    expect(emulator.sheetNames()).toEqual(["Enn1", "Enn2"]);
    const lastVisible = await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").delete();
      return context.sync().then(
        () => "deleted",
        (error: { code: string }) => error.code,
      );
    });
    expect(lastVisible).toBe("InvalidOperation");
  });

  test("toSnapshot gives back the snapshot the emulator was built from", () => {
    const original = workbook(
      sheet(
        "Enn2",
        [
          ["Tavoite", "Ennuste"],
          ["A", 0.5],
        ],
        {
          origin: { row: 2, column: 1 },
          numberFormats: [
            ["General", "General"],
            ["General", "0%"],
          ],
          merges: [{ top: 2, left: 1, bottom: 2, right: 2 }],
          hiddenRows: [3],
        },
      ),
    );
    const emulator = createEmulator(original);
    const roundTrip = emulator.toSnapshot();
    expect(roundTrip.sheets[0]).toMatchObject({
      name: "Enn2",
      origin: { row: 2, column: 1 },
      numberFormats: original.sheets[0].numberFormats,
      merges: original.sheets[0].merges,
      hiddenRows: [3],
    });
    expect(roundTrip.sheets[0].values).toEqual([
      ["Tavoite", "Ennuste"],
      ["A", 0.5],
    ]);
  });
});
