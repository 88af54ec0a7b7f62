/** Text as an .xlsx file holds it: src/domain/excelText.ts. */
import ExcelJS from "exceljs";
import {
  EXCEL_CELL_TEXT_LIMIT,
  clipCellText,
  encodeXstring,
  replaceXmlForbidden,
} from "../../src/domain/excelText";

const PAIR = "\uD83D\uDE00"; // 😀, one character in two UTF-16 code units

describe("replaceXmlForbidden", () => {
  it.each([
    ["an escape sequence", "\x1b[2J\x1b[32mOK", "\uFFFD[2J\uFFFD[32mOK"],
    ["NUL and the other C0 controls", "a\x00b\x08c\x0bd\x0ce\x1ff", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf"],
    ["U+FFFE and U+FFFF", "x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD"],
    ["a lone high surrogate, also at the end", "\uD800a\uDBFF", "\uFFFDa\uFFFD"],
    ["a lone low surrogate, also at the start", "\uDC00a\uDFFF", "\uFFFDa\uFFFD"],
    ["two high surrogates before a low one", "\uD800\uD83D\uDE00", `\uFFFD${PAIR}`],
  ])("replaces %s with U+FFFD", (_case, text, expected) => {
    expect(replaceXmlForbidden(text)).toBe(expected);
  });

  it("keeps tab, line breaks, surrogate pairs and everything else XML allows", () => {
    const allowed = `tab\there\nLF\r\nCRLF ${PAIR} äö € \u2028 \uE000 \uFFFD _x001B_`;
    expect(replaceXmlForbidden(allowed)).toBe(allowed);
  });
});

describe("encodeXstring", () => {
  it("escapes what XML cannot hold, and CR, as Excel does (_xHHHH_, upper-case hex)", () => {
    expect(encodeXstring("a\x1bb\rc\uFFFEd\uD800")).toBe("a_x001B_b_x000D_c_xFFFE_d_xD800_");
  });

  it("escapes the underscore of a literal _xHHHH_ so that Excel does not decode it", () => {
    expect(encodeXstring("_x0041_ and _x1b2c_")).toBe("_x005F_x0041_ and _x005F_x1b2c_");
    expect(encodeXstring("_x12_ _xGGGG_ a_b")).toBe("_x12_ _xGGGG_ a_b");
  });

  it("leaves tab, LF and surrogate pairs as they are", () => {
    expect(encodeXstring(`a\tb\nc${PAIR}`)).toBe(`a\tb\nc${PAIR}`);
  });

  it("round-trips through a workbook file: ExcelJS reads back exactly the text", async () => {
    const texts = ["\x1b[2J", "_x0041_", "\uFFFE\uFFFF", "lone \uD800 \uDC00", "CR\r\nLF", `${PAIR}_x005F_`];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    texts.forEach((text, i) => (sheet.getCell(i + 1, 1).value = encodeXstring(text)));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(texts.map((_, i) => read.getWorksheet("S")!.getCell(i + 1, 1).value)).toEqual(texts);
  });
});

describe("clipCellText", () => {
  it("returns a text that fits one cell as it is", () => {
    const full = "x".repeat(EXCEL_CELL_TEXT_LIMIT);
    expect(clipCellText(full, "fi")).toBe(full);
  });

  it.each([
    ["fi", "teksti katkaistu: 40000 merkkiä"],
    ["sv", "texten avkortad: 40000 tecken"],
    ["en", "text cut: 40000 characters"],
  ] as const)("cuts a longer text to the limit and says so (%s)", (lang, note) => {
    const clipped = clipCellText("y".repeat(40000), lang);
    expect(clipped).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(clipped).toMatch(/^y+… \[/);
    expect(clipped).toContain(note);
  });

  it("never keeps half of a surrogate pair", () => {
    for (let shift = 0; shift < 2; shift++) {
      const clipped = clipCellText("z".repeat(shift) + PAIR.repeat(20000), "en");
      expect(clipped.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
      expect(replaceXmlForbidden(clipped)).toBe(clipped);
    }
  });
});
