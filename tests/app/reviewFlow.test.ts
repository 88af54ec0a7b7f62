/**
 * Issue 13 items 4–7 and 9 on the session: stale results, cell ↔ finding, quick fixes with Peru, ignored
 * findings saved in the workbook, the report sheet only when asked, progress and cancel.
 */
import type { Finding } from "../../src/domain";
import { findingKey } from "../../src/domain";
import { createEmulator, excelProfile } from "../../src/emulator";
import { HIGHLIGHT_FILLS, isSitovaRule } from "../../src/excel/highlights";
import { STATE_NAMESPACE, stateFromXml } from "../../src/excel/state";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { Session } from "../../src/app/session";
import { flaggedGoalWorkbook } from "../domain/builders";
import { NO_TABLE } from "../support/paths";
import { NOW, hostOf, sessionAgain, sessionOn, untilState } from "../support/session";

const shown = (emulator: EmulatedExcel, cell: string) => emulator.displayedFills("Enn2", cell)[cell];
const at = (session: Session, cell: string) =>
  session.getState().report!.findings.find((f) => f.sheet === "Enn2" && f.cell === cell);
const savedState = (emulator: EmulatedExcel) =>
  stateFromXml(emulator.model.customXmlParts.find((p) => p.namespaceUri === STATE_NAMESPACE)!.xml);

describe("never silently stale (live validation off)", () => {
  it("an edit to a checked sheet marks the results stale without a sync; a check un-stales and repaints", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    expect(shown(emulator, "D9")).toBe(HIGHLIGHT_FILLS.error);
    emulator.resetStats();
    emulator.editCells("Enn2", "D9", [["Ei"]]); // fixes invalid-value
    await emulator.settle();
    expect(session.getState().stale).toEqual({ sheets: ["Enn2"] });
    expect(emulator.stats.syncs).toBe(0);
    // The results on screen are the checked ones until the user re-checks.
    expect(at(session, "D9")).toBeDefined();
    await session.validate();
    expect(session.getState().stale).toBeNull();
    expect(at(session, "D9")).toBeUndefined();
    expect(shown(emulator, "D9")).toBeNull();
  });

  it("Sitova's own writes (its report sheet, a fix) and a co-author's edits do not make results stale", async () => {
    const { emulator, session } = await sessionOn({
      options: { profile: { ...excelProfile("default"), coauthoring: true } },
    });
    await session.setWriteReport(true);
    await session.validate();
    await session.validate(); // rewrites the report sheet in place
    await session.fix(at(session, "A12")!);
    emulator.remoteEditCells("Enn2", "D9", [["Ei"]]);
    await emulator.settle();
    expect(session.getState().stale).toBeNull();
    emulator.editCells("Enn1", "B5", [["muokattu"]]);
    await emulator.settle();
    expect(session.getState().stale).toEqual({ sheets: ["Enn1"] });
  });

  it("after Poista korostukset, Tarkista highlights again, as its tooltip says", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    await session.clearHighlights();
    expect(shown(emulator, "H10")).toBeNull();
    expect(session.getState().highlights).toBe(true);
    await session.validate();
    expect(shown(emulator, "H10")).toBe(HIGHLIGHT_FILLS.error);
    // The pane's switch is how to check without highlights.
    await session.setHighlights(false);
    await session.validate();
    expect(shown(emulator, "H10")).toBeNull();
  });
});

describe("cell ↔ finding", () => {
  it("selecting a flagged cell selects its finding, with no sync; a quick run of selections settles on the last", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    const seen: (string | null)[] = [];
    session.subscribe((s) => seen.push(s.selectedFindingKey));
    emulator.resetStats();
    const d9 = findingKey(at(session, "D9")!);
    const done = untilState(session, (s) => s.selectedFindingKey === d9);
    emulator.selectCells("Enn2", "A12");
    emulator.selectCells("Enn2", "D9:E9");
    await done;
    expect(seen).toEqual([d9]);
    expect(emulator.stats.syncs).toBe(0);
    // A cell without a finding clears the selection.
    const cleared = untilState(session, (s) => s.selectedFindingKey === null);
    emulator.selectCells("Enn2", "B3");
    await cleared;
  });

  it("each finding names its goal (the goal cell's first line) and its column", async () => {
    const { session } = await sessionOn();
    await session.validate();
    const detail = session.getState().details[findingKey(at(session, "D9")!)];
    expect(detail).toMatchObject({ goal: "Toimitilojen käyttöä tehostetaan", column: "Palautusmittari" });
  });

  it("a row's finding selects the row and a sheet's finding activates the sheet", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    const base = at(session, "D9")!;
    const rowFinding: Finding = { ...base, cell: null, column: null, row: 4 };
    await session.goTo(rowFinding);
    expect(emulator.model.selection?.areas[0]).toMatchObject({ top: 4, bottom: 4, left: 1 });
    expect(session.getState().selectedFindingKey).toBe(findingKey(rowFinding));
    await session.goTo({ ...base, sheet: "Enn1", cell: null, column: null, row: null });
    expect(emulator.model.activeSheetId).toBe(emulator.sheet("Enn1").model.id);
  });
});

describe("quick fixes", () => {
  it("writes the suggested theme as text, the finding and its highlight go, and Peru writes the old value back", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    const finding = at(session, "A12")!;
    expect(session.getState().details[findingKey(finding)].fix).toEqual({
      from: "Uudistuvat palvelu",
      to: "Uudistuvat palvelut",
    });
    expect(shown(emulator, "A12")).toBe(HIGHLIGHT_FILLS.warning);
    await session.fix(finding);
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Uudistuvat palvelut");
    expect(at(session, "A12")).toBeUndefined();
    expect(shown(emulator, "A12")).toBeNull();
    expect(session.getState()).toMatchObject({ lastFix: { action: "fix", written: 1, changed: 0 } });
    await session.undoFix();
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Uudistuvat palvelu");
    expect(at(session, "A12")).toBeDefined();
    expect(session.getState()).toMatchObject({ undoableFix: null, lastFix: { action: "undo", written: 1 } });
  });

  it("Peru leaves a cell that changed since the fix, and says so", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    await session.fix(at(session, "A12")!);
    emulator.editCells("Enn2", "A12", [["Osallisuus"]]);
    await session.undoFix();
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Osallisuus");
    expect(session.getState().lastFix).toEqual({ action: "undo", written: 0, changed: 1 });
  });

  it("fixes all like this (same rule, same old value) in as many syncs as one", async () => {
    const { emulator, session } = await sessionOn();
    emulator.editCells("Enn2", "F12", [["toteutuu"]]);
    emulator.editCells("Enn2", "F6", [["toteutuu"]]);
    await session.validate();
    const f12 = at(session, "F12")!;
    expect(session.getState().details[findingKey(f12)].fix).toEqual({ from: "toteutuu", to: "Toteutuu" });
    expect(session.fixAllCount(f12)).toBe(2);
    emulator.resetStats();
    await session.fix(f12, true);
    const syncsForTwo = emulator.stats.syncs;
    expect(emulator.sheet("Enn2").values("F6:F6")).toEqual([["Toteutuu"]]);
    expect(emulator.sheet("Enn2").values("F12:F12")).toEqual([["Toteutuu"]]);
    await session.undoFix();
    emulator.resetStats();
    await session.fix(at(session, "F12")!);
    expect(emulator.stats.syncs).toBe(syncsForTwo);
  });

  it("a protected sheet refuses the fix before anything is written", async () => {
    const { emulator, session } = await sessionOn({ options: { protectedSheets: { Enn2: {} } } });
    await session.setHighlights(false);
    emulator.sheet("Enn2").model.protection.protected = false;
    await session.validate();
    emulator.sheet("Enn2").model.protection.protected = true;
    await session.fix(at(session, "A12")!);
    expect(session.getState().error).toMatch(/Välilehti on suojattu \(Enn2\)/);
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Uudistuvat palvelu");
  });

  it("a refused fix leaves no trace: the user's later edit of that cell still makes the results stale", async () => {
    const { emulator, session } = await sessionOn({ options: { protectedSheets: { Enn2: {} } } });
    await session.setHighlights(false);
    emulator.sheet("Enn2").model.protection.protected = false;
    await session.validate();
    emulator.sheet("Enn2").model.protection.protected = true;
    await session.fix(at(session, "A12")!);
    emulator.sheet("Enn2").model.protection.protected = false;
    emulator.editCells("Enn2", "A12", [["Uudistuvat palvelut"]]);
    await emulator.settle();
    expect(session.getState().stale).toEqual({ sheets: ["Enn2"] });
  });
});

describe("ignored findings", () => {
  it("an ignored finding stops counting and loses its highlight, for every reviewer, and can be restored", async () => {
    const { emulator, session } = await sessionOn();
    await session.setWriteReport(true);
    await session.validate();
    await session.ignore(at(session, "D9")!, "  Sovittu   palaverissa ");
    const state = session.getState();
    expect(state.report!.stats.errors).toBe(5);
    expect(at(session, "D9")).toBeUndefined();
    expect(state.ignored.map((i) => [i.finding.cell, i.record.reason])).toEqual([
      ["D9", "Sovittu palaverissa"],
    ]);
    expect(shown(emulator, "D9")).toBeNull();
    expect(savedState(emulator).ignored).toHaveLength(1);

    const other = sessionAgain(emulator);
    await other.validate();
    expect(other.getState().report!.stats.errors).toBe(5);
    expect(other.getState().ignored).toHaveLength(1);
    // The report sheet lists it as ignored, with the reason.
    const rows = emulator.sheet("Tarkistus").values("A5:G12");
    expect(rows.find((r) => r[4] === "D9")?.[6]).toBe("Ohitettu: Sovittu palaverissa");
    expect(emulator.sheet("Tarkistus").values("A2:A2")[0][0]).toMatch(
      /5 virhettä, 2 varoitusta, 0 huomiota; 1 havainto ohitettu$/,
    );

    await other.restoreIgnored(other.getState().ignored[0].record);
    expect(other.getState().report!.stats.errors).toBe(6);
    expect(shown(emulator, "D9")).toBe(HIGHLIGHT_FILLS.error);
    expect(savedState(emulator).ignored).toBeUndefined();
  });

  it("an edited cell is checked again: the ignore holds for the value it was given for", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    await session.ignore(at(session, "D9")!);
    emulator.editCells("Enn2", "D9", [["Ehkäpä"]]);
    await session.validate();
    expect(at(session, "D9")).toBeDefined();
  });
});

describe("the report sheet only when wanted", () => {
  it("is never written for a workbook without goal tables, even when asked", async () => {
    const { emulator, session } = await sessionOn({ file: NO_TABLE });
    await session.setWriteReport(true);
    await session.validate();
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
    expect(await session.writeReportSheetNow()).toBeNull();
    expect(session.getState().reportSheet).toEqual({ noTables: true });
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
  });

  it("is written on request with the setting off", async () => {
    const { emulator, session } = await sessionOn({ lang: "sv" });
    await session.validate();
    expect(emulator.sheetNames()).not.toContain("Granskning");
    expect(await session.writeReportSheetNow()).toBe("Granskning");
    expect(emulator.sheet("Granskning").values("B5:C5")).toEqual([
      ["Riskkommentar saknas", "missing-risk-comment"],
    ]);
  });
});

describe("progress and cancel", () => {
  it("counts sheets and rows read during a long read", async () => {
    const emulator = createEmulator(flaggedGoalWorkbook(4_000));
    const session = new Session(hostOf(emulator), "fi", () => NOW);
    const seen: { sheetsRead: number; sheets: number; rowsRead: number }[] = [];
    session.subscribe((s) => {
      if (s.readProgress) seen.push(s.readProgress);
    });
    await session.validate();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0].rowsRead).toBeLessThan(seen[seen.length - 1].rowsRead);
    expect(seen[seen.length - 1]).toMatchObject({ sheets: 1, sheetsRead: 1 });
    expect(session.getState().readProgress).toBeNull();
  });

  it("Peruuta leaves the workbook and the results as they were", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    const report = session.getState().report;
    emulator.editCells("Enn2", "D9", [["Ei"]]);
    const formats = emulator.conditionalFormats("Enn2");
    const stop = session.subscribe((s) => {
      if (s.phase === "reading") session.cancel();
    });
    expect(await session.validate()).toBeNull();
    stop();
    expect(session.getState()).toMatchObject({
      cancelled: true,
      cancelling: false,
      phase: "done",
      error: null,
    });
    expect(session.getState().report).toBe(report);
    expect(emulator.conditionalFormats("Enn2")).toEqual(formats);
  });

  it("a first check cancelled writes nothing at all", async () => {
    const { emulator, session } = await sessionOn();
    await session.setWriteReport(true);
    const stop = session.subscribe((s) => {
      if (s.phase === "reading") session.cancel();
    });
    await session.validate();
    stop();
    expect(session.getState()).toMatchObject({ cancelled: true, phase: "idle", report: null });
    expect(emulator.conditionalFormats("Enn2").filter((f) => isSitovaRule(f.formula))).toEqual([]);
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
  });
});
