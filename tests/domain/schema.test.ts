import type { Lang } from "../../src/domain";
import {
  SchemaError,
  builtinSchema,
  findingMessage,
  loadSchema,
  parseSchema,
  rules,
  validateWorkbook,
} from "../../src/domain";
import schemaFileSchema from "../../src/domain/schema/schema-file.schema.json";
import { STANDARD_HEADER, goalRow, sheet, workbook } from "./builders";

/** The problems of a refused schema document, as `path kind` strings. */
function problems(document: unknown): string[] {
  try {
    loadSchema(document);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return error.problems.map((p) => `${p.path} ${p.kind}${p.detail ? ` ${p.detail}` : ""}`);
  }
  throw new Error("the schema was accepted");
}

const complete = () => JSON.parse(JSON.stringify(builtinSchema));

describe("schema", () => {
  it("holds the themes of both strategy periods as data", () => {
    expect(builtinSchema.strategies.map((s) => [s.name, s.from, s.to, s.themes.length])).toEqual([
      ["Maailman toimivin kaupunki", 2017, 2021, 5],
      ["Kasvun paikka", 2022, 2025, 11],
    ]);
  });

  it("names the path of a bad value", () => {
    const broken = complete();
    broken.fields.goal.headers = "Tavoite";
    expect(() => parseSchema(broken)).toThrow(
      new SchemaError([{ path: "fields.goal.headers", kind: "type", detail: "array" }]),
    );
    expect(
      problems({ extends: "builtin", strategies: [{ name: "X", from: 2030, to: 2026, themes: [] }] }),
    ).toEqual(["strategies[2].to yearOrder"]);
    expect(problems({ extends: "builtin", rules: { "blank-row": "loud" } })).toEqual([
      "rules.blank-row severity",
    ]);
  });

  it("refuses unknown keys and rule ids, naming every one", () => {
    expect(problems({ extends: "builtin", rules: { "unknown-thme": "off" } })).toEqual([
      "rules.unknown-thme unknownRule",
    ]);
    expect(
      problems({
        extends: "builtin",
        fieldz: {},
        fields: { theme: { headers: ["T"], valueRequired: false } },
        rules: { x: "off" },
      }),
    ).toEqual(["fields.theme.valueRequired unknownKey", "fieldz unknownKey", "rules.x unknownRule"]);
    const extra = complete();
    extra.forecast.colour = "red";
    extra.valueLists.yesNo.values[0].alias = [];
    expect(problems(extra)).toEqual([
      "forecast.colour unknownKey",
      "valueLists.yesNo.values[0].alias unknownKey",
    ]);
  });

  it("takes only own properties: lists named constructor, toString or __proto__ work or are refused cleanly", () => {
    const named = (id: string) =>
      loadSchema(
        JSON.parse(
          `{"extends":"builtin","valueLists":{"${id}":{"values":[{"value":"Kyllä"},{"value":"Ei"}]}},"forecast":{"values":"forecast"}}`,
        ),
      );
    for (const id of ["constructor", "toString", "__proto__"]) {
      expect(Object.keys(named(id).valueLists)).toContain(id);
    }
    const inherited = complete();
    inherited.fields.recovery.values = "toString";
    expect(problems(inherited)).toEqual(["fields.recovery.values listRef toString"]);
    expect(problems({ extends: "builtin", forecast: { values: "constructor" } })).toEqual([
      "forecast.values listRef constructor",
    ]);
    expect(problems(JSON.parse('{"extends":"builtin","rules":{"__proto__":"off"}}'))).toEqual([
      "rules.__proto__ unknownRule",
    ]);
  });

  it("allows one {round} and at most one {year} in a forecast header", () => {
    expect(
      loadSchema({ extends: "builtin", forecast: { headers: ["Arvio {round}/{year}"] } }).forecast.headers,
    ).toContain("Arvio {round}/{year}");
    expect(
      problems({
        extends: "builtin",
        forecast: { headers: ["Arvio", "Arvio {round} {round}", "Arvio {round} {year}/{year}"] },
      }),
    ).toEqual([
      "forecast.headers[0] template",
      "forecast.headers[1] template",
      "forecast.headers[2] template",
    ]);
  });

  it("declares the met and not met values explicitly, from the forecast list", () => {
    expect(builtinSchema.forecast).toMatchObject({ met: "Toteutuu", notMet: "Ei toteudu" });
    expect(problems({ extends: "builtin", forecast: { met: "Toteutuu osittain" } })).toEqual([
      "forecast.met forecastValue Toteutuu osittain",
    ]);
    expect(problems({ extends: "builtin", forecast: { notMet: "Toteutuu" } })).toEqual([
      "forecast.notMet sameValue",
    ]);
    const missing = complete();
    delete missing.forecast.met;
    expect(problems(missing)).toEqual(["forecast missingKey met"]);
  });

  it("says what is wrong in Finnish, Swedish and English", () => {
    const error = (() => {
      try {
        loadSchema({ extends: "builtin", rules: { "unknown-thme": "off" }, riskWord: "" });
      } catch (e) {
        return e as SchemaError;
      }
      throw new Error("accepted");
    })();
    const texts: Record<Lang, string> = {
      fi: "skeema: riskWord: ei saa olla tyhjä; rules.unknown-thme: tuntematon sääntö",
      sv: "schema: riskWord: får inte vara tom; rules.unknown-thme: okänd regel",
      en: "schema: riskWord: must not be empty; rules.unknown-thme: unknown rule id",
    };
    for (const lang of ["fi", "sv", "en"] as const) expect(error.localizedMessage(lang)).toBe(texts[lang]);
  });

  it("lists exactly the catalogue's rule ids in the JSON Schema", () => {
    expect(schemaFileSchema.$defs.rules.propertyNames.enum).toEqual(rules.map((r) => r.id).sort());
  });

  it("lets an administrator add next period's themes and header aliases without a release", () => {
    const schema = loadSchema({
      extends: "builtin",
      strategies: [{ name: "Seuraava strategia", from: 2026, to: 2029, themes: ["Uusi teema"] }],
      fields: { comments: { headers: ["Huomiot"] } },
    });
    const header = STANDARD_HEADER.map((h) => h.replace("2021", "2026").replace("Kommentit", "Huomiot"));
    const snap = workbook(
      sheet("S", [header, goalRow({ theme: "Uusi teema" }), goalRow({ theme: "Uudistuvat palvelut" })]),
    );
    const report = validateWorkbook(snap, { schema });
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["unknown-theme A3"]);
    expect(findingMessage(report.findings[0], "fi")).toContain("Uusi teema");
  });

  it("applies the schema's rule settings", () => {
    const schema = loadSchema({ extends: "builtin", rules: { "unknown-theme": "error" } });
    const snap = workbook(sheet("S", [STANDARD_HEADER, goalRow({ theme: "Tuntematon" })]));
    expect(validateWorkbook(snap, { schema }).findings).toMatchObject([
      { rule: "unknown-theme", severity: "error" },
    ]);
  });
});
