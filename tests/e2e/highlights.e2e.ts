/**
 * Highlights on, then off: the findings' cells show a fill by severity, drawn by Sitova's conditional
 * formats over the cells' own formats, which never change (as the emulator holds them, not only as the
 * view paints them); switching the highlights off in the pane, or the ribbon's Poista korostukset, removes
 * every Sitova conditional format, and after Poista korostukset the ribbon's Tarkista highlights again.
 */
import { eventually, harnessForSuite, isSitovaRule } from "./support/playground";

const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

describe("highlights on, then off", () => {
  const harness = harnessForSuite();

  it("marks the findings' cells over their own formats and removes exactly its marks", async () => {
    const pg = await harness().open("?lang=fi");
    const t = await pg.t();
    const before = await pg.formats();
    const userSheets = Object.keys(before);
    const userFormats = async () => {
      const now = await pg.formats();
      return Object.fromEntries(userSheets.map((sheet) => [sheet, now[sheet]]));
    };

    const sitovaRules = async () =>
      Object.values(await pg.conditionalFormats())
        .flat()
        .filter(isSitovaRule).length;

    await pg.validateFromPane();
    await pg.showSheet("Enn2");
    expect(await userFormats()).toEqual(before);
    expect(await sitovaRules()).toBeGreaterThan(0);
    expect(await pg.fill("D9")).toBe(ERROR_FILL);
    expect(await pg.fill("G6")).toBe(WARNING_FILL);
    // The header row has the user's own fill, and no finding: it keeps it.
    const headerFill = (before.Enn2.D4 as { fill?: string } | undefined)?.fill;
    expect(headerFill).toMatch(/^#[0-9A-F]{6}$/);
    expect(await pg.fill("D4")).toBe(headerFill);

    await pg.openOptions();
    const highlights = pg.pane.getByRole("switch", { name: t("highlights") });
    await highlights.uncheck();
    await eventually(sitovaRules, (count) => count === 0);
    expect(await userFormats()).toEqual(before);
    expect(await pg.fill("D9")).toBeNull();
    expect(await pg.fill("G6")).toBeNull();

    await highlights.check();
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === ERROR_FILL,
    );

    // The ribbon's Poista korostukset removes them now, through the shared session; the switch stays on,
    // so a later Tarkista highlights again, as its tooltip says (issue 13).
    await pg.ribbon("Sitova.Clear").click();
    await eventually(sitovaRules, (count) => count === 0);
    expect(await userFormats()).toEqual(before);
    expect(await pg.fill("D9")).toBeNull();
    await pg.screenshot("highlights-off");
    await pg.openOptions(); // the ribbon's click closed the popover
    expect(await highlights.isChecked()).toBe(true);
    const since = Date.now();
    await pg.ribbon("Sitova.Validate").click();
    await pg.checkedSince(since);
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === ERROR_FILL,
    );
    expect(pg.errors).toEqual([]);
  });
});
