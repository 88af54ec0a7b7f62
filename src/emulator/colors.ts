/** Colours as Excel accepts them (`#RRGGBB`, `#RGB`-less, or an HTML colour name) and reports them. */
import { ErrorCode, officeError } from "./errors";

/** The HTML colour names add-ins commonly use; Excel knows the full CSS list, the emulator a useful part. */
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  pink: "#FFC0CB",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  gold: "#FFD700",
  salmon: "#FA8072",
  coral: "#FF7F50",
};

/** Normalises a colour to `#RRGGBB` upper case; throws `InvalidArgument` like Excel for anything else. */
export function normalizeColor(color: unknown): string {
  if (typeof color !== "string") throw officeError(ErrorCode.invalidArgument, `colour ${String(color)}`);
  const text = color.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  throw officeError(ErrorCode.invalidArgument, `colour ${JSON.stringify(color)}`);
}
