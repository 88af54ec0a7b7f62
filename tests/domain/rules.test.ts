import type { CellValue } from "../../src/domain";
import { validateWorkbook } from "../../src/domain";
import { HEADERS, STANDARD_HEADER, T3, goalRow, goalSheet, sheet, workbook } from "./builders";
import { findingsOf } from "./validate";

const one = (...rows: ReturnType<typeof goalRow>[]) => workbook(goalSheet("S", rows));

describe("missing-column", () => {
  it("reports each missing required column once, on the header row, with its field", () => {
    const header = [HEADERS.goal, HEADERS.forecast1, HEADERS.forecast2, HEADERS.theme];
    const report = validateWorkbook(
      workbook(sheet("S", [["x"], header, [T3.slice(0, 1), "Toteutuu", "Toteutuu", T3]])),
    );
    const missing = report.findings.filter((f) => f.rule === "missing-column");
    expect(missing.map((f) => [f.field, f.row, f.cell, f.severity])).toEqual([
      ["metric", 2, null, "error"],
      ["recovery", 2, null, "error"],
      ["comments", 2, null, "error"],
      ["numeric", 2, null, "error"],
    ]);
    expect(missing[0].message).toContain("Sitovan toiminnan tavoitteen mittarit");
  });

  it("does not require the optional links column", () => {
    const header = STANDARD_HEADER.slice(0, 8);
    expect(findingsOf(workbook(sheet("S", [header, goalRow().slice(0, 8)])), "missing-column")).toEqual([]);
  });
});

describe("duplicate-column", () => {
  it("flags the second header cell of the same field, also for the same round written differently", () => {
    const header = [...STANDARD_HEADER, "Ennuste 2 / 2021", "kommentit"];
    const snap = workbook(sheet("S", [header, [...goalRow(), "Ei toteudu", "x"]]));
    expect(findingsOf(snap, "duplicate-column")).toEqual(["S!J1 error", "S!K1 error"]);
    // The data comes from the first column: J's "Ei toteudu" is not read.
    expect(findingsOf(snap, "forecast-mismatch")).toEqual([]);
  });
});

describe("required-value", () => {
  it("flags empty theme, goal, metric, recovery, numeric and every forecast cell", () => {
    const snap = one(
      goalRow({
        theme: null,
        goal: " ",
        metric: "-",
        recovery: "–",
        forecast1: "—",
        forecast2: "?",
        numeric: ".",
      }),
    );
    expect(findingsOf(snap, "required-value")).toEqual([
      "S!A4 error",
      "S!B4 error",
      "S!C4 error",
      "S!D4 error",
      "S!E4 error",
      "S!F4 error",
      "S!H4 error",
    ]);
  });

  it("does not require comments or links, and accepts a non-breaking-space-only cell as empty", () => {
    expect(findingsOf(one(goalRow({ links: null, comments: "Riskit: ei." })), "required-value")).toEqual([]);
    expect(findingsOf(one(goalRow({ metric: "\u00a0\n" })), "required-value")).toEqual(["S!C4 error"]);
  });

  it("flags an empty merged area once, at its top-left cell", () => {
    const snap = one(goalRow({ theme: null }), goalRow({ theme: null }));
    const merged = workbook({ ...snap.sheets[0], merges: [{ top: 4, left: 1, bottom: 5, right: 1 }] });
    expect(findingsOf(merged, "required-value")).toEqual(["S!A4 error"]);
  });
});

describe("invalid-value", () => {
  it("flags a recovery flag outside Kyllä / Ei", () => {
    const report = validateWorkbook(one(goalRow({ recovery: "Ehkä" })));
    expect(report.findings).toMatchObject([
      { rule: "invalid-value", cell: "D4", field: "recovery", severity: "error" },
    ]);
    expect(report.findings[0].message).toContain('"Kyllä" tai "Ei"');
  });

  it("explains that a binding goal cannot be partly met", () => {
    const report = validateWorkbook(one(goalRow({ forecast2: "Toteutuu osittain" })), { lang: "en" });
    expect(report.findings).toMatchObject([{ rule: "invalid-value", cell: "F4" }]);
    expect(report.findings[0].message).toMatch(/met only if every one of its metrics/);
  });

  it("flags a number or boolean in a forecast cell", () => {
    expect(findingsOf(one(goalRow({ forecast1: 1, forecast2: true })), "invalid-value")).toEqual([
      "S!E4 error",
      "S!F4 error",
    ]);
  });
});

describe("unknown-theme", () => {
  it("warns about a theme outside the year's strategy and suggests the closest", () => {
    const report = validateWorkbook(one(goalRow({ theme: "Uudistuvat palvelu" })));
    expect(report.findings).toMatchObject([{ rule: "unknown-theme", cell: "A4", severity: "warning" }]);
    expect(report.findings[0].message).toContain('"Uudistuvat palvelut"');
  });

  it("accepts the themes' variant spellings", () => {
    const snap = one(
      goalRow({ theme: "Kestävän kasvun turvaaminen kaupungin keskeisin tehtävä" }),
      goalRow({ theme: "Vastuullinen taloudenpito on hyvinvoivan kaupungin perusta" }),
      goalRow({ theme: "Helsinki vahvistaa ja monipuolistaa edunvalvontaansa" }),
    );
    expect(validateWorkbook(snap).findings).toEqual([]);
  });

  it("uses the 2022–2025 list for a 2023 table", () => {
    const header = STANDARD_HEADER.map((h) => h.replace("2021", "2023"));
    const snap = workbook(
      sheet("S", [
        header,
        goalRow({ theme: "Toimiva ja kaunis kaupunki" }),
        goalRow({ theme: "Uudistuvat palvelut" }),
      ]),
    );
    expect(findingsOf(snap, "unknown-theme")).toEqual(["S!A3 warning"]);
  });

  it("does not judge themes of a year no strategy in the schema covers", () => {
    const header = STANDARD_HEADER.map((h) => h.replace("2021", "2027"));
    expect(
      findingsOf(workbook(sheet("S", [header, goalRow({ theme: "Uusi teema" })])), "unknown-theme"),
    ).toEqual([]);
  });
});

describe("invalid-percent", () => {
  it.each<[CellValue, string]>([
    ["sata", "not a percentage"],
    ["120 %", "above 100 %"],
    [-0.1, "negative"],
    [true, "a boolean"],
  ])("flags %p (%s)", (numeric) => {
    expect(findingsOf(one(goalRow({ numeric })), "invalid-percent")).toEqual(["S!H4 error"]);
  });

  it("flags 1.2 in a percent-formatted cell and shows it as Excel does", () => {
    const report = validateWorkbook(one(goalRow({ numeric: 1.2 })));
    expect(report.findings[0]).toMatchObject({ rule: "invalid-percent", cell: "H4" });
    expect(report.findings[0].message).toContain('"120 %"');
  });

  it.each<[CellValue, string]>([
    ["85 %", "text"],
    ["85,5 %", "text with decimal comma"],
    ["85.5%", "text with decimal point"],
    [0.85, "a plain fraction"],
    [85, "plain percent points"],
    ["100", "a number typed as text"],
  ])("accepts %p (%s) as a percentage", (numeric) => {
    const snap = workbook(
      goalSheet("S", [goalRow({ numeric, forecast2: "Ei toteudu", forecast1: "Ei toteudu" })], {
        percentColumn: null,
      }),
    );
    expect(findingsOf(snap, "invalid-percent")).toEqual([]);
  });
});

describe("cell-error", () => {
  it("flags an Excel error in any cell of the table and silences other rules on that cell", () => {
    const snap = one(
      goalRow({ numeric: { error: "#DIV/0!" }, forecast2: { error: "#N/A" }, links: { error: "#REF!" } }),
    );
    const report = validateWorkbook(snap);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "cell-error F4",
      "cell-error H4",
      "cell-error I4",
    ]);
  });

  it("flags errors in unknown columns of the table too", () => {
    const snap = workbook(
      sheet("S", [
        [...STANDARD_HEADER, "Oma"],
        [...goalRow(), { error: "#SPILL!" }],
      ]),
    );
    expect(findingsOf(snap, "cell-error")).toEqual(["S!J2 error"]);
  });
});

describe("missing-risk-comment", () => {
  it("warns about an empty comment on a goal that is on track", () => {
    expect(findingsOf(one(goalRow({ comments: "" })), "missing-risk-comment")).toEqual(["S!G4 warning"]);
  });

  it("is an error when the goal is at risk: Ei toteudu, or numeric under 100 %", () => {
    const snap = one(
      goalRow({ comments: null, forecast1: "Ei toteudu", forecast2: "Ei toteudu", numeric: 0.5 }),
      goalRow({ comments: "-", forecast2: "Toteutuu", numeric: 0.9 }),
    );
    expect(findingsOf(snap, "missing-risk-comment")).toEqual(["S!G4 error", "S!G5 error"]);
  });

  it("is an error when the latest forecast differs from the previous one", () => {
    expect(
      findingsOf(
        one(goalRow({ comments: "", forecast1: "Ei toteudu", forecast2: "Toteutuu" })),
        "missing-risk-comment",
      ),
    ).toEqual(["S!G4 error"]);
  });

  it("is an error when a comment on a goal at risk says nothing of risks, whatever the case of 'risk'", () => {
    const snap = one(
      goalRow({
        comments: "Hanke etenee hitaasti.",
        forecast1: "Ei toteudu",
        forecast2: "Ei toteudu",
        numeric: 0.5,
      }),
      goalRow({
        comments: "Suurin RISKI on rahoitus.",
        forecast1: "Ei toteudu",
        forecast2: "Ei toteudu",
        numeric: 0.5,
      }),
      goalRow({ comments: "Hanke etenee.", forecast2: "Toteutuu" }),
    );
    expect(findingsOf(snap, "missing-risk-comment")).toEqual(["S!G4 error"]);
  });
});

describe("forecast-mismatch", () => {
  it("flags Toteutuu with numeric under 100 % and Ei toteudu with 100 %", () => {
    const snap = one(
      goalRow({ forecast2: "Toteutuu", numeric: 0.8, comments: "Riskit: aikataulu." }),
      goalRow({
        forecast1: "Ei toteudu",
        forecast2: "Ei toteudu",
        numeric: 1,
        comments: "Riskit: rahoitus.",
      }),
      goalRow({ forecast2: "Ei toteudu", numeric: 0.5, comments: "Riskit: rahoitus." }),
    );
    expect(findingsOf(snap, "forecast-mismatch")).toEqual(["S!H4 error", "S!H5 error"]);
  });

  it("compares with the latest round only, and stays quiet when either value is invalid", () => {
    const snap = one(
      goalRow({ forecast1: "Toteutuu", forecast2: "Ei toteudu", numeric: 0.5, comments: "Riskit: x" }),
      goalRow({ forecast2: "Toteutuu osittain", numeric: 0.5, comments: "Riskit: x" }),
      goalRow({ forecast2: "Toteutuu", numeric: "sata", comments: "Riskit: x" }),
    );
    expect(findingsOf(snap, "forecast-mismatch")).toEqual([]);
  });
});

describe("duplicate-goal", () => {
  it("warns at the later goal cell, comparing text without case or spacing", () => {
    const snap = one(
      goalRow({ goal: "Kirjastot  uudistuvat\nKuvaus" }),
      goalRow(),
      goalRow({ goal: "kirjastot uudistuvat kuvaus" }),
    );
    expect(findingsOf(snap, "duplicate-goal")).toEqual(["S!B6 warning"]);
  });

  it("does not count the rows of one merged goal cell as duplicates", () => {
    const snap = one(goalRow({ goal: "Yksi tavoite" }), goalRow({ goal: null }));
    const merged = workbook({ ...snap.sheets[0], merges: [{ top: 4, left: 2, bottom: 5, right: 2 }] });
    expect(findingsOf(merged, "duplicate-goal")).toEqual([]);
  });
});

describe("forecast-history-mismatch", () => {
  const enn1Header = STANDARD_HEADER.filter((h) => h !== HEADERS.forecast2);
  const enn1Row = (goal: string, forecast1: string) =>
    goalRow({ goal })
      .filter((_, i) => i !== 5)
      .map((v, i) => (i === 4 ? forecast1 : v));

  it("flags a later table whose earlier-round value differs from that round's own table", () => {
    const enn1 = sheet("Enn1", [enn1Header, enn1Row("A", "Toteutuu"), enn1Row("B", "Ei toteudu")], {
      percentColumn: 7,
    });
    const enn2 = sheet("Enn2", [
      STANDARD_HEADER,
      goalRow({ goal: "a", forecast1: "Ei toteudu" }),
      goalRow({ goal: "B", forecast1: "Ei toteudu", comments: "Riskit: x" }),
    ]);
    const report = validateWorkbook(workbook(enn1, enn2));
    expect(report.findings.filter((f) => f.rule === "forecast-history-mismatch")).toMatchObject([
      { sheet: "Enn2", cell: "E2", field: "forecast1", severity: "error" },
    ]);
  });

  it("does not compare tables of different years", () => {
    const enn1 = sheet("Enn1", [enn1Header.map((h) => h.replace("2021", "2020")), enn1Row("A", "Toteutuu")], {
      percentColumn: 7,
    });
    const enn2 = sheet("Enn2", [
      STANDARD_HEADER,
      goalRow({ goal: "A", forecast1: "Ei toteudu", comments: "Riskit: x" }),
    ]);
    expect(findingsOf(workbook(enn1, enn2), "forecast-history-mismatch")).toEqual([]);
  });
});

describe("non-canonical-value", () => {
  it("notes other case or spacing of list values and themes", () => {
    const snap = one(
      goalRow({
        forecast1: "toteutuu",
        forecast2: "Toteutuu ",
        recovery: "kyllä",
        theme: "uudistuvat  palvelut",
      }),
    );
    expect(findingsOf(snap, "non-canonical-value")).toEqual([
      "S!A4 info",
      "S!D4 info",
      "S!E4 info",
      "S!F4 info",
    ]);
    expect(validateWorkbook(snap).valid).toBe(true);
  });

  it("notes a percentage typed as text or as a plain number", () => {
    const snap = workbook(
      goalSheet("S", [goalRow({ numeric: "100 %" }), goalRow({ numeric: 100 })], { percentColumn: null }),
    );
    expect(findingsOf(snap, "non-canonical-value")).toEqual(["S!H4 info", "S!H5 info"]);
  });
});

describe("engine guarantees", () => {
  it("never reports one rule twice for one cell", () => {
    const snap = one(goalRow({ theme: "X" }), goalRow({ theme: null }), goalRow({ theme: null }));
    const merged = workbook({ ...snap.sheets[0], merges: [{ top: 4, left: 1, bottom: 6, right: 1 }] });
    expect(findingsOf(merged, "unknown-theme")).toEqual(["S!A4 warning"]);
  });

  it("lets settings switch a rule off or change its severity", () => {
    const snap = one(goalRow({ comments: "" }), goalRow({ recovery: "ehkä" }));
    const report = validateWorkbook(snap, {
      ruleSettings: { "missing-risk-comment": "off", "invalid-value": "warning" },
    });
    expect(report.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(["invalid-value warning"]);
    expect(report.valid).toBe(true);
  });

  it("writes messages in Finnish, Swedish and English", () => {
    const snap = one(goalRow({ recovery: "ehkä" }));
    const messages = (["fi", "sv", "en"] as const).map(
      (lang) => validateWorkbook(snap, { lang }).findings[0].message,
    );
    expect(messages[0]).toMatch(/ei kelpaa/);
    expect(messages[1]).toMatch(/inte giltigt/);
    expect(messages[2]).toMatch(/not valid/);
  });
});
