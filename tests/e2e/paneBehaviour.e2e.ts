/**
 * Issue 13's behaviours in the playground, as a reviewer meets them: results that went out of date after
 * an edit (live validation off) and the one-click re-check; a cell selected in the sheet selects its
 * finding; a quick fix and its Peru; and Ohita with a reason surviving a download and reopening of the
 * workbook (the ignore lives in the workbook's Sitova state). Screenshots go to test-results/e2e/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { PlaygroundPage } from "./support/playground";
import { eventually, harnessForSuite } from "./support/playground";

/** The card of a cell's finding in the pane. */
const card = (pg: PlaygroundPage, sheet: string, cell: string) =>
  pg.pane.locator(`li[data-finding^="${sheet}!${cell}|"]`);

describe("the pane's behaviour with the workbook", () => {
  const harness = harnessForSuite();
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-e2e-behaviour-"));
  });
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("says the results are out of date after an edit, and one click checks again", async () => {
    const pg = await harness().open("?lang=fi&paneWidth=320");
    const t = await pg.t();
    await pg.validateFromPane();
    await pg.showSheet("Enn2");
    expect(await pg.fill("D9")).toBe("#FFC7CE");
    await pg.typeInCell("D9", "Ei");
    const banner = pg.pane.getByText(t("staleTitle"));
    await banner.waitFor();
    await pg.pane.getByText(t("staleBody", { sheets: "Enn2" })).waitFor();
    // The results stay what the check found until the user checks again.
    expect(await card(pg, "Enn2", "D9").count()).toBe(1);
    await pg.screenshot("pane-behaviour-stale");

    await pg.pane.getByRole("button", { name: t("staleRecheck") }).click();
    await banner.waitFor({ state: "detached" });
    expect(await card(pg, "Enn2", "D9").count()).toBe(0);
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === null,
    );
    expect(pg.errors).toEqual([]);
  });

  it("selecting a flagged cell selects its finding in the pane", async () => {
    const pg = await harness().open("?lang=sv&paneWidth=320");
    await pg.validateFromPane();
    await pg.showSheet("Enn2");
    await pg.selectCell("Enn2!H11");
    const selected = pg.pane.locator('li[aria-current="true"]');
    await eventually(
      () => selected.getAttribute("data-finding"),
      (key) => key?.startsWith("Enn2!H11|") ?? false,
    );
    expect(await selected.count()).toBe(1);
    // Scrolled into the list's view.
    const inView = await selected.evaluate((item) => {
      const list = item.closest('[data-testid="findings-scroll"]')!.getBoundingClientRect();
      const box = item.getBoundingClientRect();
      return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
    });
    expect(inView).toBe(true);
    // A cell without a finding clears it.
    await pg.selectCell("Enn2!B3");
    await selected.waitFor({ state: "detached" });
    await pg.selectCell("Enn2!D9");
    await card(pg, "Enn2", "D9").and(selected).waitFor();
    await pg.screenshot("pane-behaviour-selection");
    expect(pg.errors).toEqual([]);
  });

  it("a quick fix writes the suggested theme, and Peru writes the old value back", async () => {
    const pg = await harness().open("?lang=fi&paneWidth=320");
    const t = await pg.t();
    await pg.validateFromPane();
    await pg.showSheet("Enn2");
    const fix = { from: "Uudistuvat palvelu", to: "Uudistuvat palvelut" };
    await card(pg, "Enn2", "A12")
      .getByRole("button", { name: t("fixButtonLabel", { place: "Enn2!A12", ...fix }) })
      .click();
    await eventually(
      () => pg.cell("A12").innerText(),
      (text) => text === fix.to,
    );
    await card(pg, "Enn2", "A12").waitFor({ state: "detached" });
    await pg.pane.getByText(t("fixDone", { n: 1 })).waitFor();
    await pg.screenshot("pane-behaviour-fixed");

    await pg.pane.getByRole("button", { name: t("undoFix"), exact: true }).click();
    await eventually(
      () => pg.cell("A12").innerText(),
      (text) => text === fix.from,
    );
    await card(pg, "Enn2", "A12").waitFor();
    await pg.pane.getByText(t("fixUndone", { n: 1 })).waitFor();
    expect(pg.errors).toEqual([]);
  });

  it("counts what a long read has done, and Peruuta leaves the workbook as it was", async () => {
    const pg = await harness().open("?lang=fi&paneWidth=320");
    const t = await pg.t();
    // 6,000 more goal rows (about three read round trips of 20,000 cells), and Excel on a slow network: each
    // round trip takes 1.5 s, so the counts between two of them stay on screen.
    const before = await pg.page.evaluate(() => {
      const { emulator } = (
        window as unknown as {
          sitovaPlayground: {
            store: {
              emulator: {
                editCells(sheet: string, address: string, values: unknown): void;
                sheetNames(): string[];
                profile: { syncDelay: unknown };
              };
            };
          };
        }
      ).sitovaPlayground.store;
      const goal = (i: number) => ["Toimiva ja kaunis kaupunki", `Tavoite ${i}`, "Mittari", "Ei", "Toteutuu"];
      const rows = Array.from({ length: 6000 }, (_, i) => [...goal(i + 1), "Toteutuu", "", 1, "", "", ""]);
      emulator.editCells("Enn2", "A20:K6019", rows);
      emulator.profile.syncDelay = 1500;
      return emulator.sheetNames();
    });
    await pg.pane.getByRole("button", { name: t("check"), exact: true }).click();
    // The first chunk read: Ohjeet and Enn1 whole, Enn2 in part.
    await pg.pane.getByText(/^Luettu 2\/3 välilehteä, \d+ riviä$/).waitFor();
    await pg.screenshot("pane-behaviour-progress");
    await pg.pane.getByRole("button", { name: t("cancelCheck"), exact: true }).click();
    await pg.pane.getByText(t("checkCancelled")).waitFor();
    // Nothing was written: no results, no new sheet, no highlight.
    const after = await pg.page.evaluate(() => {
      const { store, session } = (
        window as unknown as {
          sitovaPlayground: {
            store: { emulator: { sheetNames(): string[]; conditionalFormats(sheet: string): unknown[] } };
            session: { getState(): { report: unknown } };
          };
        }
      ).sitovaPlayground;
      return {
        sheets: store.emulator.sheetNames(),
        formats: store.emulator.conditionalFormats("Enn2").length,
        report: session.getState().report,
      };
    });
    expect(after).toEqual({ sheets: before, formats: 0, report: null });
    expect(pg.errors).toEqual([]);
  });

  it("Ohita with a reason is kept in the workbook: it survives a download and reopening", async () => {
    const pg = await harness().open("?lang=fi&paneWidth=320");
    const t = await pg.t();
    await pg.validateFromPane();
    const d9 = card(pg, "Enn2", "D9");
    await d9
      .getByRole("button", { name: /Enn2!D9/ })
      .last()
      .click(); // Näytä ohje
    await d9.getByRole("textbox", { name: t("ignoreReason") }).fill("Sovittu tarkastajan kanssa");
    await d9.getByRole("button", { name: t("ignoreLabel", { place: "Enn2!D9" }) }).click();
    await d9.waitFor({ state: "detached" });
    await pg.pane.getByRole("button", { name: t("ignoredHeading", { n: 1 }) }).waitFor();

    const [download] = await Promise.all([
      pg.page.waitForEvent("download"),
      pg.page.getByRole("button", { name: "Lataa .xlsx" }).click(),
    ]);
    const file = path.join(tmp, "ignored.xlsx");
    await download.saveAs(file);
    await Promise.all([
      pg.page.waitForEvent("load"),
      pg.page.locator("#pg-header input[type=file]").setInputFiles(file),
    ]);
    await pg.ready();
    expect(await pg.page.locator(".pg-file").innerText()).toBe("ignored.xlsx");

    await pg.validateFromPane();
    expect(await card(pg, "Enn2", "D9").count()).toBe(0);
    const ignored = pg.pane.getByRole("button", { name: t("ignoredHeading", { n: 1 }) });
    await ignored.click();
    await pg.pane.getByText(t("ignoredReason", { reason: "Sovittu tarkastajan kanssa" })).waitFor();
    await pg.screenshot("pane-behaviour-ignored-after-reopen");

    await pg.pane.getByRole("button", { name: t("restoreIgnoredLabel", { place: "Enn2!D9" }) }).click();
    await card(pg, "Enn2", "D9").waitFor();
    expect(pg.errors).toEqual([]);
  });
});
