/*
 * These tests read properties before load or sync on purpose, to prove the emulator refuses it as Excel
 * does; the Office add-in lint rules exist to stop exactly that, so they are off here.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */
/** The load/sync discipline of Office.js: what can be read when, what a write does before sync. */
import { createEmulator, EmulatedOfficeError, EmulatorGapError } from "../../src/emulator";
import { rejection, sheet, thrown, workbook } from "./helpers";

function goals() {
  return createEmulator(
    workbook(
      sheet("Enn2", [
        ["Sitovat tavoitteet", null],
        ["Tavoite", "Ennuste 2/2021"],
        ["Lukutaito", "Toteutuu"],
      ]),
    ),
  );
}

describe("reading before load + sync", () => {
  test("a property never loaded throws PropertyNotLoaded", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Enn2").getRange("A1:B3");
      const error = thrown(() => range.values);
      expect(error).toBeInstanceOf(EmulatedOfficeError);
      expect(error.code).toBe("PropertyNotLoaded");
      await context.sync();
    });
  });

  test("a loaded property is still unavailable until sync, then holds the values", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Enn2").getRange("A2:B3");
      range.load("values, address");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["Tavoite", "Ennuste 2/2021"],
        ["Lukutaito", "Toteutuu"],
      ]);
      expect(range.address).toBe("'Enn2'!A2:B3");
      // Only what was loaded is available.
      expect(thrown(() => range.numberFormat).code).toBe("PropertyNotLoaded");
    });
  });

  test("loaded values are a snapshot of that sync, not live", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Enn2").getRange("B3");
      cell.load("values");
      await context.sync();
      emulator.editCells("Enn2", "B3", [["Ei toteudu"]]);
      expect(cell.values).toEqual([["Toteutuu"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([["Ei toteudu"]]);
    });
  });

  test("load accepts lists, paths and option objects", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Enn2").getRange("A1:B1");
      range.load(["rowCount", "columnCount"]);
      // eslint-disable-next-line office-addins/no-navigational-load -- `select` is the option, not a property
      range.load({ select: "rowIndex,columnIndex" });
      range.load("format/fill/color");
      range.load({ format: { font: { bold: true } } });
      await context.sync();
      expect([range.rowCount, range.columnCount, range.rowIndex, range.columnIndex]).toEqual([1, 2, 0, 0]);
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect(range.format.font.bold).toBe(false);
    });
  });

  test("ClientResult.value throws ValueNotLoaded before sync", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("queued writes", () => {
  test("are invisible in the workbook until sync", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Enn2").getRange("B3");
      cell.values = [["Ei toteudu"]];
      cell.format.fill.color = "#FFC7CE";
      context.workbook.worksheets.add("Tarkistus");
      expect(emulator.sheet("Enn2").cell("B3").value).toBe("Toteutuu");
      expect(emulator.sheet("Enn2").cell("B3").fill).toBeNull();
      expect(emulator.sheetNames()).toEqual(["Enn2"]);
      await context.sync();
      expect(emulator.sheet("Enn2").cell("B3")).toMatchObject({ value: "Ei toteudu", fill: "#FFC7CE" });
      expect(emulator.sheetNames()).toEqual(["Enn2", "Tarkistus"]);
    });
  });

  test("like Office.js, the proxy shows a value it set until the next load", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Enn2").getRange("A1");
      cell.values = [["Uusi"]];
      expect(cell.values).toEqual([["Uusi"]]);
      await context.sync();
    });
  });

  test("are applied in queue order, so a load after a write sees it", async () => {
    const emulator = goals();
    const seen = await emulator.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Enn2").getRange("A1");
      cell.load("values");
      cell.values = [["Toinen"]];
      const again = context.workbook.worksheets.getItem("Enn2").getRange("A1");
      again.load("values");
      await context.sync();
      return [cell.values[0][0], again.values[0][0]];
    });
    expect(seen).toEqual(["Sitovat tavoitteet", "Toinen"]);
  });

  test("run sends what is still queued when the batch returns", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRange("C1").values = [["x"]];
    });
    expect(emulator.sheet("Enn2").cell("C1").value).toBe("x");
    expect(emulator.stats.syncs).toBe(1);
  });
});

describe("sync statistics", () => {
  test("count syncs and payload sizes, and reset", async () => {
    const emulator = goals();
    let written: string[][] = [];
    await emulator.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Enn2").getUsedRange();
      used.load("values");
      await context.sync();
      written = used.values.map((row) => row.map((value) => `${value}!`));
      used.values = written;
      await context.sync();
      await context.sync(); // an empty sync is still a round trip
    });
    const stats = emulator.stats;
    expect(stats.syncs).toBe(3);
    expect(stats.runs).toBe(1);
    expect(stats.perSync).toHaveLength(3);
    // The first sync returned the values, the second sent them back.
    expect(stats.perSync[0].responseBytes).toBeGreaterThanOrEqual(
      JSON.stringify([["Sitovat tavoitteet", ""]]).length,
    );
    expect(stats.perSync[1].requestBytes).toBeGreaterThanOrEqual(JSON.stringify(written).length);
    expect(stats.maxRequestBytes).toBe(Math.max(...stats.perSync.map((s) => s.requestBytes)));
    expect(stats.maxResponseBytes).toBe(stats.perSync[0].responseBytes);
    emulator.resetStats();
    expect(emulator.stats).toMatchObject({
      syncs: 0,
      runs: 0,
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      perSync: [],
    });
  });

  test("sync passes its argument through", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      await expect(context.sync("done")).resolves.toBe("done");
    });
  });
});

describe("the emulator's own limits are loud", () => {
  test("a member real Excel has but the emulator lacks throws EmulatorGapError", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Enn2").getRange("A1");
      const error = thrown(() => range.getSpecialCells("Constants"));
      expect(error).toBeInstanceOf(EmulatorGapError);
      expect(error.message).toContain("Range.getSpecialCells");
      expect(thrown(() => range.load("text"))).toBeInstanceOf(EmulatorGapError);
      await context.sync();
    });
  });

  test("the request context is guarded too, and huge per-cell formats are refused, not hung on", async () => {
    const emulator = goals();
    const error = await rejection(
      emulator.run(async (context) => {
        expect(thrown(() => context.loadRecursive(context.workbook, {}))).toBeInstanceOf(EmulatorGapError);
        context.workbook.worksheets.getItem("Enn2").getRange().format.fill.color = "red";
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(EmulatorGapError);
  });

  test("run rejects a batch that does not return a promise", async () => {
    const emulator = goals();
    const batch = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    expect((await rejection(emulator.run(batch))).code).toBe("RunMustReturnPromise");
  });

  test("objects of one request context cannot be used in another", async () => {
    const emulator = goals();
    const first = await emulator.run(async (context) =>
      context.workbook.worksheets.getItem("Enn2").getRange("A1"),
    );
    await emulator.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Enn2").getRange("A1:B2");
      expect(thrown(() => other.getIntersection(first)).code).toBe("InvalidRequestContext");
      await context.sync();
    });
  });

  test("run(object, batch) continues in the object's context", async () => {
    const emulator = goals();
    const range = await emulator.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Enn2").getRange("A3");
      r.load("values");
      await context.sync();
      return r;
    });
    await emulator.run(range, async (context) => {
      range.load("address");
      await context.sync();
      expect(range.context).toBe(context);
      expect(range.address).toBe("'Enn2'!A3");
    });
  });
});
