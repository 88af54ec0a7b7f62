import { findingLocation, formatFileText, sheetReference } from "../../src/cli/formatText";
import type { Finding, ValidationReport } from "../../src/domain";

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "required-value",
    severity: "error",
    sheet: "Enn2",
    cell: "F12",
    row: 12,
    field: "forecast2",
    column: 6,
    messageId: "emptyForecast",
    data: { header: "Ennuste 2/2021" },
    ...overrides,
  };
}

describe("finding locations as Excel references", () => {
  it("quotes sheet names the way Excel does", () => {
    expect(sheetReference("Enn2")).toBe("Enn2");
    expect(sheetReference("Ennuste_2.2021")).toBe("Ennuste_2.2021");
    expect(sheetReference("Ennuste 2")).toBe("'Ennuste 2'");
    expect(sheetReference("Kuvan ennuste")).toBe("'Kuvan ennuste'");
    expect(sheetReference("Sanan'heitto")).toBe("'Sanan''heitto'");
    expect(sheetReference("Ennuste-2")).toBe("'Ennuste-2'");
    expect(sheetReference("Tilinpäätös")).toBe("Tilinpäätös");
  });

  it("names a cell, a row, a sheet or the workbook", () => {
    expect(findingLocation(finding({}), "fi")).toBe("Enn2!F12");
    expect(findingLocation(finding({ sheet: "Enn 2", cell: "A5" }), "fi")).toBe("'Enn 2'!A5");
    expect(findingLocation(finding({ cell: null, row: 4 }), "fi")).toBe("Enn2!4:4");
    expect(findingLocation(finding({ cell: null, row: null }), "fi")).toBe("Enn2");
    expect(findingLocation(finding({ sheet: null, cell: null, row: null }), "fi")).toBe("(työkirja)");
    expect(findingLocation(finding({ sheet: null, cell: null, row: null }), "sv")).toBe("(arbetsbok)");
    expect(findingLocation(finding({ sheet: null, cell: null, row: null }), "en")).toBe("(workbook)");
  });
});

describe("formatFileText", () => {
  const report = (findings: Finding[]): ValidationReport => ({
    valid: !findings.some((f) => f.severity === "error"),
    stats: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
    },
    tables: [],
    findings,
  });

  it("keeps each finding on one line, even when its message quotes text with line breaks", () => {
    const text = formatFileText(
      "a.xlsx",
      report([
        finding({
          rule: "unknown-column",
          severity: "warning",
          cell: "B7",
          messageId: "unknown",
          data: { header: 'Tavoite\n"Kirjastot"\u00a0x' },
        }),
      ]),
      "fi",
    );
    expect(text).toBe(
      'a.xlsx\n  Enn2!B7  varoitus  unknown-column  Sarakeotsikkoa "Tavoite "Kirjastot" x" ei tunnisteta, joten sen sisältöä ei tarkisteta. Jos sarake on tarkoitettu vakiosarakkeeksi, korjaa otsikon kirjoitusasu.\na.xlsx: 0 virhettä, 1 varoitus, 0 huomiota\n',
    );
  });

  it("aligns the columns to the widest entry", () => {
    const text = formatFileText(
      "a.xlsx",
      report([
        finding({ cell: "F12" }),
        finding({
          cell: "A5",
          row: 5,
          severity: "info",
          rule: "blank-row",
          messageId: "blank",
          data: { row: 5 },
        }),
      ]),
      "en",
    );
    expect(text.split("\n").slice(1, 3)).toEqual([
      '  Enn2!F12  error  required-value  The forecast is missing in the "Ennuste 2/2021" column. Enter "Toteutuu" (will be met) or "Ei toteudu" (will not be met).',
      "  Enn2!A5   info   blank-row       Row 5 inside the table is blank. It is skipped; two blank rows in a row would end the table.",
    ]);
  });

  it("prints only the summary for a file without findings", () => {
    expect(formatFileText("a.xlsx", report([]), "sv")).toBe("a.xlsx: 0 fel, 0 varningar, 0 info\n");
  });
});
