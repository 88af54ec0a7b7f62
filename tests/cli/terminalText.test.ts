/** Text on the way to a terminal: src/cli/terminalText.ts. */
import { printable, terminalJson } from "../../src/cli/terminalText";

describe("printable", () => {
  it.each([
    ["ESC, as in a screen clear", "\x1b[2J", "\\x1b[2J"],
    ["line breaks and tab", "a\nb\r\nc\td", "a\\nb\\r\\nc\\td"],
    ["NUL, BEL and DEL", "\x00\x07\x7f", "\\x00\\x07\\x7f"],
    ["C1 controls (U+009B is a one-character CSI)", "\u009b31m\u0085", "\\x9b31m\\x85"],
    ["bidi overrides and isolates", "abc\u202edef\u2066\u200f", "abc\\u202edef\\u2066\\u200f"],
    ["line and paragraph separators", "a\u2028b\u2029", "a\\u2028b\\u2029"],
    ["lone surrogates", "\ud800x\udc00", "\\ud800x\\udc00"],
  ])("escapes %s", (_case, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it("leaves everything else alone: Finnish, Swedish, symbols, emoji, backslashes", () => {
    const text = "Yhteenveto – Sammanfattning: 85 % → 100 %, €, 😀, C:\\raportit\\kuva.xlsx";
    expect(printable(text)).toBe(text);
  });
});

describe("terminalJson", () => {
  const value = {
    file: "kuva\x1b[2J.xlsx",
    message: "DEL \x7f, CSI \u009b, RLO \u202e, LS \u2028, lone \ud800, tab \t",
    nested: [{ text: "ok ä 😀" }],
  };

  it("leaves no raw control character in the document", () => {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(terminalJson(value)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E\u2028\ud800]/);
  });

  it("parses back to exactly the same value", () => {
    expect(JSON.parse(terminalJson(value))).toEqual(value);
  });

  it("is JSON.stringify's indented output where nothing needs escaping", () => {
    const plain = { a: [1, "kaksi"], b: { c: null } };
    expect(terminalJson(plain)).toBe(JSON.stringify(plain, null, 2));
  });
});
