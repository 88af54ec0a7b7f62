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

function kasko2021(): WorkbookSummary {
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
  it("lists the sources, then each latest round's blocks with their charts, then the tables and the goals at risk", () => {
    const sections = summarySheetSections(kasko2021(), labels, "en");
    expect(sections.map((s) => s.table.title)).toEqual([
      labels.sources,
      "Latest forecasts per division",
      "Forecasts per theme",
      labels.roundCompareTitle,
      labels.latestTitle,
      labels.themeTitle,
      labels.changesTitle,
      labels.atRiskTitle,
    ]);
    expect(sections.map((s) => s.heading)).toEqual([
      undefined,
      "Latest round 2/2021",
      ...Array<undefined>(6).fill(undefined),
    ]);
    expect(sections.map((s) => s.charts.map((c) => c.id))).toEqual([
      [],
      ["divisions", "shareMet"],
      ["themes"],
      ["rounds"],
      [],
      [],
      [],
      [],
    ]);
    // A round's first block follows the sources on the same page; every later block starts a page.
    expect(sections.map((s) => s.pageBreakBefore ?? false)).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("marks the goals-at-risk table, which keeps its goals for the links, and says so when there are none", () => {
    const atRisk = summarySheetSections(kasko2021(), labels, "en").at(-1)!;
    expect(isAtRiskTable(atRisk.table)).toBe(true);
    expect(isAtRiskTable(summarySheetSections(kasko2021(), labels, "en")[0].table)).toBe(false);
    expect(atRisk.emptyText).toBe(labels.none);
    if (!isAtRiskTable(atRisk.table)) throw new Error("not the at-risk table");
    expect(atRisk.table.goals.map((g) => [g.sheet, g.cell])).toEqual([["Enn2", "B5"]]);
    // The link goes on the goal title's cell.
    expect(atRisk.table.rows[0][atRisk.table.goalColumn]).toBe(atRisk.table.goals[0].goal);
    expect(atRisk.table.columns[atRisk.table.goalColumn].header).toBe(labels.goal);
  });

  it("lists an unreadable file with its reason among the sources", () => {
    const [sources] = summarySheetSections(kasko2021(), labels, "en", {
      unreadable: [{ file: "kymp.xlsx", error: "not an xlsx file" }],
    });
    expect(sources.table.rows.at(-1)).toEqual(["kymp.xlsx", 0, `${labels.unreadable}: not an xlsx file`]);
  });

  it("has no round blocks and no page break when no table has a forecast round", () => {
    const noTables = summarizeWorkbook(workbook(sheet("Ohje", [["Täytä välilehdet Enn1 ja Enn2."]])));
    const sections = summarySheetSections(noTables, labels, "en");
    expect(sections.map((s) => s.table.title)).toEqual([
      labels.sources,
      labels.latestTitle,
      labels.themeTitle,
      labels.changesTitle,
      labels.atRiskTitle,
    ]);
    expect(sections.some((s) => s.pageBreakBefore)).toBe(false);
  });
});
