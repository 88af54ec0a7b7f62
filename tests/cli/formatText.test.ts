import { findingLocation, formatFileText, sheetReference } from "../../src/cli/formatText";
import { count, countsText } from "../../src/cli/messages";
import type { Finding, ValidationReport } from "../../src/domain";

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "required-value",
    severity: "error",
    sheet: "Enn2",
    cell: "F12",
    row: 12,
    field: "forecast2",
    message: "Ennuste puuttuu.",
    messageId: "missing",
    data: {},
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
    lang: "fi",
    tables: [],
    findings,
  });

  it("keeps each finding on one line, even when its message quotes text with line breaks", () => {
    const text = formatFileText(
      "a.xlsx",
      report([
        finding({
          rule: "duplicate-goal",
          severity: "warning",
          cell: "B7",
          message: 'Tavoite\n"Kirjastot"\u00a0toistuu.',
        }),
      ]),
      "fi",
    );
    expect(text).toBe(
      'a.xlsx\n  Enn2!B7  varoitus  duplicate-goal  Tavoite "Kirjastot" toistuu.\na.xlsx: 0 virhettä, 1 varoitus, 0 huomiota\n',
    );
  });

  it("aligns the columns to the widest entry", () => {
    const text = formatFileText(
      "a.xlsx",
      report([
        finding({ cell: "F12" }),
        finding({ cell: "A5", row: 5, severity: "info", rule: "blank-row" }),
      ]),
      "en",
    );
    expect(text.split("\n").slice(1, 3)).toEqual([
      "  Enn2!F12  error  required-value  Ennuste puuttuu.",
      "  Enn2!A5   info   blank-row       Ennuste puuttuu.",
    ]);
  });

  it("prints only the summary for a file without findings", () => {
    expect(formatFileText("a.xlsx", report([]), "sv")).toBe("a.xlsx: 0 fel, 0 varningar, 0 info\n");
  });
});

describe("counts", () => {
  it("uses the singular only for one", () => {
    expect(count(1, "errors", "fi")).toBe("1 virhe");
    expect(count(2, "errors", "fi")).toBe("2 virhettä");
    expect(count(0, "warnings", "fi")).toBe("0 varoitusta");
    expect(count(1, "warnings", "sv")).toBe("1 varning");
    expect(count(3, "warnings", "sv")).toBe("3 varningar");
    expect(count(1, "files", "en")).toBe("1 file");
    expect(countsText({ errors: 6, warnings: 2, infos: 3 }, "fi")).toBe(
      "6 virhettä, 2 varoitusta, 3 huomiota",
    );
    expect(countsText({ errors: 1, warnings: 1, infos: 1 }, "en")).toBe("1 error, 1 warning, 1 info");
  });
});
