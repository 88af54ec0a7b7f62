/**
 * A coordinator inserts the summary from the task pane: the summary sheet appears and is shown, with its
 * Excel tables (styled as Excel draws them) and four charts drawn from the emulator's chart model (forecasts and
 * share met by division, forecasts by theme, previous and latest round). The ribbon's Yhteenveto then
 * refreshes it in place: new charts replace the old ones, still four.
 */
import { summaryLabels } from "../../src/domain";
import { eventually, harnessForSuite } from "./support/playground";

/** Ids of the charts on a sheet, from the emulator's model. */
function chartIds(sheet: string): string[] {
  const playground = (
    window as unknown as {
      sitovaPlayground: {
        store: { model: { sheetByName(n: string): { charts: { id: string }[] } | undefined } };
      };
    }
  ).sitovaPlayground;
  return playground.store.model.sheetByName(sheet)?.charts.map((c) => c.id) ?? [];
}

describe("coordinator: the summary", () => {
  const harness = harnessForSuite();

  it("writes the summary sheet with its tables and four charts, and refreshes it", async () => {
    const pg = await harness().open("?lang=fi");
    const labels = summaryLabels("fi");
    await pg.openOptions();
    await pg.pane.getByRole("button", { name: labels.sheet, exact: true }).click();

    await pg.page.locator(`#pg-main table[data-sheet="${labels.sheet}"]`).waitFor();
    expect(await pg.sheetNames()).toContain(labels.sheet);
    const grid = pg.grid;
    await grid.getByText(labels.title, { exact: true }).first().waitFor();

    // Excel tables: at least the latest round's three (distribution, themes, changes), drawn with their style.
    const tables = await grid
      .locator("td[data-table]")
      .evaluateAll((cells) =>
        [...new Set(cells.map((cell) => (cell as HTMLElement).dataset.table))].filter(Boolean),
      );
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const title of [labels.latestTitle, labels.themeTitle, labels.changesTitle])
      expect(await grid.getByText(title).count()).toBeGreaterThan(0);

    // Four charts, each with a title and data drawn from its table.
    const charts = pg.page.locator("#pg-main figure.pg-chart");
    await charts.nth(3).waitFor();
    expect(await charts.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const chart = charts.nth(i);
      expect(await chart.getAttribute("aria-label")).toMatch(/^Kaavio: .+/);
      // At least one drawn bar, slice or line (a single division's share chart has one bar and no legend).
      expect(
        await chart.locator("svg rect[data-series], svg path, svg circle, svg polyline").count(),
      ).toBeGreaterThan(0);
      expect(await chart.locator("table tbody tr").count()).toBeGreaterThan(0);
    }
    await pg.page.setViewportSize({ width: 1920, height: 1080 });
    await pg.screenshot("coordinator-summary");

    // The ribbon's Yhteenveto (the same session) rewrites the sheet: four new charts, no more.
    const before = await pg.page.evaluate(chartIds, labels.sheet);
    await pg.ribbon("Sitova.Summary").click();
    const after = await eventually(
      () => pg.page.evaluate(chartIds, labels.sheet),
      (ids) => ids.length === 4 && ids.every((id) => !before.includes(id)),
    );
    expect(after).toHaveLength(4);
    expect(await charts.count()).toBe(4);
    expect(await pg.sheetNames()).toEqual(["Ohjeet", "Enn1", "Enn2", labels.sheet]);
    expect(pg.errors).toEqual([]);
  });
});
