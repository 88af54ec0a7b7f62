/**
 * A reviewer checks the workbook from the ribbon (the pane shows the same session's results), then walks
 * the findings with the keyboard only: Enter on each selects its cell in the spreadsheet view (on its
 * sheet), and the focus stays in the pane.
 */
import { placeOf, harnessForSuite } from "./support/playground";

describe("reviewer: findings walked with the keyboard", () => {
  const harness = harnessForSuite();

  it("selects each finding's cell in the spreadsheet", async () => {
    const pg = await harness().open("?lang=fi");
    const since = Date.now();
    await pg.ribbon("Sitova.Validate").click();
    await pg.checkedSince(since);
    const texts = await pg.findingTexts();
    const places = texts.map(placeOf);
    // The sample's eight findings, each with a cell.
    expect(places).toHaveLength(8);
    expect(places.every((p) => p !== null)).toBe(true);
    // No report sheet unless a reviewer asks for it (issue 13: the setting is off by default).
    expect(await pg.sheetNames()).not.toContain("Tarkistus");

    const buttons = pg.findingButtons();
    await buttons.first().focus();
    for (let i = 0; i < places.length; i++) {
      const place = places[i]!;
      const focused = await pg.page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(placeOf(focused)).toEqual(place);
      await pg.page.keyboard.press("Enter");
      await pg.page
        .locator(`#pg-main table[data-sheet="${place.sheet}"] td.pg-active[data-address="${place.cell}"]`)
        .waitFor();
      const selection = await pg.selection();
      expect({ sheet: selection.sheet, cell: selection.cell, nameBox: selection.nameBox }).toEqual({
        sheet: place.sheet,
        cell: place.cell,
        nameBox: place.cell,
      });
      expect(await pg.cell(place.cell).getAttribute("aria-selected")).toBe("true");
      // The add-in selected the cell; the keyboard focus is still on the finding.
      expect(await pg.page.evaluate(() => !!document.activeElement?.closest("#root"))).toBe(true);
      if (i < places.length - 1) await pg.page.keyboard.press("ArrowDown");
    }
    await pg.screenshot("reviewer-keyboard-walk");
    expect(pg.errors).toEqual([]);
  });
});
