import { countPhrase, formatMessage, statsPhrase } from "../../src/domain";

describe("count phrases", () => {
  it("uses the singular only where the language's plural rules say one", () => {
    expect(countPhrase(1, "errors", "fi")).toBe("1 virhe");
    expect(countPhrase(2, "errors", "fi")).toBe("2 virhettä");
    expect(countPhrase(0, "warnings", "fi")).toBe("0 varoitusta");
    expect(countPhrase(1, "warnings", "sv")).toBe("1 varning");
    expect(countPhrase(3, "warnings", "sv")).toBe("3 varningar");
    expect(countPhrase(1, "files", "en")).toBe("1 file");
    expect(countPhrase(0, "files", "en")).toBe("0 files");
    expect(countPhrase(1, "goals", "fi")).toBe("1 tavoite");
    expect(countPhrase(21, "goals", "fi")).toBe("21 tavoitetta");
  });

  it("joins the three severities", () => {
    expect(statsPhrase({ errors: 6, warnings: 2, infos: 3 }, "fi")).toBe(
      "6 virhettä, 2 varoitusta, 3 huomiota",
    );
    expect(statsPhrase({ errors: 1, warnings: 1, infos: 1 }, "fi")).toBe("1 virhe, 1 varoitus, 1 huomio");
    expect(statsPhrase({ errors: 1, warnings: 1, infos: 1 }, "en")).toBe("1 error, 1 warning, 1 info");
    expect(statsPhrase({ errors: 2, warnings: 2, infos: 2 }, "sv")).toBe("2 fel, 2 varningar, 2 info");
  });
});

describe("message rendering", () => {
  it("renders language-free data in the reader's language", () => {
    const data = {
      allowed: ["Kyllä", "Ei"],
      percent: { percent: 85.5 },
      value: { percent: 120, quoted: true },
    };
    expect(formatMessage("{allowed} {percent} {value}", data, "fi")).toBe('"Kyllä" tai "Ei" 85,5 % "120 %"');
    expect(formatMessage("{allowed} {percent} {value}", data, "sv")).toBe(
      '"Kyllä" eller "Ei" 85,5 % "120 %"',
    );
    expect(formatMessage("{allowed} {percent} {value}", data, "en")).toBe('"Kyllä" or "Ei" 85.5 % "120 %"');
  });

  it("leaves an unknown or inherited placeholder visible", () => {
    expect(formatMessage("{missing} {constructor} {toString}", {}, "fi")).toBe(
      "{missing} {constructor} {toString}",
    );
  });
});
