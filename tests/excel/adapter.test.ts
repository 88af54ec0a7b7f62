import * as path from "path";
import { validateWorkbook } from "../../src/domain";
import type { Finding } from "../../src/domain";
import { createEmulator, excelProfile } from "../../src/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { MAX_HYPERLINKS, writeReportSheet } from "../../src/excel/reportSheet";
import { goToCell } from "../../src/excel/navigate";
import { flaggedGoalWorkbook, goalRow, goalSheet, workbook } from "../domain/builders";
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

describe("bounded reads", () => {
  it("reads 100, 1 000 and 10 000 rows in 2 syncs plus one per 20 000 cells", async () => {
    const syncs: number[] = [];
    for (const rows of [100, 1000, 10000]) {
      const emulator = createEmulator(flaggedGoalWorkbook(rows));
      await readWorkbookSnapshot(hostOf(emulator));
      syncs.push(emulator.stats.syncs);
      expect(emulator.stats.maxResponseBytes).toBeLessThan(5_000_000);
    }
    // 9 columns: 100 and 1 000 rows fit one sync, 10 003 rows take ceil(90 027 / 19 998) = 5.
    expect(syncs[0]).toBe(3);
    expect(syncs[1]).toBe(3);
    expect(syncs[2]).toBe(7);
  });

  it.each([
    ["column XFD", "XFD3"],
    ["row 1 048 576", "B1048576"],
    ["both corners", "XFD1048576"],
  ])("a stray value in %s neither crawls nor asks for millions of empty cells", async (_, cell) => {
    const snapshot = flaggedGoalWorkbook(1000);
    const emulator = createEmulator(snapshot);
    emulator.sheet("Enn2").setCell(cell, { value: "x" });
    const read = await readWorkbookSnapshot(hostOf(emulator));
    // Two layout syncs, the header rows of a wide sheet, then the table's rows until two blank rows.
    expect(emulator.stats.syncs).toBeLessThanOrEqual(4);
    expect(emulator.stats.maxResponseBytes).toBeLessThan(5_000_000);
    // The stray value is in no goal table: the findings are those of the workbook without it.
    expect(validateWorkbook(read)).toEqual(validateWorkbook(snapshot));
  });

  it("never reads Sitova's own sheets", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    await writeReportSheet(host, validateWorkbook(await readWorkbookSnapshot(host)), "fi", "now");
    const read = await readWorkbookSnapshot(host);
    expect(read.sheets.map((s) => s.name)).not.toContain("Tarkistus");
  });
});

describe("report sheet", () => {
  it("lists every finding by rule name (its id in a narrow column) with a link to its cell, and a refresh rewrites it in place", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    const name = await writeReportSheet(host, report, "fi", "1.1.2026");
    expect(name).toBe("Tarkistus");
    const sheet = emulator.sheet("Tarkistus");
    expect(sheet.values("A4:G4")).toEqual([
      ["Vakavuus", "Sääntö", "Tunniste", "Välilehti", "Solu", "Viesti", "Ohitettu"],
    ]);
    expect(sheet.values("A5:E5")).toEqual([
      ["varoitus", "Riskikommentti puuttuu", "missing-risk-comment", "Enn2", "G6"],
    ]);
    expect(sheet.cell("E5").hyperlink).toMatchObject({ documentReference: "'Enn2'!G6" });
    // The id column is narrow beside the name's.
    expect(sheet.model.columnWidths.get(3)).toBeLessThan(sheet.model.columnWidths.get(2)!);
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
    const snapshot = flaggedGoalWorkbook(1);
    snapshot.sheets[0].name = '=HYPERLINK("http://x","y")';
    const emulator = createEmulator(snapshot);
    const host = hostOf(emulator);
    const report = validateWorkbook(await readWorkbookSnapshot(host));
    await writeReportSheet(host, report, "en", "now");
    const sheet = emulator.sheet("Check");
    expect(sheet.cell("D5").value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.cell("D5").formula).toBeNull();
  });

  it('counts in the singular for one ("1 virhe", not "1 virhettä")', async () => {
    const emulator = createEmulator(flaggedGoalWorkbook(1));
    const host = hostOf(emulator);
    await writeReportSheet(host, validateWorkbook(await readWorkbookSnapshot(host)), "fi", "nyt");
    expect(emulator.sheet("Tarkistus").values("A2:A2")).toEqual([
      ["Tarkistettu nyt: 1 virhe, 0 varoitusta, 0 huomiota"],
    ]);
  });

  it("links no more findings than Excel allows hyperlinks per sheet, and lists the rest as text", async () => {
    // Excel's limit is 65 530 (MAX_HYPERLINKS); the same cap at 10, on an Excel that refuses an 11th link.
    const emulator = createEmulator(flaggedGoalWorkbook(1), {
      profile: { ...excelProfile("default"), hyperlinksPerSheet: 10 },
    });
    const finding = validateWorkbook(flaggedGoalWorkbook(10)).findings[0];
    const findings = Array.from({ length: 15 }, (_, i) => ({ ...finding, cell: `D${i + 5}` }));
    const report = { ...validateWorkbook(flaggedGoalWorkbook(1)), findings };
    await writeReportSheet(hostOf(emulator), report, "fi", "now", 10);
    const sheet = emulator.sheet("Tarkistus");
    expect(sheet.cell("E14").hyperlink).toMatchObject({ textToDisplay: "D14" });
    expect(sheet.cell("E15").hyperlink ?? null).toBeNull();
    expect(sheet.cell("E19").value).toBe("D19");
    expect(MAX_HYPERLINKS).toBe(65_530);
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
