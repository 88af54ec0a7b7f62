/**
 * Where the summary workbook puts its charts (src/xlsx/writeSummary.ts): for any number of divisions and
 * themes, every chart lies in rows of its own under its block of cells, charts never overlap, and the page
 * breaks fall between the blocks, never inside a chart.
 */
import type { ForecastCounts, WorkbookSummary } from "../../src/domain";
import { summarizeWorkbook } from "../../src/domain";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { summaryWorkbook } from "../../src/xlsx/writeSummary";
import { SAMPLE } from "../support/paths";

let base: WorkbookSummary;
beforeAll(async () => {
  base = summarizeWorkbook(await readWorkbookFile(SAMPLE), { file: SAMPLE });
});

function counts(met: number): ForecastCounts {
  return { Toteutuu: met, "Ei toteudu": 1, missing: 0, invalid: 0 };
}

/** The sample's summary with its latest round given `divisions` divisions and `themes` themes. */
function withCategories(divisions: number, themes: number): WorkbookSummary {
  const round = base.latestRound[0];
  const [row] = base.divisions;
  return {
    ...base,
    latestRound: [
      {
        ...round,
        byTheme: Object.fromEntries(
          Array.from({ length: themes }, (_, i) => [`Teema ${i} ${"pitkä nimi ".repeat(i % 8)}`, counts(i)]),
        ),
      },
    ],
    divisions: Array.from({ length: divisions }, (_, i) => ({
      ...row,
      division: `TOIMIALA${i}`,
      goals: i + 1,
      met: i,
      notMet: 1,
      missing: 0,
      invalid: 0,
      shareMet: i / (i + 1),
    })),
  };
}

describe("the charts' places on the sheet", () => {
  it.each([
    [1, 1],
    [1, 5],
    [5, 6],
    [12, 13],
    [3, 20],
  ])("%d divisions and %d themes: charts under their blocks, apart, and no page break inside one", (d, t) => {
    const { workbook, charts } = summaryWorkbook(withCategories(d, t), { lang: "fi" });
    const sheet = workbook.worksheets[0];
    const breaks = (sheet as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id);
    expect(charts.map((c) => c.chart.id)).toEqual(["divisions", "shareMet", "themes", "rounds"]);
    // 1-based rows a chart covers, from the row of its top edge to the row of its bottom edge.
    const spans = charts.map((c) => ({ id: c.chart.id, top: c.from.row + 1, bottom: c.to.row + 1, c }));
    for (const { top, bottom, c } of spans) {
      // Below its block: the header row and every row of the block come first.
      expect(top).toBeGreaterThan(c.headerRow + c.rows.length);
      // The rows under a chart are blank, so that nothing is hidden behind it.
      for (let row = top; row <= bottom; row++) expect(sheet.getRow(row).cellCount).toBe(0);
      for (const row of breaks) expect(row < top || row >= bottom).toBe(true);
    }
    // Side by side in one row of charts, or one under the other: never overlapping.
    const [divisions, share, themes, rounds] = spans;
    expect(share.top).toBe(divisions.top);
    expect(share.c.from.col * 1e9 + share.c.from.colOff).toBeGreaterThan(
      divisions.c.to.col * 1e9 + divisions.c.to.colOff,
    );
    expect(themes.top).toBeGreaterThan(Math.max(divisions.bottom, share.bottom));
    expect(rounds.top).toBeGreaterThan(themes.bottom);
    // A page break after each chart block, before the board's list of goals and before the details.
    expect(breaks).toHaveLength(4);
    expect(breaks[0]).toBeLessThan(themes.top);
    expect(breaks[1]).toBeLessThan(rounds.top);
    expect(breaks[2]).toBeGreaterThan(rounds.bottom);
  });

  it("two years' latest rounds: a set of charts for each, in year order, each cached from its own block", () => {
    const round = base.latestRound[0];
    const summary: WorkbookSummary = {
      ...base,
      latestRound: [round, { ...round, year: 2022 }],
      divisions: [...base.divisions, ...base.divisions.map((r) => ({ ...r, year: 2022 }))],
      cityTotal: [...base.cityTotal, ...base.cityTotal.map((t) => ({ ...t, year: 2022 }))],
    };
    const { charts } = summaryWorkbook(summary, { lang: "en" });
    expect(charts.map((c) => c.chart.title)).toEqual([
      "Forecasts by division (round 2/2021)",
      "Share forecast met by division (round 2/2021)",
      "Latest forecasts per theme (round 2/2021)",
      "Previous and latest round (1 → 2)",
      "Forecasts by division (round 2/2022)",
      "Share forecast met by division (round 2/2022)",
      "Latest forecasts per theme (round 2/2022)",
      "Previous and latest round (1 → 2)",
    ]);
    expect(charts[4].headerRow).toBeGreaterThan(charts[3].to.row + 1);
  });
});
