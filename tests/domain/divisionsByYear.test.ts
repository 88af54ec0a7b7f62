/**
 * Division codes by year (issue 12): the codes and their years are schema data; a text is read as the code
 * in use in the table's year. SOTE ended with 2022 and SOTEPE (with the rescue department) began in 2023, so
 * a 2023 sheet that still names SOTE or Pelastuslaitos is SOTEPE's; SOTEPE's name in 2022 is nobody's.
 */
import type { CellValue } from "../../src/domain";
import {
  SchemaError,
  builtinCompiledSchema,
  builtinSchema,
  compileSchema,
  loadSchema,
} from "../../src/domain";
import { summarizeWorkbook } from "../../src/domain/summary";
import { HEADERS, goalRow, sheet, workbook } from "./builders";

const schema = builtinCompiledSchema;

function problemTexts(document: unknown): string[] {
  try {
    loadSchema(document);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return [error.localizedMessage("en"), error.localizedMessage("fi")];
  }
  throw new Error("the schema was accepted");
}

describe("the built-in divisions", () => {
  it("lists the divisions and municipal enterprises of the issue, with the years of SOTE, SOTEPE and Pelastuslaitos", () => {
    expect(
      builtinSchema.divisions.map((d) => [d.code, d.from ?? null, d.to ?? null, d.successor ?? null]),
    ).toEqual([
      ["KASKO", null, null, null],
      ["KYMP", null, null, null],
      ["KUVA", null, null, null],
      ["SOTE", null, 2022, "SOTEPE"],
      ["SOTEPE", 2023, null, null],
      ["KANSLIA", null, null, null],
      ["HKL", null, null, null],
      ["Palvelukeskus", null, null, null],
      ["Stara", null, null, null],
      ["Talpa", null, null, null],
      ["Työterveys", null, null, null],
      ["Pelastuslaitos", null, 2022, "SOTEPE"],
    ]);
  });

  it.each([
    ["SOTE_Enn2_2022.xlsx", 2022, "SOTE"],
    ["SOTE_Enn2_2023.xlsx", 2023, "SOTEPE"],
    ["Sosiaali- ja terveystoimiala", 2022, "SOTE"],
    ["Sosiaali- ja terveystoimiala", 2023, "SOTEPE"],
    ["Sosiaali-, terveys- ja pelastustoimiala", 2023, "SOTEPE"],
    ["Sosiaali-, terveys- ja pelastustoimiala", 2022, null],
    ["SOTEPE", 2021, null],
    ["Helsingin kaupungin pelastuslaitos", 2022, "Pelastuslaitos"],
    ["Pelastuslaitos Enn1", 2023, "SOTEPE"],
    ["Räddningsverket", 2019, "Pelastuslaitos"],
    ["Social-, hälsovårds- och räddningssektorn", 2024, "SOTEPE"],
    ["Rakentamispalvelu Stara", 2023, "Stara"],
    ["Taloushallintopalvelu-liikelaitos", 2021, "Talpa"],
    ["Työterveys Helsinki", 2023, "Työterveys"],
    ["Palvelukeskus Helsinki", 2022, "Palvelukeskus"],
    ["HKL Enn2", 2021, "HKL"],
    ["Kaupunginkanslia", 2030, "KANSLIA"],
  ])("reads %j in %i as %s", (text, year, code) => {
    expect(schema.divisionIn(text, year)).toBe(code);
  });

  it("gives the code as written when the year is unknown", () => {
    expect(schema.divisionIn("SOTE")).toBe("SOTE");
    expect(schema.divisionIn("Sosiaali-, terveys- ja pelastustoimiala", null)).toBe("SOTEPE");
    expect(schema.divisionIn("Pelastuslaitos")).toBe("Pelastuslaitos");
  });

  it("skips a mention that names no division of the year and takes the next one", () => {
    expect(schema.divisionIn("SOTEPE / KYMP", 2022)).toBe("KYMP");
    expect(schema.divisionIn("SOTEPE / KYMP", 2023)).toBe("SOTEPE");
  });

  it("keeps whole words: a theme or a word containing a code is no division", () => {
    expect(schema.divisionIn("Pelastustoimen kehittäminen", 2022)).toBeNull();
    expect(schema.divisionIn("Talpan", 2022)).toBeNull();
    expect(schema.divisionIn("Starat", 2022)).toBeNull();
  });
});

describe("a summary takes the table's year", () => {
  function socialWorkbook(year: number, title: CellValue): ReturnType<typeof workbook> {
    const header = [
      HEADERS.theme,
      HEADERS.goal,
      HEADERS.metric,
      HEADERS.recovery,
      `Ennuste 1/${year}`,
      `Ennuste 2/${year}`,
      HEADERS.comments,
      HEADERS.numeric,
    ];
    const row = goalRow({ theme: "Helsinkiläisten hyvinvointi ja terveys paranevat" }).slice(0, 8);
    return workbook(sheet("Enn2", [[title], [], header, row]));
  }

  it("SOTE in 2022, SOTEPE in 2023 from the same title row", () => {
    expect(summarizeWorkbook(socialWorkbook(2022, "SOTE")).groups[0]).toMatchObject({
      year: 2022,
      division: "SOTE",
    });
    expect(summarizeWorkbook(socialWorkbook(2023, "SOTE")).groups[0]).toMatchObject({
      year: 2023,
      division: "SOTEPE",
    });
  });

  it("Pelastuslaitos only to 2022", () => {
    expect(summarizeWorkbook(socialWorkbook(2022, "Pelastuslaitos")).groups[0].division).toBe(
      "Pelastuslaitos",
    );
    expect(summarizeWorkbook(socialWorkbook(2023, "Pelastuslaitos")).groups[0].division).toBe("SOTEPE");
  });
});

describe("division years in a schema file", () => {
  it("lets an administrator end a code, hand its spelling to another and keep both years apart", () => {
    const custom = compileSchema(
      loadSchema({
        extends: "builtin",
        divisions: [
          { code: "HKL", aliases: ["Liikennelaitos"], to: 2023, successor: "KYMP" },
          { code: "KAUPUNKILIIKENNE", aliases: ["Liikennelaitos"], from: 2024 },
        ],
      }),
    );
    expect(custom.divisionIn("Liikennelaitos", 2023)).toBe("HKL");
    expect(custom.divisionIn("Liikennelaitos", 2024)).toBe("KAUPUNKILIIKENNE");
    expect(custom.divisionIn("HKL", 2024)).toBe("KYMP");
  });

  it("refuses a last year before the first one, naming the key", () => {
    expect(problemTexts({ extends: "builtin", divisions: [{ code: "X", from: 2024, to: 2023 }] })).toEqual([
      "schema: divisions[12].to: must not be before from",
      "skeema: divisions[12].to: ei saa olla ennen from-vuotta",
    ]);
  });

  it("refuses a successor that is not a division, naming it", () => {
    expect(
      problemTexts({ extends: "builtin", divisions: [{ code: "SOTE", to: 2022, successor: "SOTEPO" }] }),
    ).toEqual([
      'schema: divisions[11].successor: the division "SOTEPO" is not in divisions',
      'skeema: divisions[11].successor: toimialaa "SOTEPO" ei ole kohdassa divisions',
    ]);
  });

  it("refuses a year that is not a whole year and an unknown key", () => {
    expect(
      problemTexts({ extends: "builtin", divisions: [{ code: "X", from: "2023", until: 2025 }] })[0],
    ).toBe("schema: divisions[0].from: must be a whole number; divisions[0].until: unknown key");
    expect(problemTexts({ extends: "builtin", divisions: [{ code: "X", to: 1800 }] })[0]).toBe(
      "schema: divisions[0].to: must be a year 1900–2200",
    );
  });
});
