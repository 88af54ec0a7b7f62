import type { WorkbookSnapshot } from "../../src/domain";
import { analyzeWorkbook, builtinCompiledSchema, validateWorkbook } from "../../src/domain";
import { HEADERS, STANDARD_HEADER, goalRow, goalSheet, sheet, workbook } from "./builders";

const detectTables = (snapshot: WorkbookSnapshot) => analyzeWorkbook(snapshot, builtinCompiledSchema).tables;

describe("header detection", () => {
  it("finds the header below title rows and maps every column", () => {
    const report = validateWorkbook(workbook(goalSheet("Enn2", [goalRow(), goalRow()])));
    expect(report.tables).toEqual([
      {
        sheet: "Enn2",
        headerRow: 3,
        range: "A3:I5",
        year: 2021,
        rounds: [1, 2],
        columns: {
          theme: "A",
          goal: "B",
          metric: "C",
          recovery: "D",
          forecast1: "E",
          forecast2: "F",
          comments: "G",
          numeric: "H",
          links: "I",
        },
        rows: 2,
      },
    ]);
  });

  it("matches headers ignoring case, repeated and non-breaking spaces, line breaks, spaces around / and a trailing : or *", () => {
    const header = [
      "KAUPUNKISTRATEGIAN  TEEMA:",
      "Sitova\ntoiminnan tavoite*",
      "Sitovan toiminnan\u00a0tavoitteen mittarit",
      "palautusmittari",
      "Ennuste 1 / 2022",
      "Ennuste\n2/2022 :",
      "Kommentit",
      "Mittarin numeerinen ennuste",
    ];
    const snap = workbook(sheet("S", [header, goalRow({ theme: "Toimiva ja kaunis kaupunki" }).slice(0, 8)]));
    const [table] = detectTables(snap);
    expect(table.rounds).toEqual([1, 2]);
    expect(table.year).toBe(2022);
    expect(Object.keys(table.columns).sort()).toEqual([
      "comments",
      "forecast1",
      "forecast2",
      "goal",
      "metric",
      "numeric",
      "recovery",
      "theme",
    ]);
  });

  it("needs three matching headers, one of them a forecast", () => {
    const noForecast = workbook(
      sheet("S", [[HEADERS.theme, HEADERS.goal, HEADERS.metric, HEADERS.comments]]),
    );
    expect(detectTables(noForecast)).toHaveLength(0);
    const twoOnly = workbook(sheet("S", [[HEADERS.goal, HEADERS.forecast1, "Muuta"]]));
    expect(detectTables(twoOnly)).toHaveLength(0);
    const three = workbook(sheet("S", [[HEADERS.goal, HEADERS.forecast1, HEADERS.comments]]));
    expect(detectTables(three)).toHaveLength(1);
  });

  it("only looks at the first 30 rows", () => {
    const rows = Array.from({ length: 30 }, () => ["muistiinpano"]);
    expect(detectTables(workbook(sheet("S", [...rows.slice(0, 29), STANDARD_HEADER])))).toHaveLength(1);
    expect(detectTables(workbook(sheet("S", [...rows, STANDARD_HEADER])))).toHaveLength(0);
  });

  it("reads columns in any order, and unknown columns are infos", () => {
    const order = [7, 0, 6, 1, 5, 2, 4, 3];
    const header = [...order.map((i) => STANDARD_HEADER[i]), "Vastuuhenkilö"];
    const row = goalRow();
    const snap = workbook(sheet("S", [header, [...order.map((i) => row[i]), "Maija"]], { percentColumn: 1 }));
    const report = validateWorkbook(snap);
    expect(report.tables[0].columns).toMatchObject({
      numeric: "A",
      theme: "B",
      comments: "C",
      goal: "D",
      forecast2: "E",
      metric: "F",
    });
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["unknown-column I1"]);
  });

  it("skips a single blank row (info) and ends the table at two blank rows, so notes below are not data", () => {
    const snap = workbook(
      goalSheet("S", [
        goalRow(),
        [null, "  ", "-"],
        goalRow(),
        [],
        [],
        ["Huom: luvut ovat alustavia"],
        ["Laatija: Maija"],
      ]),
    );
    const report = validateWorkbook(snap);
    expect(report.tables[0].rows).toBe(2);
    expect(report.tables[0].range).toBe("A3:I6");
    expect(report.findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`)).toEqual(["blank-row A5 info"]);
  });

  it("a merged theme counts for every row it covers", () => {
    const snap = workbook(
      goalSheet("S", [goalRow(), goalRow({ theme: null }), goalRow({ theme: null })], { merges: ["A4:A6"] }),
    );
    expect(validateWorkbook(snap).findings).toEqual([]);
  });

  it("a theme merged down over an otherwise blank row does not make the row a goal", () => {
    const snap = workbook(goalSheet("S", [goalRow(), [], goalRow()], { merges: ["A4:A5"] }));
    const report = validateWorkbook(snap);
    expect(report.tables[0].rows).toBe(2);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["blank-row A5"]);
  });

  it("finds one table per sheet and ignores sheets without a header", () => {
    const snap = workbook(
      sheet("Ohjeet", [["Täyttöohjeet"], ["Ennuste: Toteutuu / Ei toteudu."]]),
      goalSheet("Enn2", [goalRow()]),
    );
    expect(validateWorkbook(snap).tables.map((t) => t.sheet)).toEqual(["Enn2"]);
  });

  it("works when the used range does not start at A1", () => {
    const snap = workbook(
      sheet("S", [STANDARD_HEADER, goalRow({ recovery: "ehkä" })], {
        origin: { row: 5, column: 2 },
        percentColumn: 9,
      }),
    );
    const report = validateWorkbook(snap);
    expect(report.tables[0].range).toBe("B5:J6");
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["invalid-value E6"]);
  });

  it("takes the year from the title rows when the forecast headers have none", () => {
    const header = STANDARD_HEADER.map((h) => h.replace("/2021", ""));
    const snap = workbook(
      sheet("S", [["KUVA 2023"], header, goalRow({ theme: "Maailman toimivin kaupunki" })]),
    );
    expect(detectTables(snap)[0].year).toBe(2023);
    // The 2017–2021 strategy's theme is not one of 2023's.
    expect(validateWorkbook(snap).findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["unknown-theme A3"]);
  });
});

describe("table-not-found", () => {
  it("fires once for a workbook without a goal table", () => {
    const report = validateWorkbook(workbook(sheet("Taul1", [["Muistiinpanoja"], ["ei taulukkoa"]])));
    expect(report.findings).toMatchObject([
      { rule: "table-not-found", severity: "error", sheet: null, cell: null, row: null },
    ]);
    expect(report.valid).toBe(false);
  });
});
