/** The compiled schema: everything the rules and the summary used to work out on their own, once. */
import {
  analyzeWorkbook,
  builtinSchema,
  compileSchema,
  loadSchema,
  summarize,
  validate,
} from "../../src/domain";
import { goalRow, goalSheet, workbook } from "./builders";

describe("compileSchema", () => {
  const compiled = compileSchema(builtinSchema);

  it("lists the fields with a value list, and the forecast list's values", () => {
    expect(compiled.listFields.map(({ field, list }) => [field, list.id, list.values])).toEqual([
      ["recovery", "yesNo", ["Kyllä", "Ei"]],
    ]);
    expect(compiled.forecastList.values).toEqual(["Toteutuu", "Ei toteudu"]);
  });

  it("works out the themes of a year once, and every period's when the year is unknown", () => {
    expect(compiled.themesFor(2023).names).toHaveLength(11);
    expect(compiled.themesFor(2023)).toBe(compiled.themesFor(2023));
    expect(compiled.themesFor(null).names).toHaveLength(16);
    expect(compiled.themesFor(2030).strategies).toEqual([]);
    expect(
      compiled.themesFor(2021).nameByKey.get("kestävän kasvun turvaaminen kaupungin keskeisin tehtävä"),
    ).toBe("Kestävän kasvun turvaaminen on kaupungin keskeisin tehtävä");
  });

  it("finds divisions by code or name as whole words", () => {
    expect(compiled.divisionIn("KUVA_Enn2.xlsx")).toBe("KUVA");
    expect(compiled.divisionIn("Kulttuurin ja vapaa-ajan toimiala")).toBe("KUVA");
    expect(compiled.divisionIn("kuvaus")).toBeNull();
  });

  it("takes met and not met from the schema's declaration, not from the list's order", () => {
    const reversed = compileSchema(
      loadSchema({
        extends: "builtin",
        valueLists: { forecast: { values: [{ value: "Ei toteudu" }, { value: "Toteutuu" }] } },
      }),
    );
    expect(reversed.forecastList.values).toEqual(["Ei toteudu", "Toteutuu"]);
    expect([reversed.met, reversed.notMet]).toEqual(["Toteutuu", "Ei toteudu"]);
    const analysis = analyzeWorkbook(
      workbook(
        goalSheet("S", [
          goalRow(),
          goalRow({ forecast1: "Ei toteudu", forecast2: "Ei toteudu", numeric: 0.5 }),
        ]),
      ),
      reversed,
    );
    expect(analysis.tables[0].goals.map((g) => g.atRisk)).toEqual([false, true]);
    const [group] = summarize(analysis, validate(analysis)).groups;
    expect(group.shareMet).toBe(0.5);
    expect(group.latest).toEqual({ Toteutuu: 1, "Ei toteudu": 1, missing: 0, invalid: 0 });
  });
});
