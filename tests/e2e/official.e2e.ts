/**
 * An official fills in the forecast table with live validation on: clearing a risk comment makes a finding
 * appear (in the pane and as a highlight on the cell) without pressing Tarkista; typing the comment back
 * makes it go.
 */
import type { PlaygroundPage } from "./support/playground";
import { eventually, harnessForSuite } from "./support/playground";

const WARNING_FILL = "#FFEB9C";
const COMMENT = "Riskit: ei merkittäviä riskejä tiedossa.";

describe("official: live validation", () => {
  const harness = harnessForSuite();
  let pg: PlaygroundPage;

  it("shows a finding as soon as a cell is edited, and drops it when the cell is fixed", async () => {
    pg = await harness().open("?lang=fi");
    const t = await pg.t();
    const since = Date.now();
    await pg.openOptions();
    await pg.pane.getByRole("switch", { name: t("live") }).check();
    await pg.checkedSince(since); // turning live validation on checks the workbook first
    await pg.showSheet("Enn2");
    const before = await pg.findingTexts();
    expect(before.some((text) => text.includes("Enn2!G5"))).toBe(false);
    expect(await pg.fill("G5")).toBeNull();

    // Clear the risk comment in the grid: click the cell, press Delete.
    await pg.cell("G5").click();
    await pg.page.keyboard.press("Delete");
    const appeared = await eventually(
      () => pg.findingTexts(),
      (texts) => texts.some((text) => text.includes("Enn2!G5")),
    );
    expect(appeared).toHaveLength(before.length + 1);
    expect(appeared.find((text) => text.includes("Enn2!G5"))).toMatch(
      /missing-risk-comment|Kommentti puuttuu/,
    );
    await eventually(
      () => pg.fill("G5"),
      (fill) => fill === WARNING_FILL,
    );

    // Type the comment back into the cell (typing starts an edit; Enter commits).
    await pg.cell("G5").click();
    await pg.page.keyboard.type(COMMENT);
    await pg.page.keyboard.press("Enter");
    expect(await pg.cell("G5").innerText()).toBe(COMMENT);
    const fixed = await eventually(
      () => pg.findingTexts(),
      (texts) => !texts.some((text) => text.includes("Enn2!G5")),
    );
    expect(fixed).toEqual(before);
    await eventually(
      () => pg.fill("G5"),
      (fill) => fill === null,
    );
    // Enter moved the selection down, as in Excel.
    expect((await pg.selection()).cell).toBe("G6");

    await pg.selectCell("G5");
    await pg.screenshot("official-live-validation");
    expect(pg.errors).toEqual([]);
  });
});
