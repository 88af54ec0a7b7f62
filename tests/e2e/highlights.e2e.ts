/**
 * Highlights on, then off: the findings' cells are filled by severity, and switching the highlights off
 * (in the pane, or with the ribbon's Poista korostukset) gives every cell of the user's sheets exactly the
 * format it had before, as the emulator holds it (not only as the view paints it).
 */
import { eventually, harnessForSuite } from "./support/playground";

const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

describe("highlights on, then off", () => {
  const harness = harnessForSuite();

  it("paints the findings' cells and restores every cell's format", async () => {
    const pg = await harness().open("?lang=fi");
    const t = await pg.t();
    const before = await pg.formats();
    const userSheets = Object.keys(before);
    const userFormats = async () => {
      const now = await pg.formats();
      return Object.fromEntries(userSheets.map((sheet) => [sheet, now[sheet]]));
    };

    await pg.validateFromPane();
    await pg.showSheet("Enn2");
    const painted = await userFormats();
    expect(painted).not.toEqual(before);
    expect(painted.Enn2.D9).toMatchObject({ fill: ERROR_FILL });
    expect(painted.Enn2.G6).toMatchObject({ fill: WARNING_FILL });
    expect(await pg.fill("D9")).toBe(ERROR_FILL);
    expect(await pg.fill("G6")).toBe(WARNING_FILL);
    // The header row has the user's own fill, and no finding: it keeps it.
    const headerFill = (before.Enn2.D4 as { fill?: string } | undefined)?.fill;
    expect(headerFill).toMatch(/^#[0-9A-F]{6}$/);
    expect(await pg.fill("D4")).toBe(headerFill);

    const highlights = pg.pane.getByRole("switch", { name: t("highlights") });
    await highlights.uncheck();
    await eventually(userFormats, (formats) => JSON.stringify(formats) === JSON.stringify(before));
    expect(await pg.fill("D9")).toBeNull();
    expect(await pg.fill("G6")).toBeNull();

    await highlights.check();
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === ERROR_FILL,
    );

    // The ribbon's Poista korostukset does the same through the shared session.
    await pg.ribbon("Sitova.Clear").click();
    await eventually(userFormats, (formats) => JSON.stringify(formats) === JSON.stringify(before));
    await eventually(
      () => highlights.isChecked(),
      (checked) => !checked,
    );
    expect(await pg.fill("D9")).toBeNull();
    await pg.screenshot("highlights-off");
    expect(pg.errors).toEqual([]);
  });
});
