import { LANGS } from "../../src/domain";
import { STRINGS, translator } from "../../src/taskpane/strings";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What is wrong with a set of translations, compared with the Finnish reference. */
function problems(strings: Record<string, Record<string, string>>): string[] {
  const reference = strings.fi;
  const found: string[] = [];
  for (const lang of LANGS) {
    const texts = strings[lang];
    if (!texts) {
      found.push(`${lang}: missing language`);
      continue;
    }
    for (const key of Object.keys(reference)) {
      if (!(key in texts)) found.push(`${lang}.${key}: missing`);
      else if (texts[key].trim() === "") found.push(`${lang}.${key}: empty`);
      else if (placeholders(texts[key]).join() !== placeholders(reference[key]).join())
        found.push(
          `${lang}.${key}: parameters ${placeholders(texts[key])} ≠ ${placeholders(reference[key])}`,
        );
    }
    for (const key of Object.keys(texts)) if (!(key in reference)) found.push(`${lang}.${key}: not in fi`);
  }
  return found;
}

describe("the task pane's strings", () => {
  it("has every key in fi, sv and en, none empty, with the same parameters", () => {
    expect(problems(STRINGS)).toEqual([]);
  });

  it("the check fails when a key is missing in one language", () => {
    const broken = { ...STRINGS, sv: { ...STRINGS.sv } } as Record<string, Record<string, string>>;
    delete broken.sv.check;
    broken.en = { ...STRINGS.en, showing: "Showing {shown}" };
    expect(problems(broken)).toEqual(["sv.check: missing", "en.showing: parameters shown ≠ shown,total"]);
  });

  it("counts in singular and plural", () => {
    const fi = translator("fi");
    expect([fi.count("errors", 1), fi.count("errors", 2), fi.count("warnings", 0)]).toEqual([
      "1 virhe",
      "2 virhettä",
      "0 varoitusta",
    ]);
    expect(translator("sv").count("warnings", 2)).toBe("2 varningar");
    expect(translator("en").count("infos", 1)).toBe("1 info");
  });
});
