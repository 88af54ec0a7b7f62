/**
 * The XML layer's UTF-8 decoder: text decoded per chunk must be the text of the whole part, whatever the
 * chunk boundaries, because the inflater hands over chunks of any size.
 */
import { utf8Decoder } from "../../src/xlsx/xmlPart";

/** Decodes `bytes` pushed in pieces cut at `cuts`, and returns the text. */
function decodeInPieces(bytes: Uint8Array, cuts: number[]): string {
  let text = "";
  const decoder = utf8Decoder((piece) => (text += piece));
  let at = 0;
  for (const cut of cuts) {
    decoder.push(bytes.subarray(at, cut), false);
    at = cut;
  }
  decoder.push(bytes.subarray(at), true);
  return text;
}

const SAMPLE = "<t>Kehittää å 中文 😀 \uFEFF loppu</t>";

describe("utf8Decoder", () => {
  it("decodes every cut of a text with 2-, 3- and 4-byte characters like one decode", () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    for (let a = 0; a <= bytes.length; a++) {
      for (const b of [a, a + 1, a + 2, a + 3]) {
        if (b > bytes.length) continue;
        expect(decodeInPieces(bytes, [a, b])).toBe(SAMPLE);
      }
    }
  });

  it("drops a byte order mark at the start of the part only, even one cut in pieces", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${SAMPLE}`);
    expect(decodeInPieces(bytes, [])).toBe(SAMPLE);
    expect(decodeInPieces(bytes, [1, 2])).toBe(SAMPLE);
    expect(decodeInPieces(bytes, [3])).toBe(SAMPLE);
  });

  it("replaces bad bytes inside the text as a streaming decoder does", () => {
    const bytes = new Uint8Array([0x61, 0xc3, 0x41, 0xff, 0x80, 0x62]);
    const whole = new TextDecoder().decode(bytes);
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeInPieces(bytes, [cut])).toBe(whole);
  });

  it("refuses a part that ends inside a character", () => {
    const bytes = new TextEncoder().encode("ä").subarray(0, 1);
    expect(() => decodeInPieces(bytes, [])).toThrow();
  });
});
