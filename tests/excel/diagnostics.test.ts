/*
 * Diagnostiikka's runner on the emulator: every probe passes on a kind Excel, each failure is reported as
 * its own row (not as a crash), and the temporary sheet and XML part are gone afterwards, whatever failed.
 */
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { DiagnosticResult } from "../../src/excel/diagnostics";
import { DIAGNOSTIC_IDS, runDiagnostics } from "../../src/excel/diagnostics";
import type { ExcelFeatures } from "../../src/excel/host";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const ALL_FEATURES: ExcelFeatures = { mergedAreas: true, delayForCellEdit: true, mergeUndoGroup: true };

async function diagnose(emulator: EmulatedExcel, features: Partial<ExcelFeatures> = ALL_FEATURES) {
  const results = await runDiagnostics(hostOf(emulator, features), { sheetName: "Sitova-diagnostiikka" });
  return {
    results,
    status: Object.fromEntries(results.map((r) => [r.id, r.status])) as Record<string, string>,
  };
}

const byId = (results: DiagnosticResult[], id: string) => results.find((r) => r.id === id)!;

describe("Diagnostiikka", () => {
  it("runs every probe once, in order, and leaves the workbook as it was", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const values = emulator.toSnapshot();
    const formats = emulator.snapshotFormats();
    const names = emulator.names();
    const parts = emulator.model.customXmlParts.length;
    const { results } = await diagnose(emulator);
    expect(results.map((r) => r.id)).toEqual(DIAGNOSTIC_IDS);
    expect(emulator.sheetNames()).toEqual(values.sheets.map((s) => s.name));
    expect(emulator.toSnapshot()).toEqual(values);
    expect(emulator.snapshotFormats()).toEqual(formats);
    expect(emulator.names()).toEqual(names);
    expect(emulator.model.customXmlParts).toHaveLength(parts);
    expect(emulator.handlerCount).toBe(0);
  });

  it("passes the conditional-format, state part, sheet-name, event and clean-up probes", async () => {
    const { results, status } = await diagnose(await loadEmulatorFromXlsx(SAMPLE));
    expect(status).toMatchObject({
      tempSheet: "pass",
      conditionalFormat: "pass",
      statePart: "pass",
      sheetNames: "pass",
      events: "pass",
      cleanup: "pass",
    });
    expect(byId(results, "conditionalFormat").detail).toContain(
      'read back "=N(\\"Sitova-diagnostiikka\\")=0"',
    );
  });

  it("reports the comma-separated range list as failing on a Finnish desktop, and that ';' works there", async () => {
    const finnish = await diagnose(await loadEmulatorFromXlsx(SAMPLE, { profile: "fi-desktop" }));
    expect(finnish.status).toEqual({
      requirementSets: "pass",
      delayForCellEdit: "pass",
      undoGroup: "pass",
      tempSheet: "pass",
      addressList: "fail",
      conditionalFormat: "pass",
      statePart: "pass",
      sheetNames: "pass",
      events: "pass",
      cleanup: "pass",
    });
    expect(byId(finnish.results, "addressList").detail).toMatch(
      /^"A1,C3": InvalidArgument: .*; "A1;C3": 2 areas$/,
    );
    const kind = await diagnose(await loadEmulatorFromXlsx(SAMPLE, { profile: "default" }));
    expect(kind.status.addressList).toBe("pass");
    expect(byId(kind.results, "addressList").detail).toBe('"A1,C3": 2 areas');
  });

  it("says InactiveWorkbook when another workbook has the focus, and removes nothing", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { profile: "fi-desktop" });
    emulator.setWorkbookFocused(false);
    const { results, status } = await diagnose(emulator);
    expect(status.tempSheet).toBe("fail");
    expect(byId(results, "tempSheet").detail).toMatch(/^InactiveWorkbook: /);
    expect(status.cleanup).toBe("pass");
  });

  it("needs a fixed, small number of syncs: one run per probe, none in a loop", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    emulator.resetStats();
    await diagnose(emulator);
    // tempSheet 1, addressList 1 (2 where "," fails), conditionalFormat 3, statePart 2, sheetNames 2,
    // events 2, clean-up 3 (the handler's removal, then finding and deleting the sheet and the part).
    expect(emulator.stats.syncs).toBeLessThanOrEqual(15);
    expect(emulator.stats.runs).toBeLessThanOrEqual(8);
  });

  it("says which optional requirement sets this Excel lacks, as limited, not failed", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const { results, status } = await diagnose(emulator, {
      mergedAreas: false,
      delayForCellEdit: false,
      mergeUndoGroup: false,
    });
    expect(status).toMatchObject({
      requirementSets: "limited",
      delayForCellEdit: "limited",
      undoGroup: "limited",
    });
    expect(byId(results, "requirementSets").detail).toBe(
      "ExcelApi 1.11: no; ExcelApi 1.13: no; ExcelApi 1.20: no",
    );
    const full = await diagnose(emulator);
    expect(full.status).toMatchObject({
      requirementSets: "pass",
      delayForCellEdit: "pass",
      undoGroup: "pass",
    });
  });

  it("when the temporary sheet cannot be added, skips the sheet probes and deletes nothing of the user's", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { workbookProtected: true });
    const sheets = emulator.toSnapshot().sheets.map((s) => s.name);
    const { results, status } = await diagnose(emulator);
    expect(status).toMatchObject({
      tempSheet: "fail",
      addressList: "skipped",
      conditionalFormat: "skipped",
      sheetNames: "skipped",
      events: "skipped",
      cleanup: "pass",
    });
    expect(byId(results, "tempSheet").detail).toMatch(/^\w+: /);
    expect(emulator.toSnapshot().sheets.map((s) => s.name)).toEqual(sheets);
  });

  it("never deletes a user's sheet that has the temporary sheet's name", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const taken = emulator.toSnapshot().sheets[0].name;
    const results = await runDiagnostics(hostOf(emulator, ALL_FEATURES), { sheetName: taken });
    expect(byId(results, "tempSheet").status).toBe("fail");
    expect(emulator.toSnapshot().sheets.map((s) => s.name)).toContain(taken);
  });
});
