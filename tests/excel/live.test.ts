import { validateWorkbook } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { startLiveValidation } from "../../src/excel/live";
import { syncHighlights } from "../../src/excel/highlights";
import { writeReportSheet } from "../../src/excel/reportSheet";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds (polling), so that a slow machine does not fail the test. */
async function until(done: () => boolean, timeoutMs = 3000): Promise<void> {
  for (const start = Date.now(); !done(); await wait(10)) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
  }
}

describe("live validation", () => {
  it("re-reads only the edited sheet after the edits settle, and stops cleanly", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    let snapshot: WorkbookSnapshot = await readWorkbookSnapshot(host);
    const updates: WorkbookSnapshot[] = [];
    const errors: unknown[] = [];
    const live = await startLiveValidation(
      host,
      () => snapshot,
      (s) => updates.push((snapshot = s)),
      (e) => errors.push(e),
      20,
    );
    expect(emulator.handlerCount).toBe(1);

    emulator.editCells("Enn2", "D9", [["Ei"]]); // fixes invalid-value
    emulator.editCells("Enn2", "G5", [[""]]); // a new missing comment
    await emulator.settle();
    expect(updates).toHaveLength(0); // debounced: nothing yet
    emulator.resetStats();
    await until(() => updates.length > 0);
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
    await wait(60);
    expect(updates).toHaveLength(1);
  });

  it("is not triggered by Sitova's own writes (highlights, report sheet)", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const snapshot = await readWorkbookSnapshot(host);
    let updates = 0;
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
    await wait(40);
    expect(updates).toBe(0);
    await live.stop();
  });
});
