/** Every rule's cases, run by the rule tester: the cell, message id and data of each finding. */
import type { CellValue } from "../../src/domain";
import { HEADER_SEARCH_ROWS } from "../../src/domain/table";
import { blankRow } from "../../src/domain/rules/blank-row";
import { cellError } from "../../src/domain/rules/cell-error";
import { duplicateColumn } from "../../src/domain/rules/duplicate-column";
import { duplicateGoal } from "../../src/domain/rules/duplicate-goal";
import { forecastHistoryMismatch } from "../../src/domain/rules/forecast-history-mismatch";
import { forecastMismatch } from "../../src/domain/rules/forecast-mismatch";
import { invalidPercent } from "../../src/domain/rules/invalid-percent";
import { invalidValue } from "../../src/domain/rules/invalid-value";
import { missingColumn } from "../../src/domain/rules/missing-column";
import { missingRiskComment } from "../../src/domain/rules/missing-risk-comment";
import { nonCanonicalValue } from "../../src/domain/rules/non-canonical-value";
import { requiredValue } from "../../src/domain/rules/required-value";
import { tableNotFound } from "../../src/domain/rules/table-not-found";
import { unknownColumn } from "../../src/domain/rules/unknown-column";
import { unknownTheme } from "../../src/domain/rules/unknown-theme";
import { HEADERS, STANDARD_HEADER, T1, T3, goalRow, goalSheet, sheet, workbook } from "./builders";
import { ruleTester } from "./ruleTester";

const one = (...rows: CellValue[][]) => workbook(goalSheet("S", rows));
const merged = (rows: CellValue[][], area: { top: number; left: number; bottom: number; right: number }) => {
  const snap = one(...rows);
  return workbook({ ...snap.sheets[0], merges: [area] });
};
const atRisk = { forecast1: "Ei toteudu", forecast2: "Ei toteudu", numeric: 0.5 };

ruleTester.run(tableNotFound, {
  valid: [{ name: "a sheet with a goal table", workbook: one(goalRow()) }],
  invalid: [
    {
      name: "an empty workbook",
      workbook: workbook(),
      errors: [{ cell: "-", messageId: "notFound", data: { rows: HEADER_SEARCH_ROWS } }],
    },
    {
      name: "only an instructions sheet",
      workbook: workbook(sheet("Ohje", [["Täytä ennusteet välilehdille Enn1 ja Enn2."]])),
      errors: [{ cell: "-", messageId: "notFound", data: { rows: HEADER_SEARCH_ROWS } }],
    },
    {
      name: `a header row below the first ${HEADER_SEARCH_ROWS} rows`,
      workbook: workbook(
        sheet("S", [...Array.from({ length: HEADER_SEARCH_ROWS }, () => ["x"]), STANDARD_HEADER, goalRow()]),
      ),
      errors: [{ cell: "-", messageId: "notFound", data: { rows: HEADER_SEARCH_ROWS } }],
    },
  ],
});

ruleTester.run(missingColumn, {
  valid: [
    {
      name: "the optional links column left out",
      workbook: workbook(sheet("S", [STANDARD_HEADER.slice(0, 8), goalRow().slice(0, 8)])),
    },
  ],
  invalid: [
    {
      name: "each missing required column once, on the header row, with its field",
      workbook: workbook(
        sheet("S", [
          ["x"],
          [HEADERS.goal, HEADERS.forecast1, HEADERS.forecast2, HEADERS.theme],
          [T3, "Toteutuu", "Toteutuu", T3],
        ]),
      ),
      errors: [
        { cell: "S!2:2", messageId: "missing", field: "metric", data: { header: HEADERS.metric, row: 2 } },
        {
          cell: "S!2:2",
          messageId: "missing",
          field: "recovery",
          data: { header: HEADERS.recovery, row: 2 },
        },
        {
          cell: "S!2:2",
          messageId: "missing",
          field: "comments",
          data: { header: HEADERS.comments, row: 2 },
        },
        { cell: "S!2:2", messageId: "missing", field: "numeric", data: { header: HEADERS.numeric, row: 2 } },
      ],
    },
  ],
});

ruleTester.run(duplicateColumn, {
  valid: [{ name: "every field once", workbook: one(goalRow()) }],
  invalid: [
    {
      name: "the second header cell of a field, also for the same round written differently",
      workbook: workbook(
        sheet("S", [
          [...STANDARD_HEADER, "Ennuste 2 / 2021", "kommentit"],
          [...goalRow(), "Ei toteudu", "x"],
        ]),
      ),
      errors: [
        {
          cell: "S!J1",
          messageId: "duplicate",
          field: "forecast2",
          data: { header: "Ennuste 2 / 2021", first: "F1" },
        },
        {
          cell: "S!K1",
          messageId: "duplicate",
          field: "comments",
          data: { header: "kommentit", first: "G1" },
        },
      ],
    },
  ],
});

ruleTester.run(requiredValue, {
  valid: [
    { name: "comments and links may be empty", workbook: one(goalRow({ links: null, comments: null })) },
  ],
  invalid: [
    {
      name: "empty theme, goal, metric, recovery, numeric and every forecast, placeholders included",
      workbook: one(
        goalRow({
          theme: null,
          goal: " ",
          metric: "-",
          recovery: "–",
          forecast1: "—",
          forecast2: "?",
          numeric: ".",
        }),
      ),
      errors: [
        { cell: "S!A4", messageId: "empty", field: "theme", data: { header: HEADERS.theme } },
        { cell: "S!B4", messageId: "empty", field: "goal", data: { header: HEADERS.goal } },
        { cell: "S!C4", messageId: "empty", field: "metric", data: { header: HEADERS.metric } },
        { cell: "S!D4", messageId: "empty", field: "recovery", data: { header: HEADERS.recovery } },
        { cell: "S!E4", messageId: "emptyForecast", field: "forecast1", data: { header: HEADERS.forecast1 } },
        { cell: "S!F4", messageId: "emptyForecast", field: "forecast2", data: { header: HEADERS.forecast2 } },
        { cell: "S!H4", messageId: "empty", field: "numeric", data: { header: HEADERS.numeric } },
      ],
    },
    {
      name: "a cell of only non-breaking space and a line break",
      workbook: one(goalRow({ metric: "\u00a0\n" })),
      errors: [{ cell: "S!C4", messageId: "empty", data: { header: HEADERS.metric } }],
    },
    {
      name: "an empty merged area once, at its top-left cell",
      workbook: merged([goalRow({ theme: null }), goalRow({ theme: null })], {
        top: 4,
        left: 1,
        bottom: 5,
        right: 1,
      }),
      errors: [{ cell: "S!A4", messageId: "empty", data: { header: HEADERS.theme } }],
    },
  ],
});

ruleTester.run(invalidValue, {
  valid: [
    {
      name: "Kyllä, Ei, Toteutuu and Ei toteudu",
      workbook: one(goalRow({ recovery: "Kyllä", forecast2: "Ei toteudu" })),
    },
  ],
  invalid: [
    {
      name: "a recovery flag outside Kyllä / Ei",
      workbook: one(goalRow({ recovery: "Ehkä" })),
      errors: [
        {
          cell: "S!D4",
          messageId: "notInList",
          field: "recovery",
          data: { value: '"Ehkä"', header: HEADERS.recovery, allowed: ["Kyllä", "Ei"] },
        },
      ],
    },
    {
      name: "a partly met forecast: a binding goal is met or not",
      workbook: one(goalRow({ forecast2: "Toteutuu osittain" })),
      errors: [
        {
          cell: "S!F4",
          messageId: "partial",
          data: {
            value: '"Toteutuu osittain"',
            header: HEADERS.forecast2,
            allowed: ["Toteutuu", "Ei toteudu"],
          },
        },
      ],
    },
    {
      name: "a number or a boolean in a forecast cell",
      workbook: one(goalRow({ forecast1: 1, forecast2: true })),
      errors: [
        { cell: "S!E4", messageId: "notInList" },
        { cell: "S!F4", messageId: "notInList" },
      ],
    },
  ],
});

ruleTester.run(unknownTheme, {
  valid: [
    {
      name: "the themes' variant spellings",
      workbook: one(
        goalRow({ theme: "Kestävän kasvun turvaaminen kaupungin keskeisin tehtävä" }),
        goalRow({ theme: "Vastuullinen taloudenpito on hyvinvoivan kaupungin perusta" }),
        goalRow({ theme: "Helsinki vahvistaa ja monipuolistaa edunvalvontaansa" }),
      ),
    },
    {
      name: "a year that no strategy of the schema covers",
      workbook: workbook(
        sheet("S", [STANDARD_HEADER.map((h) => h.replace("2021", "2027")), goalRow({ theme: "Uusi teema" })]),
      ),
    },
  ],
  invalid: [
    {
      name: "a theme outside the year's strategy, with the closest as suggestion",
      workbook: one(goalRow({ theme: "Uudistuvat palvelu" })),
      errors: [
        {
          cell: "S!A4",
          messageId: "unknown",
          field: "theme",
          data: { value: '"Uudistuvat palvelu"', suggestion: T3, strategy: T1 },
        },
      ],
    },
    {
      name: "the 2022–2025 list for a 2023 table",
      workbook: workbook(
        sheet("S", [
          STANDARD_HEADER.map((h) => h.replace("2021", "2023")),
          goalRow({ theme: "Toimiva ja kaunis kaupunki" }),
          goalRow({ theme: "Uudistuvat palvelut" }),
        ]),
      ),
      errors: [{ cell: "S!A3", messageId: "unknown" }],
    },
    {
      name: "one finding for a merged theme cell over several goals",
      workbook: merged([goalRow({ theme: "X" }), goalRow({ theme: null }), goalRow({ theme: null })], {
        top: 4,
        left: 1,
        bottom: 6,
        right: 1,
      }),
      errors: [{ cell: "S!A4", messageId: "unknown" }],
    },
  ],
});

const noPercentFormat = (numeric: CellValue) =>
  workbook(
    goalSheet("S", [goalRow({ numeric, forecast1: "Ei toteudu", forecast2: "Ei toteudu" })], {
      percentColumn: null,
    }),
  );

ruleTester.run(invalidPercent, {
  valid: ["85 %", "85,5 %", "85.5%", 0.85, 85, "100"].map((numeric) => ({
    name: `${JSON.stringify(numeric)} is a percentage`,
    workbook: noPercentFormat(numeric),
  })),
  invalid: [
    {
      name: "text that is not a percentage",
      workbook: one(goalRow({ numeric: "sata" })),
      errors: [
        { cell: "S!H4", messageId: "notPercent", field: "numeric", data: { value: '"sata"', percent: "" } },
      ],
    },
    {
      name: "a percentage above 100 %",
      workbook: one(goalRow({ numeric: "120 %" })),
      errors: [
        { cell: "S!H4", messageId: "outOfRange", data: { value: '"120 %"', percent: { percent: 120 } } },
      ],
    },
    {
      name: "a negative fraction",
      workbook: one(goalRow({ numeric: -0.1 })),
      errors: [
        {
          cell: "S!H4",
          messageId: "outOfRange",
          data: { value: { percent: -10, quoted: true }, percent: { percent: -10 } },
        },
      ],
    },
    {
      name: "a boolean",
      workbook: one(goalRow({ numeric: true })),
      errors: [{ cell: "S!H4", messageId: "notPercent" }],
    },
    {
      name: "1.2 in a percent-formatted cell, shown as Excel shows it",
      workbook: one(goalRow({ numeric: 1.2 })),
      errors: [
        {
          cell: "S!H4",
          messageId: "outOfRange",
          data: { value: { percent: 120, quoted: true }, percent: { percent: 120 } },
        },
      ],
    },
  ],
});

ruleTester.run(cellError, {
  valid: [{ name: "no error values", workbook: one(goalRow()) }],
  invalid: [
    {
      name: "an Excel error in any cell of the table",
      workbook: one(
        goalRow({ numeric: { error: "#DIV/0!" }, forecast2: { error: "#N/A" }, links: { error: "#REF!" } }),
      ),
      errors: [
        { cell: "S!F4", messageId: "error", field: "forecast2", data: { error: "#N/A" } },
        { cell: "S!H4", messageId: "error", field: "numeric", data: { error: "#DIV/0!" } },
        { cell: "S!I4", messageId: "error", field: "links", data: { error: "#REF!" } },
      ],
    },
    {
      name: "an error in an unknown column of the table",
      workbook: workbook(
        sheet("S", [
          [...STANDARD_HEADER, "Oma"],
          [...goalRow(), { error: "#SPILL!" }],
        ]),
      ),
      errors: [{ cell: "S!J2", messageId: "error", field: null, data: { error: "#SPILL!" } }],
    },
  ],
});

ruleTester.run(missingRiskComment, {
  valid: [
    { name: "a comment naming risks on a goal on track", workbook: one(goalRow()) },
    {
      name: "'risk' in any case on a goal at risk",
      workbook: one(goalRow({ comments: "Suurin RISKI on rahoitus.", ...atRisk })),
    },
    {
      name: "a comment without risks on a goal on track",
      workbook: one(goalRow({ comments: "Hanke etenee." })),
    },
  ],
  invalid: [
    {
      name: "an empty comment on a goal on track is a warning",
      workbook: one(goalRow({ comments: "" })),
      errors: [{ cell: "S!G4", messageId: "empty", severity: "warning", field: "comments" }],
    },
    {
      name: "an empty comment on a goal at risk (Ei toteudu, or numeric under 100 %) is an error",
      workbook: one(goalRow({ comments: null, ...atRisk }), goalRow({ comments: "-", numeric: 0.9 })),
      errors: [
        { cell: "S!G4", messageId: "emptyAtRisk", severity: "error" },
        { cell: "S!G5", messageId: "emptyAtRisk", severity: "error" },
      ],
    },
    {
      name: "an empty comment when the latest forecast differs from the previous",
      workbook: one(goalRow({ comments: "", forecast1: "Ei toteudu", forecast2: "Toteutuu" })),
      errors: [
        {
          cell: "S!G4",
          messageId: "emptyChanged",
          severity: "error",
          data: { previous: "Ei toteudu", latest: "Toteutuu" },
        },
      ],
    },
    {
      name: "a comment on a goal at risk that says nothing of risks",
      workbook: one(goalRow({ comments: "Hanke etenee hitaasti.", ...atRisk })),
      errors: [{ cell: "S!G4", messageId: "noRisk", severity: "error", data: {} }],
    },
  ],
});

ruleTester.run(forecastMismatch, {
  valid: [
    {
      name: "the latest round only is compared, and an invalid value on either side stays quiet",
      workbook: one(
        goalRow({ forecast1: "Toteutuu", forecast2: "Ei toteudu", numeric: 0.5, comments: "Riskit: x" }),
        goalRow({ forecast2: "Toteutuu osittain", numeric: 0.5, comments: "Riskit: x" }),
        goalRow({ forecast2: "Toteutuu", numeric: "sata", comments: "Riskit: x" }),
      ),
    },
  ],
  invalid: [
    {
      name: "Toteutuu under 100 % and Ei toteudu at 100 %",
      workbook: one(
        goalRow({ forecast2: "Toteutuu", numeric: 0.8 }),
        goalRow({ forecast1: "Ei toteudu", forecast2: "Ei toteudu", numeric: 1 }),
      ),
      errors: [
        {
          cell: "S!H4",
          messageId: "metButBelow",
          field: "numeric",
          data: { latest: "Toteutuu", percent: { percent: 80 } },
        },
        { cell: "S!H5", messageId: "notMetButFull", field: "numeric", data: { latest: "Ei toteudu" } },
      ],
    },
  ],
});

ruleTester.run(duplicateGoal, {
  valid: [
    {
      name: "the rows of one merged goal cell are one goal",
      workbook: merged([goalRow({ goal: "Yksi tavoite" }), goalRow({ goal: null })], {
        top: 4,
        left: 2,
        bottom: 5,
        right: 2,
      }),
    },
  ],
  invalid: [
    {
      name: "the later goal cell, text compared without case or spacing",
      workbook: one(
        goalRow({ goal: "Kirjastot  uudistuvat\nKuvaus" }),
        goalRow(),
        goalRow({ goal: "kirjastot uudistuvat kuvaus" }),
      ),
      errors: [{ cell: "S!B6", messageId: "duplicate", field: "goal", data: { first: "B4" } }],
    },
  ],
});

const enn1Header = STANDARD_HEADER.filter((h) => h !== HEADERS.forecast2);
const enn1Row = (goal: string, forecast1: string) =>
  goalRow({ goal })
    .filter((_, i) => i !== 5)
    .map((v, i) => (i === 4 ? forecast1 : v));

ruleTester.run(forecastHistoryMismatch, {
  valid: [
    {
      name: "tables of different years are not compared",
      workbook: workbook(
        sheet("Enn1", [enn1Header.map((h) => h.replace("2021", "2020")), enn1Row("A", "Toteutuu")], {
          percentColumn: 7,
        }),
        sheet("Enn2", [STANDARD_HEADER, goalRow({ goal: "A", forecast1: "Ei toteudu" })]),
      ),
    },
  ],
  invalid: [
    {
      name: "a later table whose earlier-round value differs from that round's own table",
      workbook: workbook(
        sheet("Enn1", [enn1Header, enn1Row("A", "Toteutuu"), enn1Row("B", "Ei toteudu")], {
          percentColumn: 7,
        }),
        sheet("Enn2", [
          STANDARD_HEADER,
          goalRow({ goal: "a", forecast1: "Ei toteudu" }),
          goalRow({ goal: "B", forecast1: "Ei toteudu" }),
        ]),
      ),
      errors: [
        {
          cell: "Enn2!E2",
          messageId: "mismatch",
          field: "forecast1",
          data: { round: 1, actual: "Ei toteudu", expected: "Toteutuu", source: "Enn1" },
        },
      ],
    },
  ],
});

ruleTester.run(blankRow, {
  valid: [
    { name: "no blank row", workbook: one(goalRow(), goalRow()) },
    { name: "a trailing blank row at the end of the used range", workbook: one(goalRow(), []) },
  ],
  invalid: [
    {
      name: "a single blank row inside the table, at its own first cell",
      workbook: one(goalRow(), [null], goalRow()),
      errors: [{ cell: "S!A5", messageId: "blank", data: { row: 5 } }],
    },
  ],
});

ruleTester.run(unknownColumn, {
  valid: [{ name: "standard headers only", workbook: one(goalRow()) }],
  invalid: [
    {
      name: "a header that maps to no field",
      workbook: workbook(
        sheet("S", [
          [...STANDARD_HEADER, "Vastuuhenkilö"],
          [...goalRow(), "Liisa"],
        ]),
      ),
      errors: [{ cell: "S!J1", messageId: "unknown", data: { header: "Vastuuhenkilö" } }],
    },
  ],
});

ruleTester.run(nonCanonicalValue, {
  valid: [{ name: "standard spellings and a percent-formatted number", workbook: one(goalRow()) }],
  invalid: [
    {
      name: "other case or spacing of list values and themes",
      workbook: one(
        goalRow({
          forecast1: "toteutuu",
          forecast2: "Toteutuu ",
          recovery: "kyllä",
          theme: "uudistuvat  palvelut",
        }),
      ),
      errors: [
        {
          cell: "S!A4",
          messageId: "spelling",
          field: "theme",
          data: { value: '"uudistuvat  palvelut"', canonical: T3 },
        },
        {
          cell: "S!D4",
          messageId: "spelling",
          field: "recovery",
          data: { value: '"kyllä"', canonical: "Kyllä" },
        },
        { cell: "S!E4", messageId: "spelling", data: { value: '"toteutuu"', canonical: "Toteutuu" } },
        { cell: "S!F4", messageId: "spelling", data: { value: '"Toteutuu "', canonical: "Toteutuu" } },
      ],
    },
    {
      name: "a percentage typed as text or as a plain number",
      workbook: workbook(
        goalSheet("S", [goalRow({ numeric: "100 %" }), goalRow({ numeric: 100 })], { percentColumn: null }),
      ),
      errors: [
        { cell: "S!H4", messageId: "percentText", data: { value: '"100 %"', percent: { percent: 100 } } },
        { cell: "S!H5", messageId: "percentPlain", data: { value: '"100"', percent: { percent: 100 } } },
      ],
    },
  ],
});
