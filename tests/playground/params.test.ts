/** The playground's `?paneWidth=`: the task pane's width in CSS px, within the range the page accepts. */
import { PANE_WIDTH_RANGE, parseParams, parsePaneWidth } from "../../src/playground/params";

const at = (search: string) => parseParams({ href: `http://127.0.0.1/playground.html${search}`, search });

describe("?paneWidth=", () => {
  it("takes a whole number of CSS px: Excel's 320 and 350 px panes, and 175 px for 350 px at 200 % zoom", () => {
    expect(at("?paneWidth=320").paneWidth).toBe(320);
    expect(at("?lang=sv&paneWidth=175").paneWidth).toBe(175);
    expect(parsePaneWidth(" 350 ")).toBe(350);
  });

  it("keeps the page's default width for anything else", () => {
    expect(at("").paneWidth).toBeNull();
    for (const raw of ["", "wide", "320px", "-320", "3.5e2", "12345"]) expect(parsePaneWidth(raw)).toBeNull();
    expect(parsePaneWidth(String(PANE_WIDTH_RANGE.min - 1))).toBeNull();
    expect(parsePaneWidth(String(PANE_WIDTH_RANGE.min))).toBe(PANE_WIDTH_RANGE.min);
    expect(parsePaneWidth(String(PANE_WIDTH_RANGE.max))).toBe(PANE_WIDTH_RANGE.max);
    expect(parsePaneWidth(String(PANE_WIDTH_RANGE.max + 1))).toBeNull();
  });
});
