/*
 * Some reads here are deliberate (before sync) or follow loads the Office add-in lint rules cannot see
 * (ClientResult values, collection loads), so those rules are off in this file.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
/** Excel's error codes, null objects, protection and payload limits. */
import { createEmulator } from "../../src/emulator";
import { rejection, sheet, thrown, workbook } from "./helpers";

function twoSheets(options: Parameters<typeof createEmulator>[1] = {}) {
  return createEmulator(
    workbook(
      sheet("Ohje", [["Täytä taulukko"]]),
      sheet("Enn2", [
        ["Tavoite", "Ennuste 2/2021"],
        ["Lukutaito", "Toteutuu"],
      ]),
    ),
    options,
  );
}

describe("ItemNotFound and InvalidArgument", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const emulator = twoSheets();
    const error = await rejection(
      emulator.run(async (context) => {
        const missing = context.workbook.worksheets.getItem("Enn1");
        missing.load("name");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(emulator.stats.failedSyncs).toBe(1);
  });

  test("sheet names match case-insensitively, ids work too", async () => {
    const emulator = twoSheets();
    await emulator.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("enn2");
      byName.load("id, name");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id);
      byId.load("name");
      await context.sync();
      expect([byName.name, byId.name]).toEqual(["Enn2", "Enn2"]);
    });
  });

  test("a malformed address or a grid of the wrong size is InvalidArgument", async () => {
    const emulator = twoSheets();
    const bad = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("B0:C");
        await context.sync();
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
    const size = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A1:B2").values = [["only one"]];
        await context.sync();
      }),
    );
    expect(size.code).toBe("InvalidArgument");
    expect(emulator.sheet("Enn2").cell("A1").value).toBe("Tavoite");
  });

  test("the error tells which queued statement failed", async () => {
    const emulator = twoSheets();
    const error = await rejection(
      emulator.run(async (context) => {
        context.trace("before");
        context.workbook.worksheets.getItem("Puuttuu");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "ItemNotFound", traceMessages: ["before"] });
    expect((error as unknown as OfficeExtension.Error).debugInfo.statement).toContain('getItem("Puuttuu")');
  });

  test("adding a sheet whose name exists is ItemAlreadyExists; bad names are InvalidArgument", async () => {
    const emulator = twoSheets();
    const exists = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.add("ENN2");
        await context.sync();
      }),
    );
    expect(exists.code).toBe("ItemAlreadyExists");
    const invalid = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.add("a/b");
        await context.sync();
      }),
    );
    expect(invalid.code).toBe("InvalidArgument");
  });
});

describe("null objects", () => {
  test("getItemOrNullObject: isNullObject is known only after sync", async () => {
    const emulator = twoSheets();
    await emulator.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Tarkistus");
      const present = context.workbook.worksheets.getItemOrNullObject("Enn2");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("operations on a null object and its children are skipped, loads give null", async () => {
    const emulator = twoSheets();
    await emulator.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Tarkistus");
      missing.delete();
      missing.getRange("A1").values = [["never written"]];
      const range = missing.getRange("A1:B2");
      range.load("values");
      await context.sync();
      expect(range.isNullObject).toBe(true);
      expect(range.values).toBeNull();
    });
    expect(emulator.sheetNames()).toEqual(["Ohje", "Enn2"]);
  });

  test("getUsedRangeOrNullObject is null on a blank sheet; getUsedRange gives A1", async () => {
    const emulator = twoSheets();
    emulator.addSheet("Tyhjä");
    await emulator.run(async (context) => {
      const blank = context.workbook.worksheets.getItem("Tyhjä");
      const orNull = blank.getUsedRangeOrNullObject(true);
      const used = blank.getUsedRange();
      used.load("address");
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe("Tyhjä!A1");
    });
  });

  test("settings and custom XML parts have null objects too", async () => {
    const emulator = twoSheets();
    await emulator.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("sitova.fills");
      const part = context.workbook.customXmlParts.getItemOrNullObject("{nope}");
      await context.sync();
      expect(setting.isNullObject).toBe(true);
      expect(part.isNullObject).toBe(true);
    });
  });
});

describe("protection", () => {
  test("writing to a protected sheet is AccessDenied and writes nothing of that operation", async () => {
    const emulator = twoSheets({ protectedSheets: { Enn2: {} } });
    const before = emulator.snapshotFormats();
    const error = await rejection(
      emulator.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Enn2").getRange("A1:B2");
        range.values = [
          ["x", "y"],
          ["z", "w"],
        ];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(emulator.sheet("Enn2").values("A1:B2")).toEqual([
      ["Tavoite", "Ennuste 2/2021"],
      ["Lukutaito", "Toteutuu"],
    ]);
    expect(emulator.snapshotFormats()).toEqual(before);
  });

  test("formats of a protected sheet are refused unless its options allow them", async () => {
    const denied = twoSheets({ protectedSheets: { Enn2: {} } });
    const error = await rejection(
      denied.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRanges("A1, B2").format.fill.color = "yellow";
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(denied.sheet("Enn2").cell("A1").fill).toBeNull();

    const allowed = twoSheets({ protectedSheets: { Enn2: { allowFormatCells: true } } });
    await allowed.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRanges("A1, B2").format.fill.color = "yellow";
      await context.sync();
    });
    expect(allowed.sheet("Enn2").cell("B2").fill).toBe("#FFFF00");
  });

  test("protection is readable before writing, so an add-in can stop in time", async () => {
    const emulator = twoSheets({ protectedSheets: { Enn2: {} }, workbookProtected: true });
    await emulator.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Enn2").protection;
      protection.load("protected");
      context.workbook.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      expect(context.workbook.protection.protected).toBe(true);
    });
  });

  test("unlocked cells of a protected sheet accept values", async () => {
    const emulator = twoSheets({ protectedSheets: { Enn2: {} } });
    emulator.sheet("Enn2").setCell("B2", { locked: false });
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRange("B2").values = [["Ei toteudu"]];
      await context.sync();
    });
    expect(emulator.sheet("Enn2").cell("B2").value).toBe("Ei toteudu");
  });

  test("a protected workbook structure refuses new sheets", async () => {
    const emulator = twoSheets({ workbookProtected: true });
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.add("Tarkistus");
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(emulator.sheetNames()).toEqual(["Ohje", "Enn2"]);
  });

  test("like Excel, operations queued before the failing one stay applied", async () => {
    const emulator = twoSheets({ protectedSheets: { Enn2: {} } });
    await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Ohje").getRange("A2").values = [["ennen"]];
        context.workbook.worksheets.getItem("Enn2").getRange("A1").values = [["estetty"]];
        context.workbook.worksheets.getItem("Ohje").getRange("A3").values = [["jälkeen"]];
        await context.sync();
      }),
    );
    expect(emulator.sheet("Ohje").values("A2:A3")).toEqual([["ennen"], [null]]);
  });

  test("with atomicSync, a failed sync applies nothing at all", async () => {
    const emulator = twoSheets({ protectedSheets: { Enn2: {} }, atomicSync: true });
    await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.add("Tarkistus");
        context.workbook.worksheets.getItem("Ohje").getRange("A2").values = [["ennen"]];
        context.workbook.worksheets.getItem("Enn2").getRange("A1").values = [["estetty"]];
        await context.sync();
      }),
    );
    expect(emulator.sheetNames()).toEqual(["Ohje", "Enn2"]);
    expect(emulator.sheet("Ohje").cell("A2").value).toBeNull();
  });
});

describe("payload and size limits", () => {
  test("a request over the limit fails before anything runs", async () => {
    const emulator = twoSheets();
    const rows = 60_000;
    const big = Array.from({ length: rows }, (_, i) => [`rivi ${i} ${"x".repeat(80)}`]);
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Ohje").getRange("A2").values = [["ensin"]];
        context.workbook.worksheets.getItem("Ohje").getRange(`B1:B${rows}`).values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(emulator.sheet("Ohje").cell("A2").value).toBeNull();
    expect(emulator.stats.maxRequestBytes).toBeGreaterThan(5_000_000);
  });

  test("a response over the limit fails the sync; the same read in chunks works", async () => {
    const emulator = twoSheets({ payloadLimitBytes: 10_000 });
    const values = Array.from({ length: 500 }, (_, i) => [`tavoite numero ${i}`, i]);
    emulator.sheet("Enn2").setValues("A1", values);
    const error = await rejection(
      emulator.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Enn2").getUsedRange(true);
        used.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    emulator.resetStats();
    const read = await emulator.run(async (context) => {
      const sheetProxy = context.workbook.worksheets.getItem("Enn2");
      const first = sheetProxy.getRangeByIndexes(0, 0, 250, 2).load("values");
      await context.sync();
      const second = sheetProxy.getRangeByIndexes(250, 0, 250, 2).load("values");
      await context.sync();
      return first.values.length + second.values.length;
    });
    expect(read).toBe(500);
    expect(emulator.stats.maxResponseBytes).toBeLessThanOrEqual(10_000);
  });

  test("reading more than 5 000 000 cells of one range is RangeExceedsLimit", async () => {
    const emulator = twoSheets();
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A:E").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });
});
