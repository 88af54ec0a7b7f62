import { dateToSerial, normalizeCellValue } from "../../src/xlsx/cellValue";

describe("normalizeCellValue: every shape ExcelJS returns", () => {
  it("keeps plain strings, numbers and booleans", () => {
    expect(normalizeCellValue("Toteutuu")).toBe("Toteutuu");
    expect(normalizeCellValue("")).toBe("");
    expect(normalizeCellValue(0.85)).toBe(0.85);
    expect(normalizeCellValue(0)).toBe(0);
    expect(normalizeCellValue(true)).toBe(true);
    expect(normalizeCellValue(false)).toBe(false);
  });

  it("maps null and undefined (an empty cell) to null", () => {
    expect(normalizeCellValue(null)).toBeNull();
    expect(normalizeCellValue(undefined)).toBeNull();
  });

  it("turns a number Excel cannot hold into #NUM!", () => {
    expect(normalizeCellValue(Number.NaN)).toEqual({ error: "#NUM!" });
    expect(normalizeCellValue(Number.POSITIVE_INFINITY)).toEqual({ error: "#NUM!" });
  });

  it("turns a date into its Excel serial number", () => {
    expect(normalizeCellValue(new Date(Date.UTC(2021, 5, 30)))).toBe(44377);
    expect(normalizeCellValue(new Date(Date.UTC(2021, 5, 30, 12)))).toBe(44377.5);
  });

  it("counts from 1904 in the 1904 date system", () => {
    expect(normalizeCellValue(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(normalizeCellValue(new Date(Date.UTC(2021, 5, 30)), true)).toBe(44377 - 1462);
  });

  it("maps an invalid date to null", () => {
    expect(dateToSerial(new Date(Number.NaN))).toBeNull();
  });

  it("keeps an error value as a fresh { error } object", () => {
    const raw = { error: "#N/A", extra: 1 };
    const value = normalizeCellValue(raw);
    expect(value).toEqual({ error: "#N/A" });
    expect(value).not.toBe(raw);
  });

  it("takes a formula's cached result", () => {
    expect(normalizeCellValue({ formula: "B3*2", result: 84 })).toBe(84);
    expect(normalizeCellValue({ formula: "A1&B1", result: "ab" })).toBe("ab");
    expect(normalizeCellValue({ formula: "B3>1", result: false })).toBe(false);
    expect(normalizeCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({
      error: "#DIV/0!",
    });
    expect(normalizeCellValue({ formula: "TODAY()", result: new Date(Date.UTC(2021, 5, 30)) })).toBe(44377);
  });

  it("shows nothing for a formula never calculated", () => {
    expect(normalizeCellValue({ formula: "B3+1" })).toBeNull();
    expect(normalizeCellValue({ formula: "B3+1", result: undefined })).toBeNull();
  });

  it("takes a shared formula's cached result", () => {
    expect(normalizeCellValue({ sharedFormula: "G2", result: 3 })).toBe(3);
    expect(normalizeCellValue({ sharedFormula: "G2", result: { error: "#REF!" } })).toEqual({
      error: "#REF!",
    });
    expect(normalizeCellValue({ sharedFormula: "G2" })).toBeNull();
  });

  it("joins the runs of rich text", () => {
    const value = { richText: [{ font: { bold: true }, text: "Riskit: " }, { text: "ei merkittäviä." }] };
    expect(normalizeCellValue(value)).toBe("Riskit: ei merkittäviä.");
    expect(normalizeCellValue({ richText: [] })).toBe("");
  });

  it("takes a hyperlink's text, plain or rich", () => {
    expect(normalizeCellValue({ text: "Helsinki", hyperlink: "https://www.hel.fi/" })).toBe("Helsinki");
    const rich = {
      text: { richText: [{ text: "Hel" }, { text: "sinki" }] },
      hyperlink: "https://www.hel.fi/",
    };
    expect(normalizeCellValue(rich)).toBe("Helsinki");
    expect(normalizeCellValue({ text: 7, hyperlink: "#Enn2!A1" })).toBe(7);
  });

  it("shows an unknown object as JSON text rather than losing it", () => {
    expect(normalizeCellValue({ unexpected: 1 })).toBe('{"unexpected":1}');
  });

  it("ignores a formula whose result claims to be a formula", () => {
    expect(normalizeCellValue({ formula: "A1", result: { formula: "B1", result: 1 } })).toBeNull();
  });
});
