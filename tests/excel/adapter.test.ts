import * as path from "path";
import { validateWorkbook } from "../../src/domain";
import type { Finding, WorkbookSnapshot } from "../../src/domain";
import { createEmulator } from "../../src/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { clearHighlights, HIGHLIGHT_FILLS, syncHighlights } from "../../src/excel/highlights";
import { writeReportSheet } from "../../src/excel/reportSheet";
import { goToCell } from "../../src/excel/navigate";
import { FIXTURES, NO_TABLE, SAMPLE, VALID } from "../support/paths";
import { hostOf } from "../support/session";

const findingKeys = (findings: Finding[]) =>
  findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`);

describe("reading the open workbook", () => {
  it.each([SAMPLE, VALID, NO_TABLE, path.join(FIXTURES, "adapter-shapes.xlsx")])(
    "%s: the add-in finds exactly what the command line finds",
    async (file) => {
      const emulator = await loadEmulatorFromXlsx(file);
      const fromExcel = validateWorkbook(await readWorkbookSnapshot(hostOf(emulator)));
      const fromFile = validateWorkbook(await readWorkbookFile(file));
      expect(findingKeys(fromExcel.findings)).toEqual(findingKeys(fromFile.findings));
      expect(fromExcel.tables).toEqual(fromFile.tables);
    },
  );
});

import { goalRow, goalSheet, workbook } from "../domain/builders";

function goalWorkbook(rows: number): WorkbookSnapshot {
  return workbook(
    goalSheet(
      "Enn2",
      Array.from({ length: rows }, (_, i) => goalRow(i % 10 === 0 ? { recovery: "Ehkä" } : {})),
    ),
  );
}

describe("bounded syncs", () => {
  it("reads 100, 1 000 and 10 000 rows in 2 syncs plus one per 10 000-cell chunk", async () => {
    const syncs: number[] = [];
    for (const rows of [100, 1000, 10000]) {
      const emulator = createEmulator(goalWorkbook(rows));
      await readWorkbookSnapshot(hostOf(emulator));
      syncs.push(emulator.stats.syncs);
      expect(emulator.stats.maxResponseBytes).toBeLessThan(5_000_000);
    }
    // 9 columns: 100 and 1 000 rows fit one chunk, 10 003 rows take ceil(90 027 / 9 999) = 10 chunks.
    expect(syncs[0]).toBe(syncs[1]);
    expect(syncs[2] - syncs[1]).toBe(9);
  });

  it("highlights and clears 1 000 flagged cells in a handful of syncs", async () => {
    const emulator = createEmulator(goalWorkbook(10000));
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    expect(report.findings.length).toBe(1000);
    emulator.resetStats();
    await syncHighlights(host, report.findings);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(6);
    emulator.resetStats();
    await clearHighlights(host);
    expect(emulator.stats.syncs).toBeLessThanOrEqual(6);
  });
});

describe("highlights", () => {
  it("paints by severity and clearing restores every cell's format exactly", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      fills: { Enn2: { G6: "#00FF00", D9: "#123456" } },
    });
    const host = hostOf(emulator);
    const before = emulator.snapshotFormats();
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await syncHighlights(host, report.findings);
    expect(emulator.sheet("Enn2").cell("G6").fill).toBe(HIGHLIGHT_FILLS.warning);
    expect(emulator.sheet("Enn2").cell("D9").fill).toBe(HIGHLIGHT_FILLS.error);
    expect(emulator.snapshotFormats()).not.toEqual(before);
    await clearHighlights(host);
    expect(emulator.snapshotFormats()).toEqual(before);
  });

  it("re-validation repaints without losing the original fills, and restores cells no longer flagged", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { fills: { Enn2: { D9: "#123456" } } });
    const host = hostOf(emulator);
    const before = emulator.snapshotFormats();
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await syncHighlights(host, report.findings);
    await syncHighlights(host, report.findings);
    await syncHighlights(
      host,
      report.findings.filter((f) => f.cell !== "D9"),
    );
    expect(emulator.sheet("Enn2").cell("D9").fill).toBe("#123456");
    await clearHighlights(host);
    expect(emulator.snapshotFormats()).toEqual(before);
  });

  it("remembers the original fills in the workbook, so a later session can clear them", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const before = emulator.snapshotFormats();
    const report = validateWorkbook(await readWorkbookSnapshot(hostOf(emulator)));
    await syncHighlights(hostOf(emulator), report.findings);
    // A fresh host with no memory of the first: everything it knows comes from the workbook.
    await clearHighlights(hostOf(emulator));
    expect(emulator.snapshotFormats()).toEqual(before);
  });

  it("keeps a fill the user changed after Sitova painted it", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await syncHighlights(host, report.findings);
    emulator.sheet("Enn2").setCell("D9", { fill: "#0000FF" });
    await clearHighlights(host);
    expect(emulator.sheet("Enn2").cell("D9").fill).toBe("#0000FF");
  });

  it("writes nothing on a protected sheet and says which sheet", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { protectedSheets: { Enn2: {} } });
    const host = hostOf(emulator);
    const before = emulator.snapshotFormats();
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await expect(syncHighlights(host, report.findings)).rejects.toMatchObject({
      code: "protected-sheet",
      subjects: ["Enn2"],
    });
    expect(emulator.snapshotFormats()).toEqual(before);
  });
});

describe("report sheet", () => {
  it("lists every finding with a link to its cell, and a refresh rewrites it in place", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    const name = await writeReportSheet(host, report, "fi", "1.1.2026");
    expect(name).toBe("Tarkistus");
    const sheet = emulator.sheet("Tarkistus");
    expect(sheet.values("A4:E4")).toEqual([["Vakavuus", "Sääntö", "Välilehti", "Solu", "Viesti"]]);
    expect(sheet.values("A5:D5")).toEqual([["varoitus", "missing-risk-comment", "Enn2", "G6"]]);
    expect(sheet.cell("D5").hyperlink).toMatchObject({ documentReference: "'Enn2'!G6" });
    expect(sheet.values("A2:A2")).toEqual([["Tarkistettu 1.1.2026: 6 virhettä, 2 varoitusta, 0 huomiota"]]);
    const first = emulator.snapshotFormats();
    const firstValues = sheet.values("A1:E20");
    await writeReportSheet(host, report, "fi", "1.1.2026");
    expect(emulator.sheetNames().filter((n) => n.startsWith("Tarkistus"))).toEqual(["Tarkistus"]);
    expect(sheet.values("A1:E20")).toEqual(firstValues);
    expect(emulator.snapshotFormats()).toEqual(first);
  });

  it("leaves a user's sheet of the same name alone and picks another name", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    emulator.addSheet("Tarkistus");
    emulator.sheet("Tarkistus").setCell("A1", { value: "Oma muistiinpano" });
    const host = hostOf(emulator);
    const name = await writeReportSheet(
      host,
      validateWorkbook(await readWorkbookSnapshot(host)),
      "fi",
      "1.1.2026",
    );
    expect(name).toBe("Tarkistus (Sitova)");
    expect(emulator.sheet("Tarkistus").cell("A1").value).toBe("Oma muistiinpano");
  });

  it("writes text that looks like a formula as text", async () => {
    const snapshot = goalWorkbook(1);
    snapshot.sheets[0].name = '=HYPERLINK("http://x","y")';
    const emulator = createEmulator(snapshot);
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await writeReportSheet(host, report, "en", "now");
    const sheet = emulator.sheet("Check");
    expect(sheet.cell("C5").value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.cell("C5").formula).toBeNull();
  });

  it('counts in the singular for one ("1 virhe", not "1 virhettä")', async () => {
    const emulator = createEmulator(goalWorkbook(1));
    const host = hostOf(emulator);
    await writeReportSheet(host, validateWorkbook(await readWorkbookSnapshot(host)), "fi", "nyt");
    expect(emulator.sheet("Tarkistus").values("A2:A2")).toEqual([
      ["Tarkistettu nyt: 1 virhe, 0 varoitusta, 0 huomiota"],
    ]);
  });

  it("writes nothing when the workbook structure is protected", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { workbookProtected: true });
    const host = hostOf(emulator);
    const names = emulator.sheetNames();
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await expect(writeReportSheet(host, report, "fi", "now")).rejects.toMatchObject({
      code: "protected-workbook",
    });
    expect(emulator.sheetNames()).toEqual(names);
  });
});

describe("go to a finding", () => {
  it("activates the sheet and selects the cell", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    await goToCell(hostOf(emulator), "Enn2", "H10");
    const model = emulator.model;
    expect(model.selection?.areas).toEqual([{ top: 10, left: 8, bottom: 10, right: 8 }]);
    expect(model.activeSheetId).toBe(emulator.sheet("Enn2").model.id);
  });
});

describe("the 5 MB limit of Excel on the web", () => {
  it("reads sheets of long texts by splitting chunks that come back too large", async () => {
    const longComment = `Riskit: ${"pitkä selitys ".repeat(80)}`;
    const snapshot = workbook(
      goalSheet(
        "Enn2",
        Array.from({ length: 300 }, () => goalRow({ comments: longComment })),
      ),
    );
    const emulator = createEmulator(snapshot, { payloadLimitBytes: 100_000 });
    const read = await readWorkbookSnapshot(hostOf(emulator));
    expect(validateWorkbook(read).findings).toEqual(validateWorkbook(snapshot).findings);
    expect(emulator.stats.failedSyncs).toBeGreaterThan(0);
    expect(emulator.stats.perSync.filter((s) => !s.error).every((s) => s.responseBytes <= 100_000)).toBe(
      true,
    );
  });
});
