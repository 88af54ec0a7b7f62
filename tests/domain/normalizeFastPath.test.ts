/**
 * `collapseSpace` and `isEmptyValue` skip the regular expression replace when it would change nothing;
 * these properties hold them to the plain definitions on text made of every kind of white space, the
 * placeholders and ordinary letters.
 */
import fc from "fast-check";
import { collapseSpace, isEmptyValue } from "../../src/domain";

const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const PLACEHOLDERS = new Set(["-", "–", "—", "?", "."]);
const definedCollapse = (text: string): string => text.replace(WHITESPACE, " ").trim();
// As isEmptyValue was before its fast path: a text longer than 8 characters once trimmed is never empty.
const definedEmpty = (text: string): boolean => {
  if (text.trim().length > 8) return false;
  const collapsed = definedCollapse(text);
  return collapsed === "" || PLACEHOLDERS.has(collapsed);
};

const CHARACTERS = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u0085",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u200a",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "-",
  "–",
  "—",
  "?",
  ".",
  "a",
  "Ä",
  "x",
];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 8 }).map((parts) => parts.join(""));

describe("white space fast paths", () => {
  it("collapseSpace is the plain replace and trim", () => {
    fc.assert(
      fc.property(text, (t) => collapseSpace(t) === definedCollapse(t)),
      { numRuns: 20000 },
    );
  });

  it("isEmptyValue is: up to 8 characters that collapse to nothing or a placeholder", () => {
    fc.assert(
      fc.property(text, (t) => isEmptyValue(t) === definedEmpty(t)),
      { numRuns: 20000 },
    );
  });
});
