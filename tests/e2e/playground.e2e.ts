/**
 * The playground itself: ?workbook= opens another workbook (same site only), a file that is not a
 * workbook is refused with the command line's reason, an opened .xlsx replaces the workbook, and the
 * edited workbook downloads as an .xlsx that keeps the edit, the highlights (Sitova's conditional formats,
 * the cells' own fills untouched), the report sheet and Sitova's saved state, so that opening it again
 * shows the marks and clearing them leaves the cells as they were.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ruleById } from "../../src/domain";
import { DEFAULT_WORKBOOK } from "../../src/playground/params";
import { ROOT, SAMPLE } from "../support/paths";
import { eventually, harnessForSuite } from "./support/playground";

const ERROR_FILL = "FFFFC7CE";

describe("playground: workbooks in and out", () => {
  const harness = harnessForSuite();
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-e2e-files-"));
  });
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("opens ?workbook=, refuses other sites and files that are not workbooks", async () => {
    const pg = await harness().open("?lang=en&workbook=assets/samples/kuva-enn2-2021.xlsx");
    expect(await pg.page.locator(".pg-file").innerText()).toBe("kuva-enn2-2021.xlsx");
    expect(await pg.sheetNames()).toEqual(["Enn2"]);
    await pg.validateFromPane();
    expect(await pg.findingTexts()).toEqual([]);

    await pg.page.goto(`${harness().baseUrl}playground.html?lang=en&workbook=https://example.org/x.xlsx`);
    await pg.ready();
    await pg.page.getByRole("alert").filter({ hasText: "only addresses on this site" }).waitFor();

    const notXlsx = path.join(tmp, "notes.xlsx");
    fs.writeFileSync(notXlsx, "not a workbook\n");
    await pg.page.locator("#pg-header input[type=file]").setInputFiles(notXlsx);
    await pg.page
      .getByRole("alert")
      .filter({ hasText: "notes.xlsx: not an .xlsx workbook (the file is not a zip archive)" })
      .waitFor();
    expect(pg.errors).toEqual([]);
  });

  it("downloads the edited workbook, which opens again with Sitova's marks and settings", async () => {
    const pg = await harness().open("?lang=fi");
    const t = await pg.t();
    // A rule setting: Sitova keeps it in the workbook (its custom XML state part).
    const blankRow = ruleById("blank-row")!.docs.fi.title;
    await pg.pane.getByRole("tab", { name: t("view_settings") }).click();
    await pg.pane.getByRole("combobox", { name: blankRow }).selectOption("off");
    await pg.page.waitForFunction(
      () =>
        (
          window as unknown as { sitovaPlayground: { session: { getState(): { task: unknown } } } }
        ).sitovaPlayground.session.getState().task === null,
    );
    // The report sheet is written only when asked: its setting, saved in the workbook too.
    await pg.showView("results");
    await pg.openOptions();
    await pg.pane.getByRole("switch", { name: t("writeReport") }).check();
    await pg.page.waitForFunction(
      () =>
        (
          window as unknown as { sitovaPlayground: { session: { getState(): { task: unknown } } } }
        ).sitovaPlayground.session.getState().task === null,
    );
    await pg.page.keyboard.press("Escape"); // closes the popover
    await pg.validateFromPane(); // highlights on: D9 is marked, the report sheet written
    await pg.showSheet("Enn2");
    await pg.typeInCell("B3", "Tarkistettu kokeilussa");
    const [download] = await Promise.all([
      pg.page.waitForEvent("download"),
      pg.page.getByRole("button", { name: "Lataa .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("kuva-2021-sample.xlsx");
    const file = path.join(tmp, "downloaded.xlsx");
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Ohjeet", "Enn1", "Enn2", "Tarkistus"]);
    const enn2 = workbook.getWorksheet("Enn2")!;
    expect(enn2.getCell("B3").value).toBe("Tarkistettu kokeilussa");
    expect(enn2.getCell("D9").value).toBe("Ehkä");
    // D9's own fill is untouched; the mark is a conditional format of Sitova's (its formula says so).
    expect((enn2.getCell("D9").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(enn2.getCell("H5").numFmt).toMatch(/%/);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^customXml\/item\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    expect(parts.some((xml) => xml.includes("urn:sitova:state:1"))).toBe(true);
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const sitovaFormats = sheetXml
      .flatMap((xml) => xml.match(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g) ?? [])
      .filter((format) => format.includes("Sitova"));
    expect(sitovaFormats.some((format) => /sqref="[^"]*\bD9\b/.test(format))).toBe(true);
    expect(await zip.file("xl/styles.xml")!.async("string")).toContain(ERROR_FILL);

    // Open the downloaded file (the page reloads onto it): the marks are there; clearing them leaves D9 bare.
    await Promise.all([
      pg.page.waitForEvent("load"),
      pg.page.locator("#pg-header input[type=file]").setInputFiles(file),
    ]);
    await pg.ready();
    expect(await pg.page.locator(".pg-file").innerText()).toBe("downloaded.xlsx");
    await pg.showSheet("Enn2");
    expect(await pg.cell("B3").innerText()).toBe("Tarkistettu kokeilussa");
    expect(await pg.fill("D9")).toBe("#FFC7CE");
    await pg.ribbon("Sitova.Clear").click();
    await eventually(
      () => pg.fill("D9"),
      (fill) => fill === null,
    );
    // The report sheet's tag (a sheet-scoped name) came back too: a new check refreshes that sheet in place.
    await pg.validateFromPane();
    expect((await pg.sheetNames()).filter((name) => name.startsWith("Tarkistus"))).toEqual(["Tarkistus"]);
    // The rule setting came back with the file.
    await pg.pane.getByRole("tab", { name: t("view_settings") }).click();
    expect(await pg.pane.getByRole("combobox", { name: blankRow }).inputValue()).toBe("off");
    expect(await pg.page.getByRole("button", { name: "Palaa esimerkkityökirjaan" }).count()).toBe(1);
    await pg.screenshot("playground-reopened-download");
    expect(pg.errors).toEqual([]);
  });
});

describe("playground: data validation as in Excel", () => {
  const harness = harnessForSuite();

  it("shows the input rules' message and list, and refuses a value the rule does not allow", async () => {
    const pg = await harness().open("?lang=fi");
    const t = await pg.t();
    await pg.pane.getByRole("tab", { name: t("view_input") }).click();
    await pg.pane.getByRole("button", { name: t("inputInstall") }).click();
    await pg.pane.getByText(t("inputInstalled", { ranges: 7, cells: 56 })).waitFor();
    await pg.showSheet("Enn2");
    await pg.selectCell("F6");
    await pg.page.locator("#pg-main .pg-input-message").waitFor();
    const choices = pg.page.getByLabel("Sallitut arvot F6");
    expect(await choices.locator("option:not([disabled])").allInnerTexts()).toEqual([
      "Toteutuu",
      "Ei toteudu",
    ]);

    // A Stop alert: the entry is refused and the cell keeps its value.
    await pg.formulaBar.fill("Ehkä");
    await pg.formulaBar.press("Enter");
    await pg.page.getByRole("alert").filter({ hasText: "Toteutuu" }).waitFor();
    expect(await pg.cell("F6").innerText()).toBe("Toteutuu");

    // The list puts an allowed value in, through the same typing path.
    await choices.selectOption("Ei toteudu");
    await eventually(
      () => pg.cell("F6").innerText(),
      (text) => text === "Ei toteudu",
    );
    await pg.screenshot("playground-input-rules");
    expect(pg.errors).toEqual([]);
  });
});

// The sample the playground opens by default is the one the tests use, in assets/samples/.
test("the default workbook is the committed sample", () => {
  expect(path.join(ROOT, DEFAULT_WORKBOOK)).toBe(SAMPLE);
  expect(fs.existsSync(SAMPLE)).toBe(true);
});
