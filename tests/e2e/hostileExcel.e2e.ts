/**
 * The playground on the hostile Excel profile (`?excel=fi-desktop`: `;` as list separator, white and
 * "no fill" reading the same, sheet ids reused, every sync a round trip, undo cleared by add-in writes …).
 * A reviewer's Tarkista from the ribbon lists the sample's findings and marks their cells; the ribbon's
 * Poista korostukset then leaves no Sitova conditional format anywhere, and every format of the user's
 * (a white fill and no fill on flagged cells, the header's fill, a conditional format of the user's own)
 * exactly as it was, as the emulator holds it and as the view paints it.
 */
import type { ConditionalFormatView } from "./support/playground";
import { eventually, harnessForSuite, isSitovaRule } from "./support/playground";

const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

/** The playground's emulator, as far as this journey writes to it (the user's own formats). */
type PlaygroundWindow = { sitovaPlayground: { store: { emulator: { run: typeof Excel.run } } } };

const sitovaRules = (rules: Record<string, ConditionalFormatView[]>) =>
  Object.values(rules).flat().filter(isSitovaRule);

describe("hostile Excel (fi-desktop): Tarkista and Poista korostukset", () => {
  const harness = harnessForSuite();

  it("lists and marks the findings, then removes exactly Sitova's formats and nothing of the user's", async () => {
    const pg = await harness().open("?lang=fi&excel=fi-desktop");
    expect(await pg.profileName()).toBe("fi-desktop");

    // The user's own formats on cells Sitova will flag (D9 errors, G6 warns): a white fill on D9 (which
    // reads like "no fill" on this profile), and a conditional format of the user's own on G5:G7.
    await pg.page.evaluate(async () => {
      const emulator = (window as unknown as PlaygroundWindow).sitovaPlayground.store.emulator;
      await emulator.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Enn2");
        sheet.getRange("D9").format.fill.color = "#FFFFFF";
        const own = sheet.getRange("G5:G7").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        own.custom.rule.formula = "=LEN(G5)>500";
        own.custom.format.font.color = "#9C0006";
        await context.sync();
      });
    });
    const formatsBefore = await pg.formats();
    const rulesBefore = await pg.conditionalFormats();
    expect(rulesBefore.Enn2).toHaveLength(1);
    await pg.showSheet("Enn2");
    const headerFill = await pg.fill("D4");
    expect(headerFill).toMatch(/^#[0-9A-F]{6}$/);
    expect(await pg.fill("D9")).toBe("#FFFFFF");
    expect(await pg.fill("G6")).toBeNull();

    // The reviewer's Tarkista, from the ribbon.
    const since = Date.now();
    await pg.ribbon("Sitova.Validate").click();
    await pg.checkedSince(since);
    const texts = await pg.findingTexts();
    expect(texts).toHaveLength(8);
    expect(texts.filter((text) => /Enn2!D9\b/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => /Enn2!G6\b/.test(text))).toHaveLength(1);
    // No report sheet unless a reviewer asks for it (issue 13: the setting is off by default).
    expect(await pg.sheetNames()).not.toContain("Tarkistus");

    // Marked by Sitova's own conditional formats, over the user's formats (which are unchanged).
    await pg.showSheet("Enn2");
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === ERROR_FILL,
    );
    expect(await pg.fill("G6")).toBe(WARNING_FILL);
    expect(await pg.fill("D4")).toBe(headerFill);
    const marked = await pg.conditionalFormats();
    expect(sitovaRules(marked).length).toBeGreaterThan(0);
    expect(marked.Enn2).toEqual(expect.arrayContaining(rulesBefore.Enn2));
    const userSheets = Object.keys(formatsBefore);
    const userFormats = async () => {
      const now = await pg.formats();
      return Object.fromEntries(userSheets.map((sheet) => [sheet, now[sheet]]));
    };
    expect(await userFormats()).toEqual(formatsBefore);

    // Poista korostukset, from the ribbon: no Sitova format anywhere, every user format as it was.
    await pg.ribbon("Sitova.Clear").click();
    await eventually(
      () => pg.conditionalFormats(),
      (rules) => sitovaRules(rules).length === 0,
    );
    const cleared = await pg.conditionalFormats();
    for (const sheet of Object.keys(rulesBefore)) expect(cleared[sheet]).toEqual(rulesBefore[sheet]);
    expect(await userFormats()).toEqual(formatsBefore);
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === "#FFFFFF",
    );
    expect(await pg.fill("G6")).toBeNull();
    expect(await pg.fill("D4")).toBe(headerFill);
    await pg.screenshot("hostile-excel-cleared");
    expect(pg.errors).toEqual([]);
  });
});
