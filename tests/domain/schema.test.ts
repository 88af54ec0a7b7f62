import { builtinSchema, loadSchema, parseSchema, SchemaError, validateWorkbook } from "../../src/domain";
import { STANDARD_HEADER, goalRow, sheet, workbook } from "./builders";

describe("schema", () => {
  it("holds the themes of both strategy periods as data", () => {
    expect(builtinSchema.strategies.map((s) => [s.name, s.from, s.to, s.themes.length])).toEqual([
      ["Maailman toimivin kaupunki", 2017, 2021, 5],
      ["Kasvun paikka", 2022, 2025, 11],
    ]);
  });

  it("rejects a document with a bad field, naming the path", () => {
    const broken = JSON.parse(JSON.stringify(builtinSchema));
    broken.fields.goal.headers = "Tavoite";
    expect(() => parseSchema(broken)).toThrow(
      new SchemaError("schema: fields.goal.headers must be a list of strings"),
    );
    expect(() =>
      loadSchema({ extends: "builtin", strategies: [{ name: "X", from: 2030, to: 2026, themes: [] }] }),
    ).toThrow(/strategies\[2\]\.to/);
    expect(() => loadSchema({ extends: "builtin", rules: { "blank-row": "loud" } })).toThrow(
      /rules\.blank-row/,
    );
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
    expect(report.findings[0].message).toContain("Uusi teema");
  });

  it("applies the schema's rule settings", () => {
    const schema = loadSchema({ extends: "builtin", rules: { "unknown-theme": "error" } });
    const snap = workbook(sheet("S", [STANDARD_HEADER, goalRow({ theme: "Tuntematon" })]));
    expect(validateWorkbook(snap, { schema }).findings).toMatchObject([
      { rule: "unknown-theme", severity: "error" },
    ]);
  });
});
