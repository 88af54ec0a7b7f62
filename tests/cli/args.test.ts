import { DEFAULT_LANG, parseCommandLine } from "../../src/cli/args";

describe("parseCommandLine", () => {
  it("reads validate with files and defaults", () => {
    expect(parseCommandLine(["validate", "a.xlsx", "b.xlsx"])).toEqual({
      kind: "validate",
      files: ["a.xlsx", "b.xlsx"],
      format: "text",
      lang: "fi",
      schema: undefined,
    });
    expect(DEFAULT_LANG).toBe("fi");
  });

  it("reads every option, in either --opt value or --opt=value form, before or after the files", () => {
    expect(
      parseCommandLine(["validate", "--format=json", "a.xlsx", "--lang", "SV", "--schema", "s.json"]),
    ).toEqual({
      kind: "validate",
      files: ["a.xlsx"],
      format: "json",
      lang: "sv",
      schema: "s.json",
    });
  });

  it("takes a file name that starts with a dash after --", () => {
    expect(parseCommandLine(["validate", "--", "-odd.xlsx"])).toMatchObject({ files: ["-odd.xlsx"] });
  });

  it.each([[["--help"]], [["-h"]], [["help"]], [["validate", "--help"]]])("%j asks for help", (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: "help" });
  });

  it.each([[["--version"]], [["-v"]]])("%j asks for the version", (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: "version" });
  });

  it.each([
    [[], "no command given"],
    [["check", "a.xlsx"], "unknown command 'check'"],
    [["validate"], "validate needs at least one FILE"],
    [["validate", "a.xlsx", "--foo"], "unknown option --foo"],
    [["validate", "a.xlsx", "-x"], "unknown option -x"],
    [["validate", "a.xlsx", "--format"], "option --format needs a value"],
    [["validate", "a.xlsx", "--format", "xml"], "--format must be text or json, not 'xml'"],
    [["validate", "a.xlsx", "--lang", "de"], "--lang must be fi, sv or en, not 'de'"],
    [["validate", "a.xlsx", "--schema="], "--schema needs a file"],
    [["--help=yes"], "option '-h, --help' does not take an argument"],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ kind: "usage-error", message });
  });
});
