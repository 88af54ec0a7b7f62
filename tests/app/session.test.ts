import { findingMessage } from "../../src/domain";
import type { SessionState } from "../../src/app/session";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlights";
import type { EmulatedExcel, EmulatorOptions } from "../../src/emulator/emulator";
import { NOW, sessionAgain, sessionOn as openSession } from "../support/session";

/** The fill a cell shows: Sitova's highlight (a conditional format) over the cell's own fill. */
const shown = (emulator: EmulatedExcel, cell: string) => emulator.displayedFills("Enn2", cell)[cell];

async function sessionOn(options: EmulatorOptions = {}) {
  const { emulator, session } = await openSession({ options });
  const phases: SessionState["phase"][] = [];
  session.subscribe((state) => phases.push(state.phase));
  return { emulator, session, phases };
}

describe("the shared session", () => {
  it("validates, marks the cells and reports its phases, and writes no report sheet unless asked", async () => {
    const { emulator, session, phases } = await sessionOn();
    const report = await session.validate();
    expect(report?.stats).toEqual({ errors: 6, warnings: 2, infos: 0 });
    expect(phases.filter((p, i) => p !== phases[i - 1])).toEqual(["reading", "checking", "marking", "done"]);
    expect(session.getState()).toMatchObject({ error: null, checkedAt: NOW, writeReport: false });
    expect(shown(emulator, "H10")).toBe(HIGHLIGHT_FILLS.error);
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
  });

  it("writes the report sheet with every check once the setting is on, saved with the workbook", async () => {
    const { emulator, session } = await sessionOn();
    await session.setWriteReport(true);
    await session.validate();
    expect(emulator.sheetNames()).toContain("Tarkistus");
    const again = sessionAgain(emulator);
    await again.init();
    expect(again.getState().writeReport).toBe(true);
  });

  it("tells the user in their language what is protected, and writes nothing", async () => {
    const { emulator, session } = await sessionOn({ protectedSheets: { Enn2: {} } });
    const before = emulator.snapshotFormats();
    await session.validate();
    expect(session.getState().error).toMatch(/Välilehti on suojattu \(Enn2\).*Mitään ei muutettu/);
    expect(emulator.snapshotFormats()).toEqual(before);
    expect(emulator.sheetNames()).not.toContain("Tarkistus");
  });

  it("switches highlights off and on, and the language of the findings", async () => {
    const { emulator, session } = await sessionOn({ fills: {} });
    await session.validate();
    await session.setHighlights(false);
    expect(shown(emulator, "H10")).toBeNull();
    await session.setHighlights(true);
    expect(shown(emulator, "H10")).toBe(HIGHLIGHT_FILLS.error);
    const report = session.getState().report!;
    session.setLang("sv");
    // The findings are rendered again in Swedish; the workbook is neither read nor validated again.
    expect(session.getState().report).toBe(report);
    expect(findingMessage(report.findings[0], session.getState().lang)).toMatch(/Kommentaren saknas/);
  });

  it("goes to a finding's cell", async () => {
    const { emulator, session } = await sessionOn();
    const report = await session.validate();
    await session.goTo(report!.findings[2]);
    expect(emulator.model.selection?.areas).toEqual([{ top: 9, left: 4, bottom: 9, right: 4 }]);
  });

  it("turns live validation on and off", async () => {
    const { emulator, session } = await sessionOn();
    await session.setLive(true);
    expect(session.getState().live).toBe(true);
    // Live validation's change handler and the selection's; no stale marker while live re-checks.
    expect(emulator.handlerCount).toBe(2);
    await session.setLive(false);
    // The selection's, and the stale marker instead of live validation.
    expect(emulator.handlerCount).toBe(2);
    emulator.editCells("Enn2", "D9", [["Ei"]]);
    await emulator.settle();
    expect(session.getState().stale).toEqual({ sheets: ["Enn2"] });
  });

  it("re-checks an edit while live (without rewriting the report sheet) in at most 3 syncs", async () => {
    const { emulator, session } = await sessionOn();
    await session.setWriteReport(true);
    await session.validate();
    await session.setLive(true);
    const report = emulator.sheet("Tarkistus").values("A1:E20");
    const updated = new Promise<void>((resolve) =>
      session.subscribe((state) => {
        if (state.report && !state.report.findings.some((f) => f.cell === "D9")) resolve();
      }),
    );
    emulator.resetStats();
    emulator.editCells("Enn2", "D9", [["Ei"]]); // fixes invalid-value
    await updated;
    expect(emulator.stats.syncs).toBeLessThanOrEqual(3);
    expect(shown(emulator, "D9")).toBeNull();
    expect(emulator.sheet("Tarkistus").values("A1:E20")).toEqual(report);
    await session.setLive(false);
  });
});
