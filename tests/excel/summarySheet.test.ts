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
import type { AtRiskSheetTable, Lang, WorkbookSnapshot, WorkbookSummary } from "../../src/domain";
import {
  isAtRiskTable,
  summarizeWorkbook,
  summaryLabels,
  summarySheetSections,
  validateWorkbook,
} from "../../src/domain";
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
  name: string;
  address: string;
  area: CellArea;
  values: unknown[][];
}

/** The sheet's Excel tables, keyed by the title written above each (the plan's `table.title`). */
function tables(emulator: EmulatedExcel, sheetName: string): Record<string, TableView> {
  const sheet = emulator.sheet(sheetName);
  const found: Record<string, TableView> = {};
  for (const t of emulator.model.tables.filter((t) => t.sheetId === sheet.id)) {
    const address = `${colName(t.area.left)}${t.area.top}:${colName(t.area.right)}${t.area.bottom}`;
    const title = String(sheet.cell(`A${t.area.top - 1}`).value);
    found[title] = { name: t.name, address, area: t.area, values: sheet.values(address) };
  }
  return found;
}

/** The plan the sheet renders (the contract shared with the command line). */
function plan(summary: WorkbookSummary, lang: Lang = "fi") {
  return summarySheetSections(summary, summaryLabels(lang), lang);
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
  let summary: WorkbookSummary;
  let name: string;
  let before: ReturnType<typeof sources>;

  beforeAll(async () => {
    const loaded = await sample();
    emulator = loaded.emulator;
    summary = loaded.summary;
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

  it("renders every section of the shared plan in order: heading, title, an Excel table, formats by kind", () => {
    const sheet = emulator.sheet("Yhteenveto");
    const written = tables(emulator, "Yhteenveto");
    const sections = plan(summary).filter((section) => section.table.rows.length > 0);
    expect(Object.keys(written)).toEqual(sections.map((section) => section.table.title));
    for (const section of sections) {
      const { table } = section;
      const view = written[table.title];
      expect(view.values).toEqual([
        table.columns.map((c) => c.header),
        ...table.rows.map((r) => r.map((v) => (v === "" ? null : v))),
      ]);
      expect(view.name).toMatch(/^Sitova_Summary_\d+$/);
      if (section.heading) expect(sheet.cell(`A${view.area.top - 2}`).value).toBe(section.heading);
      const firstRow = view.area.top + 1;
      table.columns.forEach((column, c) => {
        expect(sheet.cell(`${colName(view.area.left + c)}${view.area.top}`).numberFormat).toBe("@");
        expect(sheet.cell(`${colName(view.area.left + c)}${firstRow}`).numberFormat).toBe(
          { text: "@", count: "0", percent: "0 %" }[column.kind],
        );
      });
    }
  });

  it("holds the latest round's counts, worked out by hand", () => {
    const written = Object.values(tables(emulator, "Yhteenveto"));
    const rowsOf = (first: string) => written.flatMap((t) => t.values).filter((r) => r[0] === first);
    // Per division (KUVA's Enn2, the latest round): 8 goals, 6 met, 1 not met, 1 missing, 0 invalid, 75 %.
    expect(rowsOf("KUVA").map((r) => r.filter((v) => typeof v === "number"))).toContainEqual([
      8, 6, 1, 1, 0, 0.75,
    ]);
    // Per theme, in order of first appearance.
    const themes = written.find((t) => t.values[1]?.[0] === T1 && t.values[0].length === 5)!;
    expect(themes.values.slice(1)).toEqual([
      [T1, 2, 0, 0, 0],
      [T2, 2, 0, 0, 0],
      [T3, 1, 1, 0, 0],
      [T4, 1, 0, 0, 0],
      ["Uudistuvat palvelu", 0, 0, 1, 0],
    ]);
    // By hand: Enn2's own Ennuste 1/2021 column holds Toteutuu in six rows and Ei toteudu in two (rows 8, 11).
    const rounds = written.find((t) => t.values[0][1] === "Ennuste 1" && t.values[0][2] === "Ennuste 2")!;
    expect(rounds.values.slice(1)).toEqual([
      ["Toteutuu", 6, 6],
      ["Ei toteudu", 2, 1],
      ["Puuttuu", 0, 1],
      ["Virheellinen", 0, 0],
    ]);
  });

  it("links each goal at risk to its source cell, and wraps the long texts", () => {
    const section = plan(summary).find((s) => isAtRiskTable(s.table))!;
    const table = section.table as AtRiskSheetTable;
    const view = tables(emulator, "Yhteenveto")[table.title];
    const sheet = emulator.sheet("Yhteenveto");
    const museums = table.goals.findIndex((g) => g.cell === "B7" && g.sheet === "Enn2");
    expect(table.goals.map((g) => `${g.sheet}!${g.cell}`)).toEqual(
      expect.arrayContaining(["Enn2!B7", "Enn2!B10"]),
    );
    const row = view.area.top + 1 + museums;
    const goalCell = `${colName(view.area.left + table.goalColumn)}${row}`;
    expect(sheet.cell(goalCell).value).toBe("Museoiden saavutettavuus paranee");
    expect(sheet.cell(goalCell).hyperlink).toEqual({
      documentReference: "'Enn2'!B7",
      textToDisplay: "Museoiden saavutettavuus paranee",
      screenTip: "Enn2!B7",
    });
    expect(view.values[1 + museums]).toContain("Riskit: koronarajoitukset jatkuvat syksyyn.");
    table.columns.forEach((column, c) => {
      if (column.wrap) expect(sheet.model.cell(row, view.area.left + c)?.wrapText).toBe(true);
    });
  });

  it("prints landscape, each block the plan marks starting a page at its heading or title", () => {
    const sheet = emulator.sheet("Yhteenveto");
    expect(sheet.model.orientation).toBe("Landscape");
    const marked = plan(summary).filter((s) => s.pageBreakBefore && s.table.rows.length > 0);
    expect(marked.length).toBeGreaterThan(0);
    const firstRows = marked.map((section) => {
      const title = tables(emulator, "Yhteenveto")[section.table.title].area.top - 1;
      return section.heading ? title - 1 : title;
    });
    expect(sheet.model.pageBreakRows).toEqual(firstRows);
  });

  it("sets column widths for the long texts", () => {
    const widths = emulator.sheet("Yhteenveto").model.columnWidths;
    expect(widths.get(1)).toBeGreaterThanOrEqual(180); // divisions and themes: the charts' categories
    expect(widths.get(4)).toBeGreaterThanOrEqual(150); // goals
    expect(widths.get(6)).toBeGreaterThanOrEqual(150); // comments
  });

  describe("charts", () => {
    let charts: ChartView[];
    beforeAll(() => {
      charts = chartViews(emulator.model, emulator.sheet("Yhteenveto").model);
    });

    it("draws every chart of the plan, typed and titled in Finnish", () => {
      const specs = plan(summary).flatMap((s) => s.charts);
      expect(charts.map((c) => [c.name, c.chartType, c.title])).toEqual([
        ["Sitova divisions", "BarStacked", "Ennusteet toimialoittain (kierros 2/2021)"],
        ["Sitova shareMet", "BarClustered", "Toteutuu-osuus toimialoittain (kierros 2/2021)"],
        ["Sitova themes", "BarStacked", "Viimeisimmät ennusteet teemoittain (kierros 2/2021)"],
        ["Sitova rounds", "ColumnClustered", "Edellinen ja viimeisin kierros (1 → 2)"],
      ]);
      expect(charts.map((c) => [c.width, c.height])).toEqual(
        specs.map((s) => [s.width * 0.75, s.height * 0.75]),
      );
    });

    it("colours each forecast value the same in every chart, with an outline", () => {
      // Okabe & Ito based: met dark bluish green, not met vermillion, missing light grey, invalid sky blue.
      const fills = (chart: ChartView) =>
        chart.series.map((_, i) => chart.format[`series(${i}).format.fill.color`]);
      const [divisions, share, themes, rounds] = charts;
      expect(fills(divisions)).toEqual(["#005C44", "#D55E00", "#EDEDED", "#74C0EC"]);
      expect(fills(themes)).toEqual(fills(divisions));
      expect(fills(rounds)).toEqual(fills(divisions));
      expect(fills(share)).toEqual(["#005C44"]);
      for (const chart of charts)
        chart.series.forEach((_, i) =>
          expect(chart.format[`series(${i}).format.line.color`]).toBe("#595959"),
        );
    });

    it("counts on whole-number axes from zero, shares from 0 % to 100 %, labels in the same formats", () => {
      const [divisions, share, themes, rounds] = charts;
      for (const chart of [divisions, themes, rounds]) {
        expect(chart.format["axes.valueAxis.minimum"]).toBe(0);
        expect(chart.format["axes.valueAxis.majorUnit"]).toBe(1); // the largest count here is 8: steps of 1
        expect(chart.format["axes.valueAxis.numberFormat"]).toBe("0");
        expect(chart.format["series(0).dataLabels.numberFormat"]).toBe("0;-0;;@");
        expect(chart.format["series(0).dataLabels.showValue"]).toBe(true);
      }
      expect(share.format).toMatchObject({
        "axes.valueAxis.minimum": 0,
        "axes.valueAxis.maximum": 1,
        "axes.valueAxis.majorUnit": 0.25,
        "axes.valueAxis.numberFormat": "0 %",
        "series(0).dataLabels.numberFormat": "0 %",
        "legend.visible": false,
      });
      expect(divisions.format["legend.visible"]).toBe(true);
      // A stacked segment's label is white on the dark met colour, black on the others.
      expect(divisions.format["series(0).dataLabels.format.font.color"]).toBe("#FFFFFF");
      expect(divisions.format["series(1).dataLabels.format.font.color"]).toBe("#000000");
      // Bars list the first category at the top, as the table does.
      for (const chart of [divisions, share, themes])
        expect(chart.format["axes.categoryAxis.reversePlotOrder"]).toBe(true);
      expect(rounds.format["axes.categoryAxis.reversePlotOrder"]).toBeUndefined();
    });

    it("reads the divisions from column A and leaves the city total out", () => {
      const [divisions, share] = charts;
      const table = Object.values(tables(emulator, "Yhteenveto")).find((t) =>
        t.values.slice(1).some((r) => r[0] === "KUVA"),
      )!;
      const kuva = table.area.top + 1;
      expect(divisions.series.map((s) => s.name)).toEqual([
        "Toteutuu",
        "Ei toteudu",
        "Puuttuu",
        "Virheellinen",
      ]);
      for (const chart of [divisions, share])
        for (const series of chart.series) {
          expect(series.categories).toBe(`Yhteenveto!A${kuva}`);
          expect(series.values).toMatch(new RegExp(`^Yhteenveto![A-Z]+${kuva}$`));
        }
      expect(share.series[0].name).toBe("Toteutuu-osuus");
    });

    it("places the charts under their table, side by side, over no table and no other chart", () => {
      const sheet = emulator.sheet("Yhteenveto").model;
      const written = Object.values(tables(emulator, "Yhteenveto"));
      for (const chart of charts) {
        for (const table of written) expect(overlaps(chart, cellRect(sheet, table.area))).toBe(false);
        for (const other of charts) if (other !== chart) expect(overlaps(chart, other)).toBe(false);
      }
      const [divisions, share] = charts;
      expect(share.top).toBe(divisions.top);
      expect(share.left).toBeGreaterThan(divisions.left + divisions.width);
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
    const firstBreaks = [...sheet.model.pageBreakRows];
    sheet.model.pageBreakRows.push(3); // a stray break the refresh must remove

    expect(await insertSummarySheet(host, summary, OPTIONS)).toBe("Yhteenveto");
    expect(emulator.sheetNames()).toEqual([...SOURCE_SHEETS, "Yhteenveto"]);
    expect(sheet.values("A1:L110")).toEqual(firstValues);
    expect(emulator.snapshotFormats().Yhteenveto).toEqual(firstFormats);
    expect(tables(emulator, "Yhteenveto")).toEqual(firstTables);
    expect(chartViews(emulator.model, sheet.model)).toEqual(firstCharts);
    expect(emulator.model.tables).toHaveLength(plan(summary).filter((s) => s.table.rows.length > 0).length);
    // The page breaks are the new layout's only, not the old ones added to.
    expect(sheet.model.pageBreakRows).toEqual(firstBreaks);
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
      "Forecasts by division (round 2/2021)",
      "Share forecast met by division (round 2/2021)",
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
    expect(emulator.sheet("Yhteenveto (Sitova)").model.charts).toHaveLength(4);
    // A refresh finds its own sheet again, whatever its name.
    expect(await insertSummarySheet(host, summary, OPTIONS)).toBe("Yhteenveto (Sitova)");
    expect(emulator.sheet("Yhteenveto").cell("A1").value).toBe("Oma muistiinpano");
  });

  it("keeps the names of a user's own Excel tables and picks free names for its own", async () => {
    const { emulator, host, summary } = await sample();
    emulator.model.tables.push({
      id: "99",
      name: "Sitova_Summary_2",
      sheetId: emulator.sheet("Ohjeet").id,
      area: { top: 20, left: 1, bottom: 21, right: 1 },
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    });
    await insertSummarySheet(host, summary, OPTIONS);
    await insertSummarySheet(host, summary, OPTIONS);
    const names = Object.values(tables(emulator, "Yhteenveto")).map((t) => t.name);
    expect(names).not.toContain("Sitova_Summary_2");
    expect(names).toContain("Sitova_Summary_3");
    expect(emulator.model.tables.find((t) => t.id === "99")?.name).toBe("Sitova_Summary_2");
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
    const table = plan(summary).find((s) => isAtRiskTable(s.table))!.table as AtRiskSheetTable;
    const atRisk = tables(emulator, "Yhteenveto")[table.title];
    const row = 1 + table.goals.findIndex((g) => g.sheet === "Enn2" && g.cell === "B7");
    expect(atRisk.values[row][table.goalColumn]).toBe(injected);
    expect(atRisk.values[row]).toContain("+SUM(1,2) @riski -1");
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
    expect(sheet.model.charts).toHaveLength(4);
    expect(emulator.enableEvents).toBe(true);
  });
});

describe("a workbook with no goal tables", () => {
  it("says so under the header block, with no charts and no goal tables", async () => {
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
    const sections = plan(summary, "sv").filter((s) => s.table.rows.length > 0);
    expect(Object.keys(tables(emulator, "Sammanfattning"))).toEqual(sections.map((s) => s.table.title));
    expect(sections.flatMap((s) => s.charts)).toEqual([]);
  });
});

describe("a workbook with no goals at risk", () => {
  it("says so under the at-risk title instead of an empty table", async () => {
    const snapshot = workbook(goalSheet("Enn2", [goalRow(), goalRow()]));
    const emulator = createEmulator(snapshot);
    const summary = summarizeWorkbook(snapshot);
    await insertSummarySheet(hostOf(emulator), summary, OPTIONS);
    const section = plan(summary).find((s) => isAtRiskTable(s.table))!;
    expect(tables(emulator, "Yhteenveto")[section.table.title]).toBeUndefined();
    const sheet = emulator.sheet("Yhteenveto");
    const title = cellsOf(emulator, "Yhteenveto").find((c) => c.value === section.table.title)!;
    expect(title).toBeDefined();
    const titleRow = sheet.values("A1:A200").findIndex((r) => r[0] === section.table.title) + 1;
    expect(sheet.cell(`A${titleRow + 1}`).value).toBe("Ei riskissä olevia tavoitteita.");
    expect(section.emptyText).toBe("Ei riskissä olevia tavoitteita.");
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
    const title = plan(summary).find((s) => isAtRiskTable(s.table))!.table.title;
    const atRisk = tables(emulator, "Yhteenveto")[title];
    expect(atRisk.values).toHaveLength(1001);
    expect(atRisk.values[1000]).toContain(long.trim());
  });
});
