/*
 * Some reads here are deliberate (before sync) or follow loads the Office add-in lint rules cannot see
 * (ClientResult values, collection loads), so those rules are off in this file.
 */
/* eslint-disable office-addins/load-object-before-read */
/** Fills, fonts and number formats through Range and RangeAreas, and comparing formats before and after. */
import { ADDRESS_CHARACTER_LIMIT, createEmulator } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

function table() {
  const values = Array.from({ length: 10 }, (_, i) => [`Tavoite ${i + 1}`, "Toteutuu", 1]);
  return createEmulator(workbook(sheet("Enn2", values)), {
    fills: { Enn2: { A1: "#DDEBF7", "B1:C1": "white" } },
  });
}

describe("range.format.fill", () => {
  test("a cell without fill reads #FFFFFF with pattern None; white fill reads Solid", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      const none = ws.getRange("A2").format.fill.load("color, pattern");
      const white = ws.getRange("B1").format.fill.load("color, pattern");
      const blue = ws.getRange("A1").format.fill.load("color, pattern");
      await context.sync();
      expect([none.color, none.pattern]).toEqual(["#FFFFFF", "None"]);
      expect([white.color, white.pattern]).toEqual(["#FFFFFF", "Solid"]);
      expect([blue.color, blue.pattern]).toEqual(["#DDEBF7", "Solid"]);
    });
  });

  test("a range whose cells differ reads null", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const mixed = context.workbook.worksheets.getItem("Enn2").getRange("A1:B1").format.fill.load("color");
      const same = context.workbook.worksheets.getItem("Enn2").getRange("A2:C5").format.fill.load("color");
      await context.sync();
      expect(mixed.color).toBeNull();
      expect(same.color).toBe("#FFFFFF");
    });
  });

  test("set normalises colour names; clear() removes the fill instead of painting white", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("A2:A3").format.fill.color = "orange";
      ws.getRange("B1").format.fill.clear();
      await context.sync();
    });
    const handle = emulator.sheet("Enn2");
    expect([handle.cell("A2").fill, handle.cell("A3").fill, handle.cell("B1").fill]).toEqual([
      "#FFA500",
      "#FFA500",
      null,
    ]);
  });

  test("an invalid colour fails the sync with InvalidArgument", async () => {
    const emulator = table();
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A2").format.fill.color = "not-a-colour";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("RangeAreas (ExcelApi 1.9)", () => {
  test("getRanges paints several areas in one operation and reports them", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Enn2").getRanges("B2, B4:C5; A9");
      areas.format.fill.color = "#FFC7CE";
      areas.load("address, areaCount, cellCount");
      await context.sync();
      expect(areas.address).toBe("'Enn2'!B2, 'Enn2'!B4:C5, 'Enn2'!A9");
      expect([areas.areaCount, areas.cellCount]).toEqual([3, 6]);
    });
    const handle = emulator.sheet("Enn2");
    expect(["B2", "B4", "C5", "A9"].map((a) => handle.cell(a).fill)).toEqual(Array(4).fill("#FFC7CE"));
    expect(handle.cell("B3").fill).toBeNull();
    expect(emulator.stats.syncs).toBe(1);
  });

  test("an address list is cut at 8192 characters, as Excel does: silently wrong, or invalid", async () => {
    // 2000 addresses of 5 characters plus a comma: the cut falls 2 characters into "A2365".
    const list = Array.from({ length: 2000 }, (_, i) => `A${1000 + i}`).join(",");
    expect(list.length).toBeGreaterThan(ADDRESS_CHARACTER_LIMIT);
    const emulator = table();
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRanges(list).format.fill.color = "red";
      await context.sync();
    });
    const handle = emulator.sheet("Enn2");
    expect([handle.cell("A2364").fill, handle.cell("A2365").fill, handle.cell("A2").fill]).toEqual([
      "#FF0000",
      null,
      "#FF0000", // "A2365" became "A2"
    ]);

    // One character more in front and the cut leaves a bare "A": the whole call fails.
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRanges(` ${list}`).format.fill.color = "red";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a RangeAreas fill can be read back and cleared", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Enn2").getRanges("A1, C1");
      const fill = areas.format.fill.load("color");
      await context.sync();
      expect(fill.color).toBeNull();
      areas.format.fill.clear();
      await context.sync();
    });
    expect(emulator.sheet("Enn2").cell("A1").fill).toBeNull();
  });
});

describe("fonts, number formats and format snapshots", () => {
  test("font properties load, set and stay uniform-or-null", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("A1:C1").format.font.set({ bold: true, color: "#9C0006" });
      const header = ws.getRange("A1:C1").format.font.load("bold, color, name, size");
      const mixed = ws.getRange("A1:A2").format.font.load("bold");
      await context.sync();
      expect([header.bold, header.color, header.name, header.size]).toEqual([true, "#9C0006", "Calibri", 11]);
      expect(mixed.bold).toBeNull();
    });
  });

  test("snapshotFormats shows a highlight and its exact removal", async () => {
    const emulator = table();
    const before = emulator.snapshotFormats();
    expect(before).toEqual({
      Enn2: { A1: { fill: "#DDEBF7" }, B1: { fill: "#FFFFFF" }, C1: { fill: "#FFFFFF" } },
    });

    // Highlight: record the old fills, then paint.
    const saved = await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      const cells = ["A1", "B1", "B2"].map((a) => ws.getRange(a).format.fill.load("color, pattern"));
      await context.sync();
      ws.getRanges("A1, B1, B2").format.fill.color = "#FFC7CE";
      await context.sync();
      return cells.map((f) => (f.pattern === "None" ? null : f.color));
    });
    expect(emulator.snapshotFormats()).not.toEqual(before);

    // Clear: restore exactly, "no fill" by clear(), colours by setting them.
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ["A1", "B1", "B2"].forEach((address, i) => {
        const fill = ws.getRange(address).format.fill;
        const color = saved[i];
        if (color === null) fill.clear();
        else fill.color = color;
      });
      await context.sync();
    });
    expect(emulator.snapshotFormats()).toEqual(before);
  });

  test("number formats write per cell and clear(Formats) removes them", async () => {
    const emulator = table();
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("C2:C3").numberFormat = [["0 %"], ["0.0"]];
      await context.sync();
      const formats = ws.getRange("C2:C4").load("numberFormat");
      await context.sync();
      expect(formats.numberFormat).toEqual([["0 %"], ["0.0"], ["General"]]);
      ws.getRange("C2:C3").clear("Formats");
      await context.sync();
    });
    expect(emulator.sheet("Enn2").cell("C2")).toMatchObject({ value: 1, numberFormat: "General" });
  });
});
