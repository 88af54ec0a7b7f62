/**
 * The language: Office's display language (?lang=) starts the pane and the ribbon in it; the pane's own
 * setting switches fi → sv → en, and the findings' messages follow (the same messages the engine gives
 * the command line in that language).
 */
import type { Lang } from "../../src/domain";
import { findingMessage, validateWorkbook } from "../../src/domain";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { translator } from "../../src/taskpane/strings";
import type { PlaygroundPage } from "./support/playground";
import { SAMPLE } from "../support/paths";
import { eventually, harnessForSuite } from "./support/playground";

const RIBBON_LABELS: Record<Lang, string[]> = {
  fi: ["Tarkista", "Yhteenveto", "Poista korostukset", "Avaa Sitova"],
  sv: ["Granska", "Sammanfattning", "Ta bort färgmarkeringar", "Öppna Sitova"],
  en: ["Check", "Summary", "Clear highlights", "Open Sitova"],
};

async function engineMessages(lang: Lang): Promise<string[]> {
  const report = validateWorkbook(await readWorkbookFile(SAMPLE));
  return report.findings.map((f) => findingMessage(f, lang)).sort();
}

async function shownMessages(pg: PlaygroundPage, count: number): Promise<string[]> {
  const texts = await eventually(
    () => pg.findingTexts(),
    (list) => list.length === count,
  );
  return texts;
}

async function ribbonLabels(pg: PlaygroundPage): Promise<string[]> {
  return (await pg.page.locator("#pg-header [data-control]").allInnerTexts()).map((s) => s.trim());
}

describe("language fi → sv → en", () => {
  const harness = harnessForSuite();

  it("switches the pane, its findings and the ribbon", async () => {
    const pg = await harness().open("?lang=fi");
    expect(await pg.paneLang()).toBe("fi");
    expect(await ribbonLabels(pg)).toEqual(RIBBON_LABELS.fi);
    await pg.validateFromPane();

    for (const lang of ["fi", "sv", "en"] as Lang[]) {
      const current = await pg.t();
      if (lang !== current.lang) {
        await pg.pane.getByRole("tab", { name: current("view_settings") }).click();
        await pg.pane.getByLabel(current("language")).selectOption(lang);
        await eventually(
          () => pg.paneLang(),
          (l) => l === lang,
        );
        const t = translator(lang);
        await pg.pane.getByRole("tab", { name: t("view_results") }).click();
      }
      const t = translator(lang);
      await pg.pane.getByRole("button", { name: t("check"), exact: true }).waitFor();
      const expected = await engineMessages(lang);
      const texts = await shownMessages(pg, expected.length);
      for (const message of expected) expect(texts.some((text) => text.includes(message))).toBe(true);
      await pg.screenshot(`language-${lang}`);
    }

    // Office's display language: the ribbon and the pane start in English.
    await pg.page.getByLabel("Officen kieli").selectOption("en");
    await pg.page.waitForURL(/lang=en/);
    await pg.ready();
    expect(await pg.paneLang()).toBe("en");
    expect(await ribbonLabels(pg)).toEqual(RIBBON_LABELS.en);
    await pg.page.goto(pg.page.url().replace("lang=en", "lang=sv"));
    await pg.ready();
    expect(await ribbonLabels(pg)).toEqual(RIBBON_LABELS.sv);
    expect(await pg.paneLang()).toBe("sv");
    expect(pg.errors).toEqual([]);
  });
});
