/**
 * A coordinator inserts the summary from the task pane: the summary sheet appears and is shown, with its
 * Excel tables (styled as Excel draws them) and three charts drawn from the emulator's chart model. The
 * ribbon's Yhteenveto then refreshes it in place: new charts replace the old ones, still three.
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

  it("writes the summary sheet with its tables and three charts, and refreshes it", async () => {
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

    // Three charts, each with a title and data drawn from its table.
    const charts = pg.page.locator("#pg-main figure.pg-chart");
    await charts.nth(2).waitFor();
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const chart = charts.nth(i);
      expect(await chart.getAttribute("aria-label")).toMatch(/^Kaavio: .+/);
      expect(await chart.locator("svg rect, svg path, svg circle, svg polyline").count()).toBeGreaterThan(2);
      expect(await chart.locator("table tbody tr").count()).toBeGreaterThan(0);
    }
    await pg.page.setViewportSize({ width: 1920, height: 1080 });
    await pg.screenshot("coordinator-summary");

    // The ribbon's Yhteenveto (the same session) rewrites the sheet: three new charts, no more.
    const before = await pg.page.evaluate(chartIds, labels.sheet);
    await pg.ribbon("Sitova.Summary").click();
    const after = await eventually(
      () => pg.page.evaluate(chartIds, labels.sheet),
      (ids) => ids.length === 3 && ids.every((id) => !before.includes(id)),
    );
    expect(after).toHaveLength(3);
    expect(await charts.count()).toBe(3);
    expect(await pg.sheetNames()).toEqual(["Ohjeet", "Enn1", "Enn2", labels.sheet]);
    expect(pg.errors).toEqual([]);
  });
});
