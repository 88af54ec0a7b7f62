/**
 * The city summary sheet (Kokoa työkirjoista's output, `insertCitySummarySheet`) on the emulator: its own tag
 * beside the workbook's summary, each refreshed in place without touching the other; the charts fully styled
 * on an Excel of the manifest's minimum requirement set (ExcelApi 1.9: every chart member used is in it, so
 * none needs detecting); and syncs that do not grow with the number of files or goals.
 */
import type { WorkbookSnapshot, WorkbookSummary } from "../../src/domain";
import { builtinCompiledSchema, combineSummaries, summarizeWorkbook } from "../../src/domain";
import { chartViews, createEmulator } from "../../src/emulator";
import type { EmulatorOptions } from "../../src/emulator";
import { insertCitySummarySheet, insertSummarySheet } from "../../src/excel/summarySheet";
import { goalRow, sheet, STANDARD_HEADER, T1, T3, workbook } from "../domain/builders";
import { hostOf } from "../support/session";

const OPTIONS = { lang: "fi" as const, checkedAt: "1.12.2026 klo 9.00" };
const CITY = "Kaupungin yhteenveto";
const DIVISIONS = ["KASKO", "KYMP", "KUVA", "KANSLIA", "SOTE", "Stara"];

/** A division's workbook: title row with its code, one Enn2 sheet of `goals` goals of 2021 (every fifth not met). */
function division(code: string, goals: number): WorkbookSnapshot {
  const rows = Array.from({ length: goals }, (_, i) =>
    goalRow(
      i % 5 === 0
        ? { theme: T3, forecast2: "Ei toteudu", numeric: 0.5, comments: "Riskit: rahoitus." }
        : { theme: T1 },
    ),
  );
  return {
    ...workbook(sheet("Enn2", [[code], ["Sitovat tavoitteet"], STANDARD_HEADER, ...rows])),
    name: `${code}.xlsx`,
  };
}

function city(files: number, goals: number): WorkbookSummary {
  return combineSummaries(
    DIVISIONS.slice(0, files).map((code) =>
      summarizeWorkbook(division(code, goals), { file: `${code}.xlsx` }),
    ),
    builtinCompiledSchema,
  );
}

function openWorkbook(options: EmulatorOptions = {}) {
  const emulator = createEmulator(division("KUVA", 4), options);
  return { emulator, host: hostOf(emulator) };
}

describe("the city summary sheet", () => {
  it("is its own tagged sheet beside the workbook's summary; each refreshes in place without touching the other", async () => {
    const { emulator, host } = openWorkbook();
    await insertSummarySheet(host, summarizeWorkbook(division("KUVA", 4)), OPTIONS);
    expect(await insertCitySummarySheet(host, city(3, 10), OPTIONS)).toBe(CITY);
    const summary = emulator.sheet("Yhteenveto").values("A1:L120");
    expect(emulator.sheet(CITY).model.names.map((n) => n.name)).toEqual(["Sitova_CitySummary"]);
    expect(emulator.sheet("Yhteenveto").model.names.map((n) => n.name)).toEqual(["Sitova_Summary"]);

    expect(await insertCitySummarySheet(host, city(2, 10), { ...OPTIONS, activate: false })).toBe(CITY);
    expect(emulator.sheetNames()).toEqual(["Enn2", "Yhteenveto", CITY]);
    expect(emulator.sheet("Yhteenveto").values("A1:L120")).toEqual(summary);
    const values = emulator
      .sheet(CITY)
      .values("A1:A200")
      .map((r) => r[0]);
    expect(values).toContain("KYMP");
    expect(values).not.toContain("KUVA");
  });

  it("draws its charts fully styled on an Excel of the manifest's minimum, ExcelApi 1.9", async () => {
    const { emulator, host } = openWorkbook({ excelApi: "1.9" });
    await insertCitySummarySheet(host, city(3, 12), OPTIONS);
    const charts = chartViews(emulator.model, emulator.sheet(CITY).model);
    const divisions = charts.find((c) => c.name === "Sitova divisions")!;
    expect(divisions.format).toMatchObject({
      "series(0).format.fill.color": "#005C44",
      "series(1).format.fill.color": "#D55E00",
      "axes.valueAxis.minimum": 0,
      "axes.valueAxis.majorUnit": 2, // 12 goals a division: steps of 2 keep at most eight gridlines
      "axes.valueAxis.numberFormat": "0",
      "series(0).dataLabels.numberFormat": "0;-0;;@",
    });
    expect(emulator.sheet(CITY).values(divisions.series[0].categories!.split("!")[1])).toEqual([
      ["KASKO"],
      ["KYMP"],
      ["KUVA"],
    ]);
  });

  it("takes the same syncs for 1 file of 10 goals as for 6 files of 500, new or refreshed", async () => {
    const counts: number[] = [];
    for (const [files, goals] of [
      [1, 10],
      [6, 500],
    ]) {
      const { emulator, host } = openWorkbook();
      const summary = city(files, goals);
      emulator.resetStats();
      await insertCitySummarySheet(host, summary, OPTIONS);
      counts.push(emulator.stats.syncs);
      emulator.resetStats();
      await insertCitySummarySheet(host, summary, OPTIONS);
      counts.push(emulator.stats.syncs);
      expect(emulator.stats.failedSyncs).toBe(0);
    }
    // Two to find the sheet by its tag, one write chunk, one for the widths and charts.
    expect(counts).toEqual([4, 4, 4, 4]);
  });
});
