import { collapseSpace, isEmptyValue, readPercent, textKey } from "../../src/domain";
import { closest, headerKey, isPercentFormat } from "../../src/domain/normalize";

describe("text normalisation", () => {
  it("collapses spaces, non-breaking spaces and line breaks, and trims", () => {
    expect(collapseSpace("  Ei\u00a0 toteudu\r\n ")).toBe("Ei toteudu");
    expect(textKey("EI\ttoteudu")).toBe("ei toteudu");
  });

  it.each([null, "", "  ", "-", "–", "—", "?", ".", " - ", "\u00a0"])("treats %p as empty", (value) => {
    expect(isEmptyValue(value)).toBe(true);
  });

  it.each([0, false, "--", "Ei", { error: "#N/A" }])("treats %p as a value", (value) => {
    expect(isEmptyValue(value)).toBe(false);
  });

  it("matches headers without case, spacing, spaces around / or a trailing : or *", () => {
    expect(headerKey(" Ennuste 2 /\n2021 *")).toBe("ennuste 2/2021");
    expect(headerKey("Kommentit:")).toBe("kommentit");
  });

  it("suggests the closest candidate", () => {
    expect(closest("uudistuvat palvelu", ["Maailman toimivin kaupunki", "Uudistuvat palvelut"])).toBe(
      "Uudistuvat palvelut",
    );
  });
});

describe("percent reading", () => {
  it("reads a percent-formatted number as a fraction", () => {
    expect(readPercent(0.85, "0 %")).toEqual({ ok: true, percent: 85, form: "formatted" });
    expect(readPercent(1, "0.0%")).toEqual({ ok: true, percent: 100, form: "formatted" });
    expect(readPercent(0.285, "0%")).toEqual({ ok: true, percent: 28.5, form: "formatted" });
  });

  it("does not take a quoted or escaped % for a percent format", () => {
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("0%;[Red]-0%")).toBe(true);
  });

  it("reads plain numbers as fractions up to 1 and percent points above", () => {
    expect(readPercent(0.5)).toEqual({ ok: true, percent: 50, form: "plain" });
    expect(readPercent(1)).toEqual({ ok: true, percent: 100, form: "plain" });
    expect(readPercent(85)).toEqual({ ok: true, percent: 85, form: "plain" });
    expect(readPercent(101)).toMatchObject({ ok: false, reason: "out-of-range" });
  });

  it.each([
    ["85 %", 85],
    ["85%", 85],
    ["85,5 %", 85.5],
    ["85.5%", 85.5],
    ["100\u00a0%", 100],
    ["0 %", 0],
  ])("reads the text %p as %p %%", (text, percent) => {
    expect(readPercent(text)).toEqual({ ok: true, percent, form: "text" });
  });

  it("rejects words, negative and over-100 values", () => {
    expect(readPercent("sata")).toEqual({ ok: false, reason: "not-a-percentage" });
    expect(readPercent("-5 %")).toMatchObject({ ok: false, reason: "out-of-range" });
    expect(readPercent(1.01, "0%")).toMatchObject({ ok: false, reason: "out-of-range" });
    expect(readPercent(true)).toEqual({ ok: false, reason: "not-a-percentage" });
  });
});
