/**
 * A whole check (Tarkista) in one run: its syncs, its own sheets known by their tag, and what it does
 * when Excel refuses (another workbook focused, a cell being edited). Runs under both profiles; tests
 * that need one hostile behaviour switch on just that one.
 */
import { validateWorkbook } from "../../src/domain";
import { createEmulator, excelProfile } from "../../src/emulator";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { CheckOutcome } from "../../src/excel/check";
import { runCheck } from "../../src/excel/check";
import { isSitovaRule } from "../../src/excel/highlights";
import type { ExcelFeatures } from "../../src/excel/host";
import { OWN_SHEET_TAGS } from "../../src/excel/ownSheets";
import { errorMessage } from "../../src/app/messages";
import { flaggedGoalWorkbook } from "../domain/builders";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

function check(emulator: EmulatedExcel, features: Partial<ExcelFeatures> = {}): Promise<CheckOutcome> {
  return runCheck(hostOf(emulator, features), {
    validate: (snapshot) => validateWorkbook(snapshot),
    highlights: true,
    report: { lang: "fi", checkedAt: () => "1.1.2026" },
  });
}

const sitovaFormats = (emulator: EmulatedExcel, sheet: string) =>
  emulator.conditionalFormats(sheet).filter((f) => isSitovaRule(f.formula));

describe("syncs of a whole check (read, validate, highlight, report sheet)", () => {
  it.each([
    [1_000, 6],
    [10_000, 10],
  ])("%i goals: at most %i syncs, no request or response over 5 MB", async (rows, bar) => {
    const emulator = createEmulator(flaggedGoalWorkbook(rows));
    const outcome = await check(emulator);
    expect(outcome.report.findings).toHaveLength(rows / 10);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(bar);
    expect(emulator.stats.failedSyncs).toBe(0);
    expect(emulator.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(emulator.stats.maxResponseBytes).toBeLessThan(5_000_000);
    // And again, with its report sheet and highlights to replace.
    emulator.resetStats();
    await check(emulator);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(bar);
  });
});

describe("Sitova's own sheets, known by their tag", () => {
  it("tags the report sheet and rewrites it in place, also after the user renamed it", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await check(emulator);
    expect(first.reportSheet).toBe("Tarkistus");
    expect(emulator.names()).toContainEqual(
      expect.objectContaining({ name: OWN_SHEET_TAGS.report, sheet: "Tarkistus" }),
    );
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Tarkistus").name = "Vanha tarkistus";
      await context.sync();
    });
    const again = await check(emulator);
    expect(again.reportSheet).toBe("Vanha tarkistus");
    expect(emulator.sheetNames().filter((n) => /tarkistus/i.test(n))).toEqual(["Vanha tarkistus"]);
  });

  it("never clears a user's sheet that took the deleted report sheet's id (Excel for Mac)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), reuseSheetIds: true },
    });
    await check(emulator);
    const reportId = emulator.sheet("Tarkistus").model.id;
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Tarkistus").delete();
      await context.sync();
      context.workbook.worksheets.add("Muistiinpanot");
      await context.sync();
    });
    expect(emulator.sheet("Muistiinpanot").model.id).toBe(reportId);
    emulator.sheet("Muistiinpanot").setCell("A1", { value: "Oma muistiinpano" });
    const outcome = await check(emulator);
    expect(outcome.reportSheet).toBe("Tarkistus");
    expect(emulator.sheet("Muistiinpanot").cell("A1").value).toBe("Oma muistiinpano");
  });

  it("a copied report sheet keeps its tag; the first in tab order is the one rewritten", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    await check(emulator);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Tarkistus").copy("End");
      await context.sync();
    });
    const copy = emulator.sheetNames().find((n) => n.startsWith("Tarkistus ("))!;
    emulator.sheet(copy).setCell("A1", { value: "Kopio" });
    const outcome = await check(emulator);
    expect(outcome.reportSheet).toBe("Tarkistus");
    expect(emulator.sheet(copy).cell("A1").value).toBe("Kopio");
  });
});

describe("when Excel refuses", () => {
  it("with another workbook focused, adds no sheet and marks no cell, and says what to do", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), focusSensitive: true },
    });
    const names = emulator.sheetNames();
    emulator.setWorkbookFocused(false);
    const failure = await check(emulator).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "InactiveWorkbook" });
    expect(emulator.sheetNames()).toEqual(names);
    expect(sitovaFormats(emulator, "Enn2")).toEqual([]);
    expect(errorMessage(failure, "fi")).toMatch(/Palaa tähän työkirjaan.*yritä uudelleen/);
    // Events were never switched off, so nothing can leave them off.
    expect(emulator.enableEvents).toBe(true);
  });

  it("waits while the user edits a cell where Excel can delay the run (ExcelApi 1.11)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), cellEditBlocksBatches: true },
    });
    emulator.beginCellEdit();
    const running = check(emulator);
    let done = false;
    void running.then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    emulator.endCellEdit();
    await expect(running).resolves.toMatchObject({ reportSheet: "Tarkistus" });
  });

  it("without delayForCellEdit, tells the user to finish editing the cell", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      excelApi: "1.10",
      profile: { ...excelProfile("default"), cellEditBlocksBatches: true },
    });
    emulator.beginCellEdit();
    const failure = await check(emulator).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(errorMessage(failure, "fi")).toMatch(/Lopeta solun muokkaus ja yritä uudelleen/);
    expect(errorMessage(failure, "fi")).not.toMatch(/Odottamaton virhe/);
  });
});

describe("undo", () => {
  it("a whole check is one undo step where Excel groups undo (ExcelApi 1.20)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), addinUndo: "recordPerSync" },
    });
    await check(emulator);
    expect(emulator.undoStack).toEqual([{ source: "addin" }]);
    // Undo takes the highlights and the report sheet away together.
    expect(emulator.undo()).toBe(true);
    expect(sitovaFormats(emulator, "Enn2")).toEqual([]);
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
  });

  it("a check after Undo finds the workbook as the user left it and writes everything again", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), addinUndo: "recordPerSync" },
    });
    const first = await check(emulator);
    emulator.undo();
    const again = await check(emulator);
    expect(again.report.findings).toEqual(first.report.findings);
    expect(sitovaFormats(emulator, "Enn2").length).toBeGreaterThan(0);
    expect(emulator.sheetNames()).toContain("Tarkistus");
  });
});
