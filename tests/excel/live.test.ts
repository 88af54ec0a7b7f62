/**
 * Live validation: change events collected and debounced (fake timers for the debounce only; the
 * emulator's sync delay under fi-desktop is a setImmediate and keeps running), and the re-check that
 * reads only the edited cells.
 */
import { validateWorkbook } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain";
import { excelProfile } from "../../src/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import type { SheetChange } from "../../src/excel/live";
import { runLiveCheck, startLiveValidation } from "../../src/excel/live";
import { runCheck } from "../../src/excel/check";
import type { CheckOutcome } from "../../src/excel/check";
import { HIGHLIGHT_FILLS, highlightAreas, highlightTargets } from "../../src/excel/highlights";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const validate = (snapshot: WorkbookSnapshot) => validateWorkbook(snapshot);
const keys = (snapshot: WorkbookSnapshot) => validate(snapshot).findings.map((f) => `${f.cell} ${f.rule}`);

async function checked(emulator: EmulatedExcel): Promise<CheckOutcome> {
  return runCheck(hostOf(emulator), {
    validate,
    highlights: true,
    report: { lang: "fi", checkedAt: () => "now" },
  });
}

/** The live re-check after a check (`first`) and the user's edits of `addresses` on one sheet. */
function recheck(emulator: EmulatedExcel, first: CheckOutcome, sheetId: string, addresses: string[]) {
  return runLiveCheck(hostOf(emulator), {
    previous: first.snapshot,
    previousFindings: first.report.findings,
    // A copy: the re-check's memory is its own, as the session keeps it.
    memory: { ...first.memory, sheetIds: { ...first.memory.sheetIds } },
    changes: [{ sheetId, addresses, structural: false }],
    validate,
    highlights: true,
    mergedAreas: true,
  });
}

describe("collecting change events", () => {
  afterEach(() => jest.useRealTimers());

  it("reports the edits of each sheet once they settle, and nothing after stop", async () => {
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const calls: SheetChange[][] = [];
    const live = await startLiveValidation(hostOf(emulator), (c) => calls.push(c), 300);
    expect(emulator.handlerCount).toBe(1);
    emulator.editCells("Enn2", "D9", [["Ei"]]);
    emulator.editCells("Enn2", "G5", [[""]]);
    await emulator.settle();
    expect(calls).toEqual([]); // debounced
    jest.advanceTimersByTime(300);
    const id = emulator.sheet("Enn2").model.id;
    expect(calls).toEqual([[{ sheetId: id, addresses: ["D9", "G5"], structural: false }]]);

    await live.stop();
    expect(emulator.handlerCount).toBe(0);
    emulator.editCells("Enn2", "D9", [["Ehkä"]]);
    await emulator.settle();
    jest.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
  });

  it("ignores co-authors' edits (source Remote): their own Sitova re-checks them", async () => {
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), coauthoring: true },
    });
    const calls: SheetChange[][] = [];
    const live = await startLiveValidation(hostOf(emulator), (c) => calls.push(c), 10);
    emulator.remoteEditCells("Enn2", "D9", [["Ei"]]);
    await emulator.settle();
    jest.advanceTimersByTime(10);
    expect(calls).toEqual([]);
    await live.stop();
  });
});

describe("the live re-check", () => {
  it("reads only the edited cells and repaints in at most 3 syncs", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await checked(emulator);
    const formatsBefore = emulator.conditionalFormats("Enn2");
    emulator.editCells("Enn2", "D9", [["Ei"]]); // fixes invalid-value
    emulator.editCells("Enn2", "G5", [[""]]); // a new missing comment
    emulator.resetStats();
    const id = emulator.sheet("Enn2").model.id;
    const outcome = await recheck(emulator, first, id, ["D9", "G5"]);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(3);
    // Exactly what reading the whole workbook again finds.
    expect(keys(outcome!.snapshot)).toEqual(keys(emulator.toSnapshot()));
    expect(keys(outcome!.snapshot)).toContain("G5 missing-risk-comment");
    expect(keys(outcome!.snapshot)).not.toContain("D9 invalid-value");
    expect(emulator.displayedFills("Enn2", "D9").D9).toBeNull();
    const g5 = outcome!.report!.findings.find((f) => f.cell === "G5")!;
    expect(emulator.displayedFills("Enn2", "G5").G5).toBe(HIGHLIGHT_FILLS[g5.severity]);
    // Exactly the rectangles of the new findings, and only the formats that differ were changed (D9's
    // went; G5 joins G6's run): the others are the very same formats.
    const after = emulator.conditionalFormats("Enn2");
    const wanted = highlightAreas(highlightTargets(outcome!.report!.findings).get("Enn2")!);
    expect(after.map((f) => `${f.ranges.join()} ${f.fill}`).sort()).toEqual(
      wanted.map((a) => `${a.address} ${HIGHLIGHT_FILLS[a.severity]}`).sort(),
    );
    const kept = after.filter((f) => formatsBefore.some((b) => b.id === f.id));
    expect(kept.length).toBe(formatsBefore.length - 2);
  });

  it("writes nothing when no flagged cell changed (a change event without a new value)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await checked(emulator);
    const formats = emulator.conditionalFormats("Enn2");
    emulator.resetStats();
    const outcome = await recheck(emulator, first, emulator.sheet("Enn2").model.id, ["D9:H10"]);
    expect(outcome!.report!.findings).toEqual(first.report.findings);
    expect(emulator.stats.syncs).toBe(1);
    expect(emulator.conditionalFormats("Enn2")).toEqual(formats);
  });

  it("reads an edited sheet whole when its shape changed (a new row below the table)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await checked(emulator);
    const { bottom } = emulator.sheet("Enn2").model.usedArea(true)!;
    emulator.editCells("Enn2", `A${bottom + 1}`, [["Uusi rivi"]]);
    const id = emulator.sheet("Enn2").model.id;
    const outcome = await recheck(emulator, first, id, [`A${bottom + 1}`]);
    expect(keys(outcome!.snapshot)).toEqual(keys(emulator.toSnapshot()));
  });

  it("a change on Sitova's own (tagged) sheet is no re-check: one sync, nothing written", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await checked(emulator);
    const formats = emulator.conditionalFormats("Enn2");
    emulator.resetStats();
    const outcome = await recheck(emulator, first, emulator.sheet("Tarkistus").model.id, ["A5:E90"]);
    expect(outcome!.report).toBeNull();
    expect(emulator.stats.syncs).toBe(1);
    expect(emulator.conditionalFormats("Enn2")).toEqual(formats);
  });

  it("re-checks a user's sheet that took the deleted report sheet's id (Excel for Mac)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), reuseSheetIds: true },
    });
    const first = await checked(emulator);
    const reportId = emulator.sheet("Tarkistus").model.id;
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Tarkistus").delete();
      await context.sync();
      context.workbook.worksheets.add("Enn3");
      await context.sync();
    });
    expect(emulator.sheet("Enn3").model.id).toBe(reportId);
    emulator.editCells("Enn3", "A1:B1", [["Sitova toiminnan tavoite", "Ennuste 3/2021"]]);
    const outcome = await recheck(emulator, first, reportId, ["A1:B1"]);
    expect(outcome!.snapshot.sheets.map((s) => s.name)).toContain("Enn3");
    expect(outcome!.memory.ownSheetIds).not.toContain(reportId);
  });

  it("gives up (for a whole re-check) when a sheet it knew was deleted", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const first = await checked(emulator);
    const id = emulator.sheet("Enn2").model.id;
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn1").delete();
      await context.sync();
    });
    const outcome = await recheck(emulator, first, id, ["D9"]);
    expect(outcome).toBeNull();
  });
});
