/**
 * The playground's .xlsx reader and writer without a browser (the same modules the page bundles): a
 * workbook Sitova has worked on (highlights, report sheet, summary with tables and charts, input rules)
 * is written and read back with everything Excel would keep, except the charts, which ExcelJS cannot write.
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import {
  analyzeWorkbook,
  builtinCompiledSchema,
  summarizeWorkbook,
  validateWorkbook,
} from "../../src/domain";
import { dataValidationCells, dataValidationAt } from "../../src/emulator/dataValidation";
import type { EmulatedExcel } from "../../src/emulator";
import { syncHighlights } from "../../src/excel/highlights";
import { installInputRules, inputRuleSpecs, removeInputRules } from "../../src/excel/inputRules";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { writeReportSheet } from "../../src/excel/reportSheet";
import { insertSummarySheet } from "../../src/excel/summarySheet";
import { clearHighlights } from "../../src/excel/highlights";
import { exportXlsx } from "../../src/playground/exportWorkbook";
import { emulatorFromXlsx } from "../../src/playground/loadWorkbook";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("playground workbook files", () => {
  let worked: EmulatedExcel;
  let again: EmulatedExcel;
  let bytes: Uint8Array;

  beforeAll(async () => {
    worked = await emulatorFromXlsx(arrayBuffer(fs.readFileSync(SAMPLE)), "kuva-2021-sample.xlsx");
    const host = hostOf(worked);
    const snapshot = await readWorkbookSnapshot(host);
    const report = validateWorkbook(snapshot);
    await syncHighlights(host, report.findings);
    await writeReportSheet(host, report, "fi", "28.11.2026 klo 9.00");
    await insertSummarySheet(host, summarizeWorkbook(snapshot), { lang: "fi", checkedAt: "nyt" });
    const lists = { forecast: ["Toteutuu", "Ei toteudu"], recovery: ["Kyllä", "Ei"] };
    await installInputRules(
      host,
      inputRuleSpecs(analyzeWorkbook(snapshot, builtinCompiledSchema).tables, lists),
    );
    bytes = await exportXlsx(worked);
    again = await emulatorFromXlsx(arrayBuffer(bytes), "again.xlsx");
  });

  it("keeps the sheets, values, number formats, merges and every cell's format", () => {
    expect(again.toSnapshot().sheets).toEqual(worked.toSnapshot().sheets);
    expect(again.snapshotFormats()).toEqual(worked.snapshotFormats());
  });

  it("keeps the Excel tables, frozen rows and column widths of the summary sheet", () => {
    const strip = (e: EmulatedExcel) =>
      e.model.tables.map(({ name, area, style, showHeaders }) => ({ name, area, style, showHeaders }));
    expect(strip(again)).toEqual(strip(worked));
    expect(again.sheet("Yhteenveto").model.frozenRows).toBe(worked.sheet("Yhteenveto").model.frozenRows);
    expect([...again.sheet("Yhteenveto").model.columnWidths]).toEqual([
      ...worked.sheet("Yhteenveto").model.columnWidths,
    ]);
    // Charts are the one thing left out.
    expect(worked.sheet("Yhteenveto").model.charts).toHaveLength(4);
    expect(again.sheet("Yhteenveto").model.charts).toHaveLength(0);
  });

  it("keeps every conditional format (Sitova's highlights) and every defined name with its sheet scope", () => {
    const formats = (e: EmulatedExcel) =>
      Object.fromEntries(
        e
          .sheetNames()
          .map((sheet) => [
            sheet,
            e
              .conditionalFormats(sheet)
              .map(({ ranges, formula, fill, fontColor }) => ({ ranges, formula, fill, fontColor })),
          ]),
      );
    expect(formats(worked).Enn2.length).toBeGreaterThan(0);
    expect(formats(again)).toEqual(formats(worked));
    // The report and summary sheets' tags among them: Sitova still knows its own sheets after reopening.
    expect(
      worked
        .names()
        .filter((n) => n.sheet !== null)
        .map((n) => `${n.sheet}!${n.name}`),
    ).toEqual(expect.arrayContaining(["Tarkistus!Sitova_Report", "Yhteenveto!Sitova_Summary"]));
    expect(again.names()).toEqual(worked.names());
  });

  it("keeps the input rules and Sitova's state, so both can still be removed", async () => {
    expect(dataValidationCells(again, "Enn2")).toEqual(dataValidationCells(worked, "Enn2"));
    expect(dataValidationAt(again, "Enn2", 6, 6)).toEqual(dataValidationAt(worked, "Enn2", 6, 6));
    expect(again.model.customXmlParts).toEqual(worked.model.customXmlParts);
    const host = hostOf(again);
    await removeInputRules(host);
    expect(dataValidationCells(again, "Enn2")).toEqual([]);
    await clearHighlights(host);
    const original = await emulatorFromXlsx(arrayBuffer(fs.readFileSync(SAMPLE)), "kuva-2021-sample.xlsx");
    expect(again.snapshotFormats().Enn2).toEqual(original.snapshotFormats().Enn2);
  });

  it("is a package ExcelJS reads on its own", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Ohjeet",
      "Enn1",
      "Enn2",
      "Tarkistus",
      "Yhteenveto",
    ]);
    const summary = workbook.getWorksheet("Yhteenveto") as unknown as { tables: Record<string, unknown> };
    expect(Object.keys(summary.tables)).toHaveLength(again.model.tables.length);
  });
});
