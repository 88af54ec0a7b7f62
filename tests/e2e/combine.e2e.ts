/**
 * A coordinator combines three divisions' workbooks in the pane (Combine workbooks, `?lang=en`): the files are
 * chosen with the file chooser (tests/fixtures/divisions, counted by hand in its README), read in the browser,
 * and the city summary sheet appears with one row per division, the city total, the board's list with the
 * full risk comments, and the charts drawn from the emulator's chart model with the add-in's colours, whole-
 * number axes and data labels. Screenshots of the pane and of each chart go to test-results/e2e/.
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import * as path from "node:path";
import { summaryLabels } from "../../src/domain";
import { translator } from "../../src/taskpane/strings";
import { FIXTURES } from "../support/paths";
import { SCREENSHOTS, harnessForSuite } from "./support/playground";

const DIVISIONS = path.join(FIXTURES, "divisions");
const FILES = ["kasko-2023.xlsx", "kymp-2023.xlsx", "SOTE_ennusteet_2023.xlsx"].map((f) =>
  path.join(DIVISIONS, f),
);

describe("coordinator: combine workbooks", () => {
  const harness = harnessForSuite();

  it("writes the city summary of three division files, with its charts", async () => {
    const pg = await harness().open("?lang=en");
    const t = translator("en");
    const labels = summaryLabels("en");
    await pg.page.setViewportSize({ width: 1920, height: 1080 });

    // Beside Yhteenveto, behind the options button; it opens the combine view.
    await pg.openOptions();
    await pg.pane.getByRole("button", { name: t("combine"), exact: true }).click();
    const panel = pg.pane.getByRole("region", { name: t("combine") });
    await panel.getByLabel(t("combinePick")).setInputFiles(FILES);
    for (const file of FILES) await panel.getByText(path.basename(file), { exact: true }).waitFor();
    // The files never leave the computer: while combining, the page asks only its own server for its code
    // (the reader's chunk, loaded now), and sends nothing.
    const requests: string[] = [];
    pg.page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    await panel.getByRole("button", { name: t("combineStart"), exact: true }).click();
    await panel.getByText(t("combineDone", { sheet: labels.citySheet })).waitFor();
    const origin = new URL(pg.page.url()).origin;
    expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`) || !r.endsWith(".js"))).toEqual([]);
    expect(requests.some((r) => r.includes("combine-reader"))).toBe(true);
    await pg.pane.screenshot({ path: path.join(SCREENSHOTS, "combine-pane.png"), animations: "disabled" });
    // The panel with its list and outcome passes axe: no serious or critical violation.
    const scan = await new AxeBuilder({ page: pg.page }).include("#root section[aria-labelledby]").analyze();
    expect(
      scan.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);

    expect(await pg.sheetNames()).toEqual(["Ohjeet", "Enn1", "Enn2", labels.citySheet]);
    await pg.page.locator(`#pg-main table[data-sheet="${labels.citySheet}"]`).waitFor();
    const grid = pg.grid;
    // One row per division and the city total (tests/fixtures/divisions/README.md).
    // Rows of the grid as texts (the row number first), e.g. ["14", "KASKO", …].
    const gridRows = async () =>
      (await grid.locator("tr").allInnerTexts()).map((text) =>
        text
          .split(/\t|\n/)
          .map((cell) => cell.trim())
          .filter(Boolean),
      );
    /** The division table's row: the division in column A, a share in percent. */
    const rowOf = async (first: string) =>
      (await gridRows()).find((cells) => cells[1] === first && cells.some((cell) => cell.endsWith("%")));
    expect(await rowOf("KASKO")).toEqual(expect.arrayContaining(["KASKO", "4", "2", "1", "0", "50 %"]));
    expect(await rowOf("KYMP")).toEqual(expect.arrayContaining(["KYMP", "5", "2", "0", "1", "40 %"]));
    expect(await rowOf("SOTEPE")).toEqual(expect.arrayContaining(["SOTEPE", "4", "3", "1", "0", "75 %"]));
    expect(await rowOf(labels.cityTotal)).toEqual(expect.arrayContaining(["13", "7", "4", "1", "54 %"]));
    // The board's list: the goals not met or at risk, with their full risk comments.
    expect(await grid.getByText(/^Riskit: /).count()).toBeGreaterThanOrEqual(5);

    const charts = pg.page.locator("#pg-main figure.pg-chart");
    await charts.nth(3).waitFor();
    const names = await charts.evaluateAll((figures) =>
      figures.map((f) => (f as HTMLElement).dataset.chartName),
    );
    expect(names).toEqual(expect.arrayContaining(["Sitova divisions", "Sitova shareMet", "Sitova themes"]));
    const divisions = pg.page.locator('figure.pg-chart[data-chart-name="Sitova divisions"]');
    // Full division names, whole-number ticks, the met colour, labels, a legend at the bottom.
    const categories = await divisions
      .locator("text[data-category]")
      .evaluateAll((e) => e.map((n) => n.getAttribute("data-category")));
    expect(categories).toEqual(["KASKO", "KYMP", "SOTEPE"]);
    const ticks = await divisions
      .locator("g[data-tick]")
      .evaluateAll((e) => e.map((n) => n.getAttribute("data-tick")));
    expect(ticks.every((tick) => /^\d+$/.test(tick ?? ""))).toBe(true);
    expect(await divisions.locator('rect[data-series][fill="#005C44"]').count()).toBe(3);
    expect(await divisions.locator("text[data-label]").count()).toBeGreaterThan(5);
    expect(await divisions.locator('g[data-legend="bottom"]').count()).toBe(1);

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await pg.screenshot("combine-city-sheet");
    for (const name of names) {
      const id = (name ?? "chart").replace(/^Sitova /, "");
      const chart = pg.page.locator(`figure.pg-chart[data-chart-name="${name}"]`);
      await chart.scrollIntoViewIfNeeded();
      const file = path.join(SCREENSHOTS, `combine-chart-${id}.png`);
      await chart.screenshot({ path: file, animations: "disabled" });
    }
    expect(pg.errors).toEqual([]);
  });
});
