/**
 * Highlights as conditional formats marked as Sitova's: under both profiles (jest projects `default` and
 * `fi-desktop`), nothing of the user's formats changes, and clearing removes exactly Sitova's formats.
 */
import { validateWorkbook } from "../../src/domain";
import type { Finding } from "../../src/domain";
import { createEmulator } from "../../src/emulator";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { runCheck } from "../../src/excel/check";
import {
  HIGHLIGHT_FILLS,
  clearHighlights,
  highlightAreas,
  isSitovaRule,
  ruleFormula,
  syncHighlights,
} from "../../src/excel/highlights";
import type { SitovaState } from "../../src/excel/state";
import { STATE_NAMESPACE, emptyState, stateFromXml, stateToXml } from "../../src/excel/state";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

const shown = (emulator: EmulatedExcel, sheet: string, cell: string) =>
  emulator.displayedFills(sheet, cell)[cell];
const sitovaFormats = (emulator: EmulatedExcel, sheet: string) =>
  emulator.conditionalFormats(sheet).filter((f) => isSitovaRule(f.formula));

async function findingsOf(emulator: EmulatedExcel): Promise<Finding[]> {
  return validateWorkbook(await readWorkbookSnapshot(hostOf(emulator))).findings;
}

/** A user's own conditional format, added as a user would (a rule Sitova must never touch). */
async function addUserFormat(emulator: EmulatedExcel, sheet: string, address: string): Promise<void> {
  await emulator.run(async (context) => {
    const format = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .conditionalFormats.add("Custom");
    format.custom.rule.formula = '=$D5="Ei"';
    format.custom.format.fill.color = "#00B050";
    await context.sync();
  });
}

describe("the highlight mark", () => {
  it("recognises Sitova's rule formulas and nothing else", () => {
    expect(isSitovaRule(ruleFormula("error"))).toBe(true);
    expect(isSitovaRule('= N( "Sitova warning" ) = 0')).toBe(true);
    expect(isSitovaRule('=N("Sitova")=0')).toBe(true);
    expect(isSitovaRule('=N("Sitovat")=0')).toBe(false);
    expect(isSitovaRule('=$D5="Ei"')).toBe(false);
    expect(isSitovaRule(null)).toBe(false);
  });

  it("covers flagged cells with few rectangles: runs down columns, equal runs side by side", () => {
    const cells = new Map([
      ["D4", "error"],
      ["D5", "error"],
      ["E4", "error"],
      ["E5", "error"],
      ["G9", "warning"],
      ["G7", "error"],
    ] as const);
    expect(highlightAreas(cells)).toEqual([
      { address: "D4:E5", severity: "error" },
      { address: "G7", severity: "error" },
      { address: "G9", severity: "warning" },
    ]);
  });
});

describe("highlights as Sitova's conditional formats", () => {
  it("shows each flagged cell in its severity's colour without changing any cell's own format", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      fills: { Enn2: { G6: "#00FF00", D9: "#FFFFFF" } },
    });
    const before = emulator.snapshotFormats();
    await syncHighlights(hostOf(emulator), await findingsOf(emulator));
    expect(shown(emulator, "Enn2", "G6")).toBe(HIGHLIGHT_FILLS.warning);
    expect(shown(emulator, "Enn2", "D9")).toBe(HIGHLIGHT_FILLS.error);
    expect(shown(emulator, "Enn2", "A5")).toBeNull();
    expect(emulator.snapshotFormats()).toEqual(before);
    expect(sitovaFormats(emulator, "Enn2").length).toBeGreaterThan(0);
  });

  it("clearing deletes exactly Sitova's formats: white and no fill, and the user's own rules, stay as they were", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      fills: { Enn2: { D9: "#FFFFFF", H10: "#123456" } },
    });
    await addUserFormat(emulator, "Enn2", "D5:D12");
    const formats = emulator.snapshotFormats();
    const userRules = emulator.conditionalFormats("Enn2");
    const host = hostOf(emulator);
    await syncHighlights(host, await findingsOf(emulator));
    await clearHighlights(host);
    expect(emulator.conditionalFormats("Enn2")).toEqual(userRules);
    expect(emulator.snapshotFormats()).toEqual(formats);
    expect(emulator.sheet("Enn2").cell("D9").fill).toBe("#FFFFFF");
    expect(emulator.sheet("Enn2").cell("G6").fill ?? null).toBeNull();
  });

  it("a re-check replaces Sitova's formats rather than adding to them", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    const findings = await findingsOf(emulator);
    await syncHighlights(host, findings);
    const first = sitovaFormats(emulator, "Enn2");
    await syncHighlights(host, findings);
    expect(sitovaFormats(emulator, "Enn2").map((f) => [f.ranges, f.fill])).toEqual(
      first.map((f) => [f.ranges, f.fill]),
    );
    await syncHighlights(
      host,
      findings.filter((f) => f.cell !== "D9"),
    );
    expect(shown(emulator, "Enn2", "D9")).toBeNull();
  });

  it("clears Sitova's formats on a copy of a sheet too, whatever its id", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    await syncHighlights(host, await findingsOf(emulator));
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").copy("End");
      await context.sync();
    });
    const copy = emulator.sheetNames().find((n) => n.startsWith("Enn2 ("))!;
    expect(sitovaFormats(emulator, copy).length).toBeGreaterThan(0);
    await clearHighlights(host);
    expect(sitovaFormats(emulator, copy)).toEqual([]);
    expect(sitovaFormats(emulator, "Enn2")).toEqual([]);
  });

  it("uses no address lists, so Finnish desktop Excel (list separator ;) and long lists cannot fail it", async () => {
    // 2 000 flagged cells, every other row: far over the ~100 areas a list may hold under fi-desktop.
    const rows = Array.from({ length: 4000 }, (_, i) => [i % 2 === 0 ? "x" : "y"]);
    const emulator = createEmulator({
      sheets: [
        {
          name: "S",
          origin: { row: 1, column: 1 },
          values: rows,
          numberFormats: [],
          merges: [],
          hiddenRows: [],
          hiddenColumns: [],
        },
      ],
    });
    const findings: Finding[] = rows.flatMap((_, i) =>
      i % 2 === 0
        ? [
            {
              rule: "required-value",
              severity: "error",
              sheet: "S",
              cell: `A${i + 1}`,
              row: i + 1,
              column: 1,
              field: null,
              messageId: "empty",
              data: { header: "A" },
            },
          ]
        : [],
    );
    const result = await syncHighlights(hostOf(emulator), findings);
    expect(result.painted).toBe(2000);
    expect(shown(emulator, "S", "A3999")).toBe(HIGHLIGHT_FILLS.error);
    expect(shown(emulator, "S", "A4000")).toBeNull();
    expect(emulator.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });

  it("writes nothing on a protected sheet and says which sheet", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, { protectedSheets: { Enn2: {} } });
    await expect(syncHighlights(hostOf(emulator), await findingsOf(emulator))).rejects.toMatchObject({
      code: "protected-sheet",
      subjects: ["Enn2"],
    });
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
  });
});

describe("workbooks highlighted by an earlier version (fills recorded in the state part)", () => {
  async function legacyWorkbook() {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      // D9 and H10 were painted over the user's own fills; G6 had none; the user repainted H11 since.
      fills: {
        Enn2: {
          D9: HIGHLIGHT_FILLS.error,
          H10: HIGHLIGHT_FILLS.error,
          G6: HIGHLIGHT_FILLS.warning,
          H11: "#0000FF",
        },
      },
    });
    const id = emulator.sheet("Enn2").model.id;
    const state: SitovaState = {
      ...emptyState(),
      highlights: {
        [id]: {
          D9: { original: { pattern: "Solid", color: "#123456" }, painted: HIGHLIGHT_FILLS.error },
          H10: { original: { pattern: "Gray25", color: "#00FF00" }, painted: HIGHLIGHT_FILLS.error },
          G6: { original: { pattern: "None", color: "#FFFFFF" }, painted: HIGHLIGHT_FILLS.warning },
          H11: { original: { pattern: "None", color: "#FFFFFF" }, painted: HIGHLIGHT_FILLS.error },
        },
      },
      ruleSettings: { "blank-row": "off" },
    };
    await emulator.run(async (context) => {
      context.workbook.customXmlParts.add(stateToXml(state));
      await context.sync();
    });
    return emulator;
  }

  const savedStates = (emulator: EmulatedExcel) =>
    emulator.model.customXmlParts
      .filter((p) => p.namespaceUri === STATE_NAMESPACE)
      .map((p) => stateFromXml(p.xml));

  it("restores the recorded fills once, keeps a fill the user changed, and drops the records", async () => {
    const emulator = await legacyWorkbook();
    const result = await clearHighlights(hostOf(emulator));
    expect(result.restored).toBe(3);
    const sheet = emulator.sheet("Enn2");
    expect(sheet.cell("D9").fill).toBe("#123456");
    expect(sheet.cell("H10").fill).toBe("#00FF00");
    expect(sheet.cell("G6").fill ?? null).toBeNull();
    expect(sheet.cell("H11").fill).toBe("#0000FF");
    expect(savedStates(emulator)).toEqual([{ ...emptyState(), ruleSettings: { "blank-row": "off" } }]);
    // A second clear finds nothing more to restore.
    expect((await clearHighlights(hostOf(emulator))).restored).toBe(0);
  });

  it("a check migrates too: the user's fills come back under Sitova's new highlights", async () => {
    const emulator = await legacyWorkbook();
    await runCheck(hostOf(emulator), {
      validate: (snapshot) => validateWorkbook(snapshot),
      highlights: true,
      report: { lang: "fi", checkedAt: () => "now" },
    });
    expect(emulator.sheet("Enn2").cell("D9").fill).toBe("#123456");
    expect(shown(emulator, "Enn2", "D9")).toBe(HIGHLIGHT_FILLS.error);
    expect(savedStates(emulator).map((s) => s.highlights)).toEqual([{}]);
  });

  it("merges several state parts (left by runs that raced) into one, keeping every setting", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    await emulator.run(async (context) => {
      context.workbook.customXmlParts.add(
        stateToXml({ ...emptyState(), ruleSettings: { "blank-row": "off" } }),
      );
      context.workbook.customXmlParts.add(
        stateToXml({ ...emptyState(), ruleSettings: { "unknown-theme": "error" } }),
      );
      await context.sync();
    });
    await clearHighlights(hostOf(emulator));
    expect(savedStates(emulator)).toEqual([
      { ...emptyState(), ruleSettings: { "blank-row": "off", "unknown-theme": "error" } },
    ]);
  });
});
