/**
 * The Office theme as a Fluent theme, and the colour tokens the pane uses for text and icons. Every pair
 * of foreground and background token here is checked for WCAG AA contrast (4.5:1) in both themes by
 * tests/taskpane/contrast.test.ts; use only these for severity colours.
 */
import type { Theme } from "@fluentui/react-components";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Severity } from "../domain";

/** Office's theme, as much of it as the pane needs (Office.context.officeTheme). */
export interface OfficeThemeInfo {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of `#RRGGBB` (WCAG 2). */
export function luminance(hex: string): number {
  const value = hex.replace("#", "");
  const channel = (i: number) => {
    const c = parseInt(value.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Dark when Office says so, or (older clients) when its background colour is dark. */
export function isDarkOfficeTheme(theme: OfficeThemeInfo | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const background = theme.bodyBackgroundColor;
  return typeof background === "string" && /^#?[0-9a-f]{6}$/i.test(background) && luminance(background) < 0.2;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

type ColorToken = keyof Theme & `color${string}`;

/** Severity colours: used with an icon and a text label, never alone. */
export const SEVERITY_TOKENS: Record<Severity, ColorToken> = {
  error: "colorStatusDangerForeground3",
  warning: "colorStatusWarningForeground2",
  info: "colorPaletteBlueForeground2",
};
export const OK_TOKEN: ColorToken = "colorStatusSuccessForeground2";

/** Text tokens the pane puts on these backgrounds. */
export const TEXT_TOKENS: ColorToken[] = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
  ...Object.values(SEVERITY_TOKENS),
  OK_TOKEN,
];
export const BACKGROUND_TOKENS: ColorToken[] = [
  "colorNeutralBackground1",
  "colorNeutralBackground1Hover",
  "colorNeutralBackground2",
  "colorSubtleBackgroundHover",
];

/** Styles that hide text from the eye but not from screen readers (live regions, keyboard help). */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;

/**
 * A finding card's text, so that five cards fit a 320 × 626 px pane after Tarkista (issue 13; checked by
 * tests/e2e/paneLayout.e2e.ts): the place and the rule on one line, cut with an ellipsis (the whole in the
 * card's tooltip and accessible name), the message in at most two lines (the whole in the explanation).
 */
export const CARD_TEXT = {
  oneLine: { minWidth: 0, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
  twoLines: {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: "2",
    overflow: "hidden",
  },
} as const;
