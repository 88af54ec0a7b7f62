import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { undoFixes, writeFixes } from "../../src/excel/fixes";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

describe("quick fixes in the workbook", () => {
  it("writes text as text: never a formula, never a number, and the cell's number format stays", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const format = emulator.sheet("Enn2").cell("A12").numberFormat;
    const outcome = await writeFixes(host, [
      { sheet: "Enn2", cell: "A12", from: "Uudistuvat palvelu", to: '=HYPERLINK("http://x","y")' },
      { sheet: "Enn2", cell: "D9", from: "Ehkä", to: "100" },
    ]);
    expect(outcome.written).toHaveLength(2);
    expect(emulator.sheet("Enn2").cell("A12")).toMatchObject({
      value: '=HYPERLINK("http://x","y")',
      formula: null,
    });
    expect(emulator.sheet("Enn2").cell("D9").value).toBe("100");
    expect(emulator.sheet("Enn2").cell("A12").numberFormat).toBe(format);
  });

  it("in three syncs whatever the number of cells", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    emulator.resetStats();
    await writeFixes(host, [{ sheet: "Enn2", cell: "D9", from: "Ehkä", to: "Ei" }]);
    const one = emulator.stats.syncs;
    const cells = ["D5", "D6", "D7", "D8", "D10", "D11", "D12"].map((cell) => ({
      sheet: "Enn2",
      cell,
      from: "Ei",
      to: "Kyllä",
    }));
    emulator.resetStats();
    const outcome = await writeFixes(host, cells);
    expect(outcome.written.length).toBeGreaterThan(1);
    expect(emulator.stats.syncs).toBe(one);
    expect(one).toBe(3);
  });

  it("leaves a cell that no longer holds the old value, a formula cell, and a sheet that is gone", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    emulator.editCells("Enn2", "A12", [['="Uudistuvat palvelu"']]);
    const outcome = await writeFixes(host, [
      { sheet: "Enn2", cell: "A12", from: "Uudistuvat palvelu", to: "Uudistuvat palvelut" },
      { sheet: "Enn2", cell: "D9", from: "Ei", to: "Kyllä" },
      { sheet: "Poistettu", cell: "A1", from: "x", to: "y" },
    ]);
    expect(outcome.written).toEqual([]);
    expect(outcome.changed).toHaveLength(3);
    expect(emulator.sheet("Enn2").cell("A12").formula).toBe('="Uudistuvat palvelu"');
    expect(emulator.sheet("Enn2").cell("D9").value).toBe("Ehkä");
  });

  it("Peru writes the old value back only where Sitova's value still is", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const fixes = [
      { sheet: "Enn2", cell: "A12", from: "Uudistuvat palvelu", to: "Uudistuvat palvelut" },
      { sheet: "Enn2", cell: "D9", from: "Ehkä", to: "Ei" },
    ];
    await writeFixes(host, fixes);
    emulator.editCells("Enn2", "D9", [["Kyllä"]]);
    const undone = await undoFixes(host, fixes);
    expect(undone.written.map((f) => [f.cell, f.to])).toEqual([["A12", "Uudistuvat palvelu"]]);
    expect(undone.changed.map((f) => f.cell)).toEqual(["D9"]);
    expect(emulator.sheet("Enn2").cell("D9").value).toBe("Kyllä");
  });
});
