/**
 * The add-in's summary sheet on the emulator. Expected values are worked out by hand from
 * tests/fixtures/make_public.py (kuva-2021-sample.xlsx), not by the code under test:
 *
 * - Enn1 (round 1 only, rows 5–12): 8 goals, Toteutuu 7, Ei toteudu 1 (B8, 70 %); no previous round: 8 new.
 * - Enn2 (rounds 1 and 2, latest 2, rows 5–12): 8 goals; latest Toteutuu 6, Ei toteudu 1 (B7), missing 1
 *   (row 12). Changes 1 → 2: Toteutuu→Toteutuu 4 (rows 5, 6, 9, 10), Toteutuu→Ei toteudu 1 (row 7),
 *   Ei toteudu→Toteutuu 2 (rows 8, 11), Ei toteudu→Ei toteudu 0, new 0, unknown 1 (row 12: Toteutuu → empty).
 *   Themes in order of first appearance: Maailman toimivin kaupunki 2 met (rows 5, 10); Kestävän kasvun …
 *   2 met (6, 11); Uudistuvat palvelut 1 met, 1 not (8, 7); Vastuullinen taloudenpito … 1 met (9); the
 *   misspelt "Uudistuvat palvelu" 1 missing (12).
 *   At risk: B7 "Museoiden saavutettavuus paranee" (Ei toteudu, 60 %) and B10 "Kulttuuriavustusten hakeminen
 *   sujuvoituu" (Toteutuu, 80 %).
 * - The latest round of 2021 is round 2: Enn2 alone. Findings: 6 errors, 2 warnings, 0 infos.
 */
import type { WorkbookSnapshot, WorkbookSummary } from "../../src/domain";
import { summarizeWorkbook, validateWorkbook } from "../../src/domain";
import { cellRect, chartViews, createEmulator } from "../../src/emulator";
import type { ChartView, EmulatedExcel } from "../../src/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { CellArea } from "../../src/emulator/address";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { insertSummarySheet } from "../../src/excel/summarySheet";
import { goalRow, goalSheet, T1, T3, workbook } from "../domain/builders";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const SOURCE_SHEETS = ["Ohjeet", "Enn1", "Enn2"];
const T2 = "Kestävän kasvun turvaaminen on kaupungin keskeisin tehtävä";
const T4 = "Vastuullinen taloudenpito hyvinvoivan kaupungin perusta";
const OPTIONS = { lang: "fi" as const, checkedAt: "1.1.2026 klo 12.00", reportSheetName: "Tarkistus" };

async function sample(options: Parameters<typeof loadEmulatorFromXlsx>[1] = {}) {
  const emulator = await loadEmulatorFromXlsx(SAMPLE, options);
  const host = hostOf(emulator);
  const summary = summarizeWorkbook(await readWorkbookSnapshot(host), { file: "kuva-2021-sample.xlsx" });
  return { emulator, host, summary };
}

/** The source sheets as data and formats, to prove them unchanged. */
function sources(emulator: EmulatedExcel) {
  const formats = emulator.snapshotFormats();
  return {
    sheets: emulator.toSnapshot().sheets.filter((s) => SOURCE_SHEETS.includes(s.name)),
    formats: SOURCE_SHEETS.map((name) => formats[name]),
    merges: SOURCE_SHEETS.map((name) => emulator.sheet(name).merges),
  };
}

interface TableView {
  address: string;
  area: CellArea;
  values: unknown[][];
}

function tables(emulator: EmulatedExcel, sheetName: string): Record<string, TableView> {
  const sheet = emulator.sheet(sheetName);
  const found: Record<string, TableView> = {};
  for (const t of emulator.model.tables.filter((t) => t.sheetId === sheet.id)) {
    const address = `${colName(t.area.left)}${t.area.top}:${colName(t.area.right)}${t.area.bottom}`;
    found[t.name] = { address, area: t.area, values: sheet.values(address) };
  }
  return found;
}

function colName(column: number): string {
  let name = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function overlaps(a: { top: number; left: number; width: number; height: number }, b: typeof a): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** Every stored cell of a sheet. */
function cellsOf(emulator: EmulatedExcel, sheetName: string) {
  return [...emulator.sheet(sheetName).model.cells.values()];
}

describe("the summary sheet on the sample workbook", () => {
  let emulator: EmulatedExcel;
  let name: string;
  let before: ReturnType<typeof sources>;

  beforeAll(async () => {
    const loaded = await sample();
    emulator = loaded.emulator;
    before = sources(emulator);
    name = await insertSummarySheet(loaded.host, loaded.summary, OPTIONS);
  });

  it("is a new sheet named Yhteenveto, shown to the user", () => {
    expect(name).toBe("Yhteenveto");
    expect(emulator.sheetNames()).toEqual([...SOURCE_SHEETS, "Yhteenveto"]);
    expect(emulator.model.activeSheetId).toBe(emulator.sheet("Yhteenveto").id);
  });

  it("leaves the source sheets byte-for-byte unchanged", () => {
    expect(sources(emulator)).toEqual(before);
  });

  it("has a header block with the source, time, schema version and the status linked to the report", () => {
    const sheet = emulator.sheet("Yhteenveto");
    expect(sheet.values("A1:B5")).toEqual([
      ["Sitovien tavoitteiden ennusteiden yhteenveto", null],
      ["Tiedosto", "kuva-2021-sample.xlsx"],
      ["Luotu", "1.1.2026 klo 12.00"],
      ["Skeeman versio", "2026.1"],
      ["Tarkistuksen tila", "Virheitä (6 virhettä, 2 varoitusta, 0 huomiota)"],
    ]);
    expect(sheet.cell("B5").hyperlink).toMatchObject({ documentReference: "'Tarkistus'!A1" });
    expect(sheet.cell("A1").font).toMatchObject({ bold: true, size: 14 });
    // The time is text as the user reads it, not a number Excel could reformat.
    expect(sheet.cell("B3").numberFormat).toBe("@");
    expect(sheet.model.frozenRows).toBe(5);
  });

  it("writes the latest round's overview as Excel tables, counts as numbers and shares as percent", () => {
    const sheet = emulator.sheet("Yhteenveto");
    expect(sheet.cell("A7").value).toBe("Viimeisin kierros 2/2021");
    const t = tables(emulator, "Yhteenveto");
    expect(sheet.cell("A8").value).toBe("Ennusteiden jakauma");
    expect(t.Sitova_Distribution.address).toBe("A9:C13");
    expect(t.Sitova_Distribution.values).toEqual([
      ["Ennuste", "Tavoitteita", "Osuus"],
      ["Toteutuu", 6, 6 / 8],
      ["Ei toteudu", 1, 1 / 8],
      ["Puuttuu", 1, 1 / 8],
      ["Virheellinen", 0, 0],
    ]);
    expect(sheet.cell("A10").numberFormat).toBe("@");
    expect(sheet.cell("B10").numberFormat).toBe("0");
    expect(sheet.cell("C10").numberFormat).toBe("0 %");

    expect(t.Sitova_Themes.values).toEqual([
      ["Teema", "Toteutuu", "Ei toteudu", "Puuttuu", "Virheellinen"],
      [T1, 2, 0, 0, 0],
      [T2, 2, 0, 0, 0],
      [T3, 1, 1, 0, 0],
      [T4, 1, 0, 0, 0],
      ["Uudistuvat palvelu", 0, 0, 1, 0],
    ]);
    // By hand: Enn2's own Ennuste 1/2021 column holds Toteutuu in six rows and Ei toteudu in two (rows 8, 11).
    expect(t.Sitova_Rounds.values).toEqual([
      ["Ennuste", "Ennuste 1", "Ennuste 2"],
      ["Toteutuu", 6, 6],
      ["Ei toteudu", 2, 1],
      ["Puuttuu", 0, 1],
      ["Virheellinen", 0, 0],
    ]);
    expect(t.Sitova_Changes.values).toEqual([
      ["Muutos", "Tavoitteita", "Osuus"],
      ["Toteutuu → Toteutuu", 4, 4 / 8],
      ["Toteutuu → Ei toteudu", 1, 1 / 8],
      ["Ei toteudu → Toteutuu", 2, 2 / 8],
      ["Ei toteudu → Ei toteudu", 0, 0],
      ["Uusi", 0, 0],
      ["Ei tiedossa", 1, 1 / 8],
    ]);
  });

  it("writes the per-table tables, the goals at risk with links to their cells and the findings per rule", () => {
    const t = tables(emulator, "Yhteenveto");
    expect(t.Sitova_Tables.values).toEqual([
      [
        "Toimiala",
        "Tiedosto",
        "Välilehti",
        "Vuosi",
        "Kierros",
        "Tavoitteita",
        "Toteutuu",
        "Ei toteudu",
        "Puuttuu",
        "Virheellinen",
        "Toteutuu-osuus",
      ],
      ["KUVA", "kuva-2021-sample.xlsx", "Enn1", 2021, 1, 8, 7, 1, 0, 0, 7 / 8],
      ["KUVA", "kuva-2021-sample.xlsx", "Enn2", 2021, 2, 8, 6, 1, 1, 0, 6 / 8],
      ["Yhteensä (kierros 2)", "kuva-2021-sample.xlsx", "Enn2", 2021, 2, 8, 6, 1, 1, 0, 6 / 8],
    ]);
    const enn2Themes = t.Sitova_TableThemes.values.filter((r) => r[1] === "Enn2");
    expect(enn2Themes).toContainEqual(["KUVA", "Enn2", 2, T3, 2, 1, 1, 0, 0, 0.5]);
    expect(enn2Themes).toContainEqual(["KUVA", "Enn2", 2, "Uudistuvat palvelu", 1, 0, 0, 1, 0, 0]);
    expect(t.Sitova_TableThemes.values).toHaveLength(1 + 4 + 5);
    expect(t.Sitova_TableChanges.values.slice(1)).toEqual([
      ["KUVA", "Enn1", null, 1, 0, 0, 0, 0, 8, 0],
      ["KUVA", "Enn2", 1, 2, 4, 1, 2, 0, 0, 1],
    ]);

    const atRisk = t.Sitova_AtRisk;
    expect(atRisk.values.map((r) => r[7])).toEqual(["Lähde", "Enn1!B8", "Enn2!B7", "Enn2!B10"]);
    expect(atRisk.values[2]).toEqual([
      "KUVA",
      T3,
      "Enn2",
      "Museoiden saavutettavuus paranee",
      "Ei toteudu",
      "Riskit: koronarajoitukset jatkuvat syksyyn.",
      0.6,
      "Enn2!B7",
      "kuva-2021-sample.xlsx",
    ]);
    expect(atRisk.values[3].slice(3, 7)).toEqual([
      "Kulttuuriavustusten hakeminen sujuvoituu",
      "Toteutuu",
      "Riskit: järjestelmätoimittaja on myöhässä.",
      0.8,
    ]);
    const sheet = emulator.sheet("Yhteenveto");
    const museums = atRisk.area.top + 2;
    expect(sheet.cell(`D${museums}`).hyperlink).toEqual({
      documentReference: "'Enn2'!B7",
      textToDisplay: "Museoiden saavutettavuus paranee",
      screenTip: "Enn2!B7",
    });
    expect(sheet.cell(`G${museums}`).numberFormat).toBe("0 %");
    expect(sheet.cell(`D${museums}`).numberFormat).toBe("@");
    expect(sheet.model.cell(museums, 4)?.wrapText).toBe(true);
    expect(sheet.model.cell(museums, 6)?.wrapText).toBe(true);

    const errors = t.Sitova_Validation.values.slice(1).reduce((n, r) => n + (r[1] as number), 0);
    const warnings = t.Sitova_Validation.values.slice(1).reduce((n, r) => n + (r[2] as number), 0);
    expect([errors, warnings]).toEqual([6, 2]);
    expect(t.Sitova_Validation.values).toContainEqual(["unknown-theme", 0, 1, 0]);
  });

  it("sets column widths for the long texts", () => {
    const widths = emulator.sheet("Yhteenveto").model.columnWidths;
    expect(widths.get(4)).toBeGreaterThanOrEqual(150); // themes and goals
    expect(widths.get(6)).toBeGreaterThanOrEqual(150); // comments
  });

  describe("charts", () => {
    let charts: ChartView[];
    beforeAll(() => {
      charts = chartViews(emulator.model, emulator.sheet("Yhteenveto").model);
    });

    it("draws the distribution, the themes and the changes from their tables, titled in Finnish", () => {
      const t = tables(emulator, "Yhteenveto");
      const doughnut = { ...t.Sitova_Distribution.area, right: 2 };
      expect(charts.map((c) => [c.chartType, c.source, c.title])).toEqual([
        [
          "Doughnut",
          `Yhteenveto!${areaText(doughnut)}`,
          "Viimeisimpien ennusteiden jakauma (kierros 2/2021)",
        ],
        [
          "BarStacked",
          `Yhteenveto!${t.Sitova_Themes.address}`,
          "Viimeisimmät ennusteet teemoittain (kierros 2/2021)",
        ],
        [
          "ColumnClustered",
          `Yhteenveto!${t.Sitova_Rounds.address}`,
          "Edellinen ja viimeisin kierros (1 → 2)",
        ],
      ]);
      expect(charts.map((c) => c.name)).toEqual(["Sitova distribution", "Sitova themes", "Sitova rounds"]);
    });

    it("reads series and categories from the tables as Excel would", () => {
      const [doughnut, themes, changes] = charts;
      expect(doughnut.series).toEqual([
        { name: "Tavoitteita", values: "Yhteenveto!B10:B13", categories: "Yhteenveto!A10:A13" },
      ]);
      expect(themes.series.map((s) => s.name)).toEqual(["Toteutuu", "Ei toteudu", "Puuttuu", "Virheellinen"]);
      expect(new Set(themes.series.map((s) => s.categories)).size).toBe(1);
      expect(themes.series[0].values).toMatch(/^Yhteenveto!B\d+:B\d+$/);
      expect(changes.series.map((s) => s.name)).toEqual(["Ennuste 1", "Ennuste 2"]);
    });

    it("places each chart beside its table, level with its title, over no table and no other chart", () => {
      const sheet = emulator.sheet("Yhteenveto").model;
      const t = tables(emulator, "Yhteenveto");
      const own = [t.Sitova_Distribution, t.Sitova_Themes, t.Sitova_Rounds];
      charts.forEach((chart, i) => {
        const table = cellRect(sheet, own[i].area);
        const title = cellRect(sheet, {
          ...own[i].area,
          top: own[i].area.top - 1,
          bottom: own[i].area.top - 1,
        });
        expect(chart.left).toBeGreaterThan(table.left + table.width);
        expect(chart.top).toBe(title.top);
        expect(chart.width).toBeGreaterThanOrEqual(300);
        expect(chart.height).toBeGreaterThanOrEqual(200);
        for (const other of Object.values(t))
          expect(overlaps(chart, cellRect(sheet, other.area))).toBe(false);
        charts.forEach((otherChart, j) => {
          if (i !== j) expect(overlaps(chart, otherChart)).toBe(false);
        });
      });
    });
  });

  it("is not taken for a goal table when the workbook is validated again", async () => {
    const host = hostOf(emulator);
    const again = validateWorkbook(await readWorkbookSnapshot(host));
    const fresh = validateWorkbook(await readWorkbookSnapshot(hostOf(await loadEmulatorFromXlsx(SAMPLE))));
    expect(again.tables).toEqual(fresh.tables);
    expect(again.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(
      fresh.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`),
    );
  });
});

function areaText(area: CellArea): string {
  return `${colName(area.left)}${area.top}:${colName(area.right)}${area.bottom}`;
}

describe("refreshing", () => {
  it("replaces only the add-in's own sheet: same content, same tables and charts, sources unchanged", async () => {
    const { emulator, host, summary } = await sample();
    const before = sources(emulator);
    await insertSummarySheet(host, summary, OPTIONS);
    const sheet = emulator.sheet("Yhteenveto");
    const firstValues = sheet.values("A1:L110");
    const firstFormats = emulator.snapshotFormats().Yhteenveto;
    const firstTables = tables(emulator, "Yhteenveto");
    const firstCharts = chartViews(emulator.model, sheet.model);

    expect(await insertSummarySheet(host, summary, OPTIONS)).toBe("Yhteenveto");
    expect(emulator.sheetNames()).toEqual([...SOURCE_SHEETS, "Yhteenveto"]);
    expect(sheet.values("A1:L110")).toEqual(firstValues);
    expect(emulator.snapshotFormats().Yhteenveto).toEqual(firstFormats);
    expect(tables(emulator, "Yhteenveto")).toEqual(firstTables);
    expect(chartViews(emulator.model, sheet.model)).toEqual(firstCharts);
    expect(emulator.model.tables).toHaveLength(9);
    expect(sources(emulator)).toEqual(before);
  });

  it("leaves nothing of the previous content behind, and keeps the sheet's name", async () => {
    const { emulator, host, summary } = await sample();
    await insertSummarySheet(host, summary, OPTIONS);
    await insertSummarySheet(host, summary, { lang: "en", checkedAt: "now" });
    const texts = cellsOf(emulator, "Yhteenveto").map((c) => c.value);
    expect(texts).toContain("Summary of the binding goals' forecasts");
    expect(texts).not.toContain("Tavoitteita");
    expect(texts).not.toContain("Sitovien tavoitteiden ennusteiden yhteenveto");
    expect(emulator.sheetNames()).toEqual([...SOURCE_SHEETS, "Yhteenveto"]);
    const charts = chartViews(emulator.model, emulator.sheet("Yhteenveto").model);
    expect(charts.map((c) => c.title)).toEqual([
      "Distribution of the latest forecasts (round 2/2021)",
      "Latest forecasts per theme (round 2/2021)",
      "Previous and latest round (1 → 2)",
    ]);
    // Without a report sheet there is no link.
    expect(emulator.sheet("Yhteenveto").cell("B5").hyperlink).toBeNull();
  });

  it("leaves a user's sheet named Yhteenveto alone and picks another name", async () => {
    const { emulator, host, summary } = await sample();
    emulator.addSheet("Yhteenveto").setCell("A1", { value: "Oma muistiinpano" });
    const name = await insertSummarySheet(host, summary, OPTIONS);
    expect(name).toBe("Yhteenveto (Sitova)");
    expect(emulator.sheet("Yhteenveto").values("A1:B2")).toEqual([
      ["Oma muistiinpano", null],
      [null, null],
    ]);
    expect(emulator.sheet("Yhteenveto").model.charts).toEqual([]);
    expect(emulator.sheet("Yhteenveto (Sitova)").model.charts).toHaveLength(3);
    // A refresh finds its own sheet again, whatever its name.
    expect(await insertSummarySheet(host, summary, OPTIONS)).toBe("Yhteenveto (Sitova)");
    expect(emulator.sheet("Yhteenveto").cell("A1").value).toBe("Oma muistiinpano");
  });

  it("keeps the names of a user's own Excel tables and picks free names for its own", async () => {
    const { emulator, host, summary } = await sample();
    emulator.model.tables.push({
      id: "99",
      name: "Sitova_AtRisk",
      sheetId: emulator.sheet("Ohjeet").id,
      area: { top: 20, left: 1, bottom: 21, right: 1 },
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    });
    await insertSummarySheet(host, summary, OPTIONS);
    await insertSummarySheet(host, summary, OPTIONS);
    expect(Object.keys(tables(emulator, "Yhteenveto"))).toContain("Sitova_AtRisk_2");
    expect(emulator.model.tables.find((t) => t.id === "99")?.name).toBe("Sitova_AtRisk");
  });
});

describe("texts land as text", () => {
  it("a goal or comment that looks like a formula is written as that text", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const injected = '=HYPERLINK("http://example.invalid","klikkaa")';
    emulator.sheet("Enn2").setCell("B7", { value: `${injected}\nToinen rivi.` });
    emulator.sheet("Enn2").setCell("G7", { value: "+SUM(1,2) @riski -1" });
    const host = hostOf(emulator);
    const summary = summarizeWorkbook(await readWorkbookSnapshot(host), { file: "=cmd|' /C calc'!A0" });
    await insertSummarySheet(host, summary, OPTIONS);
    const atRisk = tables(emulator, "Yhteenveto").Sitova_AtRisk;
    const row = atRisk.values.findIndex((r) => r[7] === "Enn2!B7");
    expect(atRisk.values[row][3]).toBe(injected);
    expect(atRisk.values[row][5]).toBe("+SUM(1,2) @riski -1");
    expect(emulator.sheet("Yhteenveto").cell("B2").value).toBe("=cmd|' /C calc'!A0");
    expect(cellsOf(emulator, "Yhteenveto").filter((c) => c.formula !== undefined)).toEqual([]);
  });
});

describe("protection", () => {
  it("a protected workbook structure: a clear error and nothing written", async () => {
    const { emulator, host, summary } = await sample({ workbookProtected: true });
    const names = emulator.sheetNames();
    const parts = emulator.model.customXmlParts.length;
    const formats = emulator.snapshotFormats();
    await expect(insertSummarySheet(host, summary, OPTIONS)).rejects.toMatchObject({
      name: "SitovaExcelError",
      code: "protected-workbook",
    });
    expect(emulator.sheetNames()).toEqual(names);
    expect(emulator.model.customXmlParts).toHaveLength(parts);
    expect(emulator.snapshotFormats()).toEqual(formats);
    expect(emulator.model.tables).toEqual([]);
    expect(emulator.enableEvents).toBe(true);
  });

  it("a protected summary sheet: a clear error naming it, and its content stays as it was", async () => {
    const { emulator, host, summary } = await sample();
    await insertSummarySheet(host, summary, OPTIONS);
    const sheet = emulator.sheet("Yhteenveto");
    const values = sheet.values("A1:L110");
    sheet.protect();
    await expect(insertSummarySheet(host, summary, { ...OPTIONS, lang: "en" })).rejects.toMatchObject({
      code: "protected-sheet",
      subjects: ["Yhteenveto"],
    });
    expect(sheet.values("A1:L110")).toEqual(values);
    expect(sheet.model.charts).toHaveLength(3);
    expect(emulator.enableEvents).toBe(true);
  });
});

describe("a workbook with no goal tables", () => {
  it("says so under the header block, with no tables or charts", async () => {
    const emulator = createEmulator({
      name: "muistio.xlsx",
      sheets: [
        {
          name: "Muistio",
          origin: { row: 1, column: 1 },
          values: [["Ei tavoitteita täällä"]],
          numberFormats: [["General"]],
          merges: [],
          hiddenRows: [],
          hiddenColumns: [],
        },
      ],
    });
    const host = hostOf(emulator);
    const summary = summarizeWorkbook(await readWorkbookSnapshot(host));
    await insertSummarySheet(host, summary, { lang: "sv", checkedAt: "idag" });
    const sheet = emulator.sheet("Sammanfattning");
    expect(sheet.cell("A7").value).toBe("Inga måltabeller hittades i arbetsboken.");
    expect(sheet.model.charts).toEqual([]);
    expect(emulator.model.tables).toEqual([]);
  });
});

describe("a workbook with no goals at risk", () => {
  it("says so under the at-risk title instead of an empty table", async () => {
    const snapshot = workbook(goalSheet("Enn2", [goalRow(), goalRow()]));
    const emulator = createEmulator(snapshot);
    await insertSummarySheet(hostOf(emulator), summarizeWorkbook(snapshot), OPTIONS);
    const t = tables(emulator, "Yhteenveto");
    expect(t.Sitova_AtRisk).toBeUndefined();
    expect(t.Sitova_Tables.values[1].slice(5)).toEqual([2, 2, 0, 0, 0, 1]);
    const texts = cellsOf(emulator, "Yhteenveto").map((c) => c.value);
    expect(texts).toContain("Riskissä olevat tavoitteet");
    expect(texts).toContain("Ei riskissä olevia tavoitteita.");
  });
});

/** A goal sheet of `goals` rows; every tenth is at risk, themes rotate. */
function goalWorkbook(goals: number, comment = "Riskit: aikataulu venyy."): WorkbookSnapshot {
  const themes = [T1, T2, T3, T4];
  return workbook(
    goalSheet(
      "Enn2",
      Array.from({ length: goals }, (_, i) =>
        goalRow(
          i % 10 === 0
            ? { theme: themes[i % 4], forecast2: "Ei toteudu", numeric: 0.5, comments: comment }
            : { theme: themes[i % 4] },
        ),
      ),
    ),
  );
}

async function syncsFor(
  snapshot: WorkbookSnapshot,
): Promise<{ emulator: EmulatedExcel; summary: WorkbookSummary }> {
  const emulator = createEmulator(snapshot);
  const summary = summarizeWorkbook(snapshot);
  emulator.resetStats();
  await insertSummarySheet(hostOf(emulator), summary, OPTIONS);
  return { emulator, summary };
}

describe("bounded syncs", () => {
  it("takes the same number of syncs for 10 and 1 000 goals, on a new sheet and on a refresh", async () => {
    const small = await syncsFor(goalWorkbook(10));
    const large = await syncsFor(goalWorkbook(1000));
    expect(large.summary.groups[0].atRisk).toHaveLength(100);
    expect(small.emulator.stats.syncs).toBe(large.emulator.stats.syncs);
    // Two to find the sheet by its tag, one write chunk, one for the charts.
    expect(large.emulator.stats.syncs).toBe(4);
    expect(large.emulator.stats.failedSyncs).toBe(0);

    const refreshes: number[] = [];
    for (const { emulator, summary } of [small, large]) {
      emulator.resetStats();
      await insertSummarySheet(hostOf(emulator), summary, OPTIONS);
      refreshes.push(emulator.stats.syncs);
    }
    // A refresh finds the tagged sheet in the same two syncs.
    expect(refreshes).toEqual([4, 4]);
  });

  it("splits long content into chunks under Excel's 5 MB request limit: one more sync per chunk", async () => {
    // 1 000 goals at risk with 4 000-character comments: few cells, but over 4 MB of text.
    const long = "Riskit: " + "pitkä selitys riskeistä ja niiden hallinnasta. ".repeat(85);
    const { emulator, summary } = await syncsFor(goalWorkbook(10000, long));
    expect(summary.groups[0].atRisk).toHaveLength(1000);
    expect(emulator.stats.failedSyncs).toBe(0);
    expect(emulator.stats.maxRequestBytes).toBeLessThan(5_000_000);
    const total = emulator.stats.totalRequestBytes;
    expect(total).toBeGreaterThan(4_000_000);
    // The new sheet's 4 syncs, plus one per further chunk of at most 2 MB: three chunks in all.
    expect(total).toBeLessThan(6_000_000);
    expect(emulator.stats.syncs).toBe(6);
    const atRisk = tables(emulator, "Yhteenveto").Sitova_AtRisk;
    expect(atRisk.values).toHaveLength(1001);
    expect(atRisk.values[1000][5]).toBe(long.trim());
  });
});
