/** The summary sheet's plan shared by the CLI's and the add-in's writers (`summarySheetSections`). */
import type { WorkbookSummary } from "../../src/domain/summary";
import {
  isAtRiskTable,
  summaryLabels,
  summarySheetSections,
  summarizeWorkbook,
} from "../../src/domain/summary";
import { goalRow, goalSheet, sheet, workbook } from "./builders";

const labels = summaryLabels("en");

/** One KUVA table (the builders' title row), round 2 of 2021: one goal met, one not met with a risk comment. */
function kuva2021(): WorkbookSummary {
  return summarizeWorkbook(
    workbook(
      goalSheet("Enn2", [
        goalRow({ forecast2: "Toteutuu" }),
        goalRow({ forecast2: "Ei toteudu", numeric: 0.5, comments: "Riskit: rahoitus." }),
      ]),
    ),
  );
}

describe("summarySheetSections", () => {
  it("lists the sources; per latest round the divisions, themes, rounds and changes per division; then the board's list, the findings per rule and the details", () => {
    const sections = summarySheetSections(kuva2021(), labels, "en");
    expect(sections.map((s) => [s.heading ?? null, s.table.title, s.charts.map((c) => c.id)])).toEqual([
      [null, "Sources and validation status (1 file)", []],
      ["Latest round 2/2021", "Latest forecasts per division", ["divisions", "shareMet"]],
      [null, "Forecasts per theme", ["themes"]],
      [null, "The same goals in the previous and the latest round", ["rounds"]],
      [null, "Changes from the previous round per division", []],
      [null, "Goals forecast not to be met, and goals at risk", []],
      [null, "Validation findings per rule", []],
      ["Details per table", "Latest forecasts per table", []],
      [null, "Latest forecasts per theme", []],
      [null, "Changes from the previous round to the latest", []],
    ]);
    // A round's first block follows the sources on the same page; every later chart block, the board's list
    // and the details start a page; the changes table stays under the rounds chart.
    expect(sections.map((s) => s.pageBreakBefore ?? false)).toEqual([
      false,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it("the divisions block: one row per division with its source, and the city total", () => {
    const [, divisions] = summarySheetSections(kuva2021(), labels, "en");
    expect(divisions.table.rows).toEqual([
      ["KUVA", "test.xlsx: Enn2", 2, 1, 1, 0, 0, 0.5],
      ["City total", null, 2, 1, 1, 0, 0, 0.5],
    ]);
    expect(divisions.charts.map((c) => c.rows)).toEqual([1, 1]);
  });

  it("marks the board's list, which keeps its goals for the links, and says so when there are none", () => {
    const sections = summarySheetSections(kuva2021(), labels, "en");
    const atRisk = sections.find((s) => isAtRiskTable(s.table))!;
    expect(sections.filter((s) => isAtRiskTable(s.table))).toHaveLength(1);
    expect(atRisk.emptyText).toBe(labels.none);
    if (!isAtRiskTable(atRisk.table)) throw new Error("not the at-risk table");
    expect(atRisk.table.goals.map((g) => [g.sheet, g.cell])).toEqual([["Enn2", "B5"]]);
    // The link goes on the goal title's cell.
    expect(atRisk.table.rows[0][atRisk.table.goalColumn]).toBe(atRisk.table.goals[0].goal);
    expect(atRisk.table.columns[atRisk.table.goalColumn].header).toBe(labels.goal);
  });

  it("names the rules in the user's language, the id in its own column", () => {
    const summary = kuva2021();
    summary.validation.byRule = {
      "missing-risk-comment": { error: 1, warning: 2, info: 0 },
      "no-such-rule": { error: 0, warning: 0, info: 1 },
    };
    const fi = summarySheetSections(summary, summaryLabels("fi"), "fi").find(
      (s) => s.table.title === summaryLabels("fi").validationTitle,
    )!;
    expect(fi.table.columns.map((c) => c.header)).toEqual([
      "Sääntö",
      "Virheet",
      "Varoitukset",
      "Huomiot",
      "Tunnus",
    ]);
    expect(fi.table.rows).toEqual([
      ["Riskikommentti puuttuu", 1, 2, 0, "missing-risk-comment"],
      ["no-such-rule", 0, 0, 1, "no-such-rule"],
    ]);
  });

  it("lists an unreadable file with its reason among the sources", () => {
    const [sources] = summarySheetSections(kuva2021(), labels, "en", {
      unreadable: [{ file: "/data/kymp.xlsx", error: "not an xlsx file" }],
    });
    expect(sources.table.title).toBe("Sources and validation status (2 files)");
    expect(sources.table.rows).toEqual([
      ["test.xlsx", "KUVA", "2/2021", 1, labels.valid, 0, 0, 0],
      ["kymp.xlsx", null, null, 0, `${labels.unreadable}: not an xlsx file`],
    ]);
  });

  it("has no round blocks and no page break inside the city picture when no table has a forecast round", () => {
    const noTables = summarizeWorkbook(workbook(sheet("Ohje", [["Täytä välilehdet Enn1 ja Enn2."]])));
    const sections = summarySheetSections(noTables, labels, "en");
    expect(sections.map((s) => s.table.title)).toEqual([
      "Sources and validation status (1 file)",
      labels.atRiskTitle,
      labels.validationTitle,
      labels.latestTitle,
      labels.themeTitle,
      labels.changesTitle,
    ]);
    expect(sections.map((s) => s.pageBreakBefore ?? false)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
