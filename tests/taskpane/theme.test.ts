import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  BACKGROUND_TOKENS,
  TEXT_TOKENS,
  contrastRatio,
  fluentTheme,
  isDarkOfficeTheme,
} from "../../src/taskpane/theme";

describe("the Office theme as a Fluent theme", () => {
  it("follows Office's dark theme, also from the background colour of older clients", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(fluentTheme(true)).toBe(webDarkTheme);
    expect(fluentTheme(false)).toBe(webLightTheme);
  });

  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ])("meets WCAG AA (4.5:1) for every text colour on every background the pane uses (%s)", (_, theme) => {
    const failing: string[] = [];
    for (const text of TEXT_TOKENS)
      for (const background of BACKGROUND_TOKENS) {
        const ratio = contrastRatio(theme[text] as string, theme[background] as string);
        if (ratio < 4.5) failing.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
      }
    expect(failing).toEqual([]);
  });

  it("computes contrast as WCAG defines it", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });
});
