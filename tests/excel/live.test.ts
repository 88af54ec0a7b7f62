import { validateWorkbook } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { startLiveValidation } from "../../src/excel/live";
import { syncHighlights } from "../../src/excel/highlights";
import { writeReportSheet } from "../../src/excel/reportSheet";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

/**
 * The debounce runs on jest's fake timers, so that "nothing happened" is a fact (no timer is pending) rather
 * than a guess after a fixed wait. They start after the workbook is loaded: ExcelJS reads with real I/O.
 */
afterEach(() => jest.useRealTimers());

describe("live validation", () => {
  it("re-reads only the edited sheet after the edits settle, and stops cleanly", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    let snapshot: WorkbookSnapshot = await readWorkbookSnapshot(host);
    const updates: WorkbookSnapshot[] = [];
    const errors: unknown[] = [];
    let updated: () => void = () => undefined;
    const firstUpdate = new Promise<void>((resolve) => (updated = resolve));
    jest.useFakeTimers();
    const live = await startLiveValidation(
      host,
      () => snapshot,
      (s) => {
        updates.push((snapshot = s));
        updated();
      },
      (e) => errors.push(e),
      20,
    );
    expect(emulator.handlerCount).toBe(1);

    emulator.editCells("Enn2", "D9", [["Ei"]]); // fixes invalid-value
    emulator.editCells("Enn2", "G5", [[""]]); // a new missing comment
    await emulator.settle();
    expect(updates).toHaveLength(0); // debounced: nothing yet, one timer for both edits
    expect(jest.getTimerCount()).toBe(1);
    emulator.resetStats();
    jest.runOnlyPendingTimers();
    await firstUpdate;
    expect(updates).toHaveLength(1);
    // One sheet read: the name look-up, then 2 syncs plus one chunk.
    expect(emulator.stats.syncs).toBeLessThanOrEqual(4);
    const rules = validateWorkbook(snapshot).findings.map((f) => `${f.cell} ${f.rule}`);
    expect(rules).not.toContain("D9 invalid-value");
    expect(rules).toContain("G5 missing-risk-comment");
    expect(errors).toEqual([]);

    await live.stop();
    expect(emulator.handlerCount).toBe(0);
    emulator.editCells("Enn2", "D9", [["Ehkä"]]);
    await emulator.settle();
    expect(jest.getTimerCount()).toBe(0); // no handler, so no refresh is even scheduled
    expect(updates).toHaveLength(1);
  });

  it("is not triggered by Sitova's own writes (highlights, report sheet)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const snapshot = await readWorkbookSnapshot(host);
    let updates = 0;
    jest.useFakeTimers();
    const live = await startLiveValidation(
      host,
      () => snapshot,
      () => updates++,
      () => undefined,
      10,
    );
    const report = validateWorkbook(snapshot);
    await syncHighlights(host, report.findings);
    await writeReportSheet(host, report, "fi", "now");
    await emulator.settle();
    expect(jest.getTimerCount()).toBe(0); // no refresh scheduled: events were off during the writes
    expect(updates).toBe(0);
    await live.stop();
  });
});
